package io.tradestream.model.rules;

/**
 * A valid request from the rules topic with where it came from, so that a refusal further on (a
 * stale version, another user's id, a quota) can still point at the record.
 *
 * @param definitionJson the submitted JSON of an upsert, kept for the owner's rule list; empty for
 *     a lifecycle action
 */
public record RuleChange(
        RuleCommand command,
        String definitionJson,
        String sourceTopic,
        int partition,
        long offset) {}
