package io.tradestream.model.alerts;

import io.tradestream.model.rules.AlertRule;
import io.tradestream.rules.expr.CompiledCondition;
import io.tradestream.rules.expr.ConditionCompiler;
import io.tradestream.rules.expr.RuleSyntaxException;

/** An active alert rule with its condition compiled, ready to evaluate. Never stored. */
public record CompiledAlertRule(AlertRule rule, CompiledCondition condition) {

    /** Compiles a rule that was validated when it entered TradeStream. */
    public static CompiledAlertRule compile(AlertRule rule) throws RuleSyntaxException {
        return new CompiledAlertRule(rule, ConditionCompiler.compile(rule.condition()));
    }
}
