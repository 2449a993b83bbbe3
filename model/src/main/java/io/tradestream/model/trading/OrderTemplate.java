package io.tradestream.model.trading;

/**
 * What a strategy orders each time its condition fires.
 *
 * <p>A limit or stop price is given either absolutely or as an offset in percent from the reference
 * price when the order is placed (the last trade price, else the quote mid). Offsets point away
 * from the market: a buy limit sits below it and a buy stop above it, a sell limit above it and a
 * sell stop below it. Exactly one of {@link #limitPrice} and {@link #limitOffsetPct} is set for
 * {@link OrderType#LIMIT} and {@link OrderType#STOP_LIMIT}, one of {@link #stopPrice} and {@link
 * #stopOffsetPct} for {@link OrderType#STOP} and {@link OrderType#STOP_LIMIT}, and {@link
 * #trailPct} for {@link OrderType#TRAILING_STOP}; prices that are not set are NaN.
 *
 * <p>Part of Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class OrderTemplate {
    public Side side = Side.BUY;
    public long quantity;
    public OrderType type = OrderType.MARKET;
    public double limitPrice = Double.NaN;
    public double limitOffsetPct = Double.NaN;
    public double stopPrice = Double.NaN;
    public double stopOffsetPct = Double.NaN;
    public double trailPct = Double.NaN;
    public TimeInForce timeInForce = TimeInForce.GTC;

    public OrderTemplate() {}

    /** The limit price for an order placed when the reference price is {@code reference}. */
    double resolveLimit(double reference) {
        if (!Double.isNaN(limitPrice)) {
            return limitPrice;
        }
        double sign = side == Side.BUY ? -1 : 1;
        return reference * (1 + sign * limitOffsetPct / 100);
    }

    /** The stop price for an order placed when the reference price is {@code reference}. */
    double resolveStop(double reference) {
        if (!Double.isNaN(stopPrice)) {
            return stopPrice;
        }
        double sign = side == Side.BUY ? 1 : -1;
        return reference * (1 + sign * stopOffsetPct / 100);
    }
}
