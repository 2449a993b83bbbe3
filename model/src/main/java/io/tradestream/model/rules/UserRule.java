package io.tradestream.model.rules;

/**
 * What TradeStream holds of one of a user's rules for the user's rule list: the current version (or
 * tombstone), the JSON it was defined with, and the last refusal.
 *
 * <p>Keyed Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class UserRule {
    /** The applied version, a tombstone, or null if every request so far was refused. */
    public Rule rule;

    /** The JSON of the applied upsert, as submitted. */
    public String definitionJson = "";

    /** Why the latest refused request was refused; null after a request is applied. */
    public String lastRejection;

    /** Event time of the latest request, applied or refused. */
    public long updatedAt;

    public UserRule() {}
}
