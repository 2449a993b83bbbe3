package io.tradestream.model.rules;

import io.tradestream.model.Payloads;

/**
 * A rule change TradeStream refused, with the reason and where the change came from.
 *
 * @param owner the rule's owner as written, or empty if it could not be read
 * @param ruleId the rule's id as written, or empty if it could not be read
 * @param reason what is wrong, naming the field or the position in the condition
 * @param payload the submitted text, cut like a dead letter's
 * @param sourceTopic the topic the change was read from
 * @param partition its partition
 * @param offset its offset
 */
public record RuleRejection(
        String owner,
        String ruleId,
        String reason,
        String payload,
        String sourceTopic,
        int partition,
        long offset) {

    public static RuleRejection of(
            String owner,
            String ruleId,
            String reason,
            byte[] rawPayload,
            String sourceTopic,
            int partition,
            long offset) {
        return new RuleRejection(
                owner,
                ruleId,
                reason,
                Payloads.excerpt(Payloads.text(rawPayload)),
                sourceTopic,
                partition,
                offset);
    }
}
