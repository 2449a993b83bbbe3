package io.tradestream.model.engine;

import io.tradestream.model.rules.Frequency;
import io.tradestream.model.rules.Rule;
import io.tradestream.rules.expr.CompiledCondition;
import io.tradestream.rules.expr.ConditionCompiler;
import io.tradestream.rules.expr.PriceLevel;
import io.tradestream.rules.expr.RuleSyntaxException;

/**
 * An active rule with its condition compiled, ready to evaluate. Never stored: rebuilt from the
 * rule's definition after a restart.
 *
 * @param level the price level if the rule can be indexed by it: its condition is a price
 *     comparison and it fires on changes (not once per bar), null otherwise
 */
public record CompiledRule(Rule rule, CompiledCondition condition, PriceLevel level) {

    /** Compiles a rule that was validated when it entered TradeStream. */
    public static CompiledRule compile(Rule rule) throws RuleSyntaxException {
        CompiledCondition condition = ConditionCompiler.compile(rule.condition());
        PriceLevel level =
                rule.frequency() == Frequency.ONCE_PER_BAR ? null : condition.priceLevel();
        return new CompiledRule(rule, condition, level);
    }

    public String id() {
        return rule.id();
    }
}
