package io.tradestream.model.rules;

/**
 * A validated change to a rule, with where it came from so that a refusal further on (a stale
 * version) can still point at the record.
 */
public record RuleChange(AlertRule rule, String sourceTopic, int partition, long offset) {}
