package io.tradestream.model.trading;

/**
 * What trading costs beyond the quoted price: slippage on orders that take liquidity (market orders
 * and triggered stops) and a commission on every fill.
 *
 * <p>Part of Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class TradingCosts {
    /** Basis points (hundredths of a percent) by which a market fill is worse than the price. */
    public double slippageBps;

    public double commissionPerShare;

    /** The least a fill's commission can be. */
    public double commissionMinimum;

    public TradingCosts() {}

    /** The commission on a fill of {@code quantity} shares. */
    public double commission(long quantity) {
        return Math.max(commissionMinimum, commissionPerShare * quantity);
    }

    /** {@code price} made worse by slippage for the {@code side} that takes it. */
    public double withSlippage(Side side, double price) {
        double fraction = slippageBps / 10_000;
        return side == Side.BUY ? price * (1 + fraction) : price * (1 - fraction);
    }
}
