package io.tradestream.model.alerts;

import io.tradestream.model.rules.Rule;
import io.tradestream.model.trading.OrderNotice;
import java.math.BigDecimal;

/**
 * A fired alert: one rule's condition became true for one symbol at one event time.
 *
 * @param id deterministic identity (owner, rule, symbol, event time), so that a replay after
 *     recovery rewrites the same row instead of adding one
 * @param owner the user who owns the rule
 * @param ruleId the rule's id within its owner's rules
 * @param ruleVersion the version of the rule that fired
 * @param symbol the symbol the condition held for
 * @param timestamp event time of the market event that made the condition true
 * @param price the last trade price at that moment
 * @param condition the rule's condition as written
 * @param message a one-line summary for the user
 * @param kafkaTimestamp when the market record that caused the alert entered Kafka, epoch
 *     milliseconds; 0 if unknown. Only for the latency metrics: never written to a table or topic.
 */
public record Alert(
        String id,
        String owner,
        String ruleId,
        long ruleVersion,
        String symbol,
        long timestamp,
        double price,
        String condition,
        String message,
        long kafkaTimestamp) {

    /** The same alert, caused by a market record that entered Kafka at {@code timestamp}. */
    public Alert withKafkaTimestamp(long timestamp) {
        return new Alert(
                id,
                owner,
                ruleId,
                ruleVersion,
                symbol,
                this.timestamp,
                price,
                condition,
                message,
                timestamp);
    }

    /** The alert of {@code rule} firing for {@code symbol} at {@code timestamp}. */
    public static Alert fired(Rule rule, String symbol, long timestamp, double price) {
        return new Alert(
                idOf(rule.owner(), rule.id(), symbol, timestamp),
                rule.owner(),
                rule.id(),
                rule.version(),
                symbol,
                timestamp,
                price,
                rule.condition(),
                symbol + ": " + rule.condition() + " (price " + formatPrice(price) + ")",
                0);
    }

    /** A strategy's order notice (refused, cut, cancelled, expired), delivered as an alert. */
    public static Alert notice(OrderNotice notice, long ruleVersion, double price) {
        return new Alert(
                idOf(notice.owner(), notice.strategyId(), notice.symbol(), notice.timestamp())
                        + ":order",
                notice.owner(),
                notice.strategyId(),
                ruleVersion,
                notice.symbol(),
                notice.timestamp(),
                price,
                "",
                notice.symbol() + ": " + notice.message(),
                0);
    }

    /** The price as a trader writes it: 201.5, not 201.5000 or 2.015E2. */
    static String formatPrice(double price) {
        return Double.isFinite(price)
                ? BigDecimal.valueOf(price).stripTrailingZeros().toPlainString()
                : "n/a";
    }

    public static String idOf(String owner, String ruleId, String symbol, long timestamp) {
        return owner + ":" + ruleId + ":" + symbol + ":" + timestamp;
    }
}
