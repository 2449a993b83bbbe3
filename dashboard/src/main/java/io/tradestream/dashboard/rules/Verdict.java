package io.tradestream.dashboard.rules;

/**
 * What became of a rule request the dashboard published: the job applied it, refused it, or had not
 * answered when the dashboard stopped waiting.
 *
 * @param rule the rule as it now stands, when applied (null once deleted)
 * @param refusal the job's reason, when refused
 * @param version the version the request carried
 */
public record Verdict(Outcome outcome, RuleRow rule, String refusal, long version) {
    public enum Outcome {
        APPLIED,
        REFUSED,
        PENDING
    }
}
