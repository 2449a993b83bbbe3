package io.tradestream.operators.ingest;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.MarketEventParser;
import io.tradestream.model.json.ParseResult;
import java.io.Serializable;
import java.util.function.Function;
import org.apache.flink.types.Either;

/**
 * Turns one raw record of the trades or quotes topic into a market event, or into a dead letter
 * that says what is wrong with it and where it came from.
 */
public final class MarketRecordParser implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String tradesTopic;
    private final String quotesTopic;
    private transient MarketEventParser parser;

    public MarketRecordParser(String tradesTopic, String quotesTopic) {
        this.tradesTopic = tradesTopic;
        this.quotesTopic = quotesTopic;
    }

    public Either<DeadLetter, MarketEvent> parse(
            String topic, int partition, long offset, byte[] payload) {
        if (parser == null) {
            parser = new MarketEventParser();
        }
        ParseResult<MarketEvent> result;
        if (tradesTopic.equals(topic)) {
            result = asEvent(parser.parseTrade(payload), MarketEvent::of);
        } else if (quotesTopic.equals(topic)) {
            result = asEvent(parser.parseQuote(payload), MarketEvent::of);
        } else {
            result =
                    ParseResult.error(
                            "record from topic '"
                                    + topic
                                    + "', which carries neither trades nor quotes");
        }
        if (result.isOk()) {
            return Either.Right(result.value());
        }
        return Either.Left(DeadLetter.of(topic, partition, offset, result.error(), payload));
    }

    private static <T> ParseResult<MarketEvent> asEvent(
            ParseResult<T> result, Function<T, MarketEvent> wrap) {
        return result.isOk()
                ? ParseResult.ok(wrap.apply(result.value()))
                : ParseResult.error(result.error());
    }
}
