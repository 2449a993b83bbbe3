package io.tradestream.model.alerts;

import io.tradestream.model.rules.AlertRule;
import io.tradestream.rules.expr.MarketView;
import java.math.BigDecimal;

/**
 * Decides whether a rule fires on a market event.
 *
 * <p>A rule fires when its condition becomes true (it did not hold at the previous event of that
 * symbol) and its cooldown since the last firing has passed, both in event time. So a condition
 * that stays true alerts once, and a condition that flickers alerts at most once per cooldown.
 */
public final class AlertTrigger {
    private AlertTrigger() {}

    /**
     * Evaluates {@code rule} for {@code symbol} at event time {@code timestamp} and updates {@code
     * state}.
     *
     * @return the alert, or {@code null} if the rule does not fire
     */
    public static Alert evaluate(
            CompiledAlertRule rule,
            String symbol,
            long timestamp,
            MarketView view,
            RuleSymbolState state) {
        AlertRule definition = rule.rule();
        if (state.crossingMemory == null || state.ruleVersion != definition.version()) {
            reset(state, rule);
        }
        boolean holds = rule.condition().evaluate(view, state.crossingMemory);
        boolean becameTrue = holds && !state.conditionHeld;
        state.conditionHeld = holds;
        if (!becameTrue || coolingDown(state, definition, timestamp)) {
            return null;
        }
        state.lastFiredAt = timestamp;
        double price = view.price();
        return new Alert(
                Alert.idOf(definition.owner(), definition.id(), symbol, timestamp),
                definition.owner(),
                definition.id(),
                definition.version(),
                symbol,
                timestamp,
                price,
                definition.condition(),
                symbol + ": " + definition.condition() + " (price " + formatPrice(price) + ")");
    }

    /** The price as a trader writes it: 201.5, not 201.5000 or 2.015E2. */
    private static String formatPrice(double price) {
        return Double.isFinite(price)
                ? BigDecimal.valueOf(price).stripTrailingZeros().toPlainString()
                : "n/a";
    }

    private static boolean coolingDown(RuleSymbolState state, AlertRule rule, long timestamp) {
        return state.lastFiredAt != RuleSymbolState.NEVER
                && timestamp < state.lastFiredAt + rule.cooldownMillis();
    }

    private static void reset(RuleSymbolState state, CompiledAlertRule rule) {
        state.ruleVersion = rule.rule().version();
        state.crossingMemory = rule.condition().newCrossingMemory();
        state.conditionHeld = false;
        state.lastFiredAt = RuleSymbolState.NEVER;
    }
}
