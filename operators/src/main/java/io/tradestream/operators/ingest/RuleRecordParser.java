package io.tradestream.operators.ingest;

import io.tradestream.model.Payloads;
import io.tradestream.model.json.ParseResult;
import io.tradestream.model.json.RuleParser;
import io.tradestream.model.rules.RuleAction;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleRejection;
import java.io.Serializable;
import org.apache.flink.types.Either;

/** Turns one raw record of the rules topic into a rule request, or into a rejection. */
public final class RuleRecordParser implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient RuleParser parser;

    public Either<RuleRejection, RuleChange> parse(
            String topic, int partition, long offset, byte[] payload) {
        if (parser == null) {
            parser = new RuleParser();
        }
        ParseResult<RuleCommand> result = parser.parse(payload);
        if (result.isOk()) {
            RuleCommand command = result.value();
            String definition = command.action() == RuleAction.UPSERT ? Payloads.text(payload) : "";
            return Either.Right(new RuleChange(command, definition, topic, partition, offset));
        }
        String[] ownerAndId = RuleParser.ownerAndId(payload);
        return Either.Left(
                RuleRejection.of(
                        ownerAndId[0],
                        ownerAndId[1],
                        result.error(),
                        payload,
                        topic,
                        partition,
                        offset));
    }
}
