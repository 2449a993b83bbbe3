package io.tradestream.model.trading;

/**
 * How one strategy trades: the order it places when its condition fires, how it exits, what trading
 * costs, and whether it may sell short.
 *
 * <p>Part of Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class StrategyTerms {
    public OrderTemplate order = new OrderTemplate();
    public ExitPlan exit = new ExitPlan();
    public TradingCosts costs = new TradingCosts();
    public boolean allowShort;

    public StrategyTerms() {}
}
