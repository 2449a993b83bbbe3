package io.tradestream.model.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An order placed from a strategy's {@link OrderTemplate} that has not filled yet, with its prices
 * resolved.
 *
 * <p>Part of Flink state, so a POJO with public fields (evolvable across savepoints).
 */
public class WorkingOrder {
    public long id;
    public Side side = Side.BUY;
    public long quantity;
    public OrderType type = OrderType.MARKET;
    public double limitPrice = Double.NaN;

    /**
     * The stop price; for a trailing stop, the current one, moved as {@link #trailExtreme} moves.
     */
    public double stopPrice = Double.NaN;

    public double trailPct = Double.NaN;

    /**
     * For a trailing stop: the best trade price since placement, the highest for a sell and the
     * lowest for a buy, starting at the reference price.
     */
    public double trailExtreme = Double.NaN;

    /** Whether a stop-limit's stop has been reached, making it a limit order. */
    public boolean triggered;

    public long placedAt;

    /** When a DAY order expires; {@link Long#MAX_VALUE} for GTC. */
    public long expiresAt = Long.MAX_VALUE;

    public FillReason reason = FillReason.SIGNAL;

    public WorkingOrder() {}

    /**
     * The order {@code template} places at {@code now} when the reference price is {@code
     * reference}; its id is not assigned yet.
     */
    static WorkingOrder fromTemplate(OrderTemplate template, double reference, long now) {
        WorkingOrder order = new WorkingOrder();
        order.side = template.side;
        order.quantity = template.quantity;
        order.type = template.type;
        order.placedAt = now;
        order.expiresAt =
                template.timeInForce == TimeInForce.DAY
                        ? TradingSession.nextClose(now)
                        : Long.MAX_VALUE;
        switch (template.type) {
            case LIMIT -> order.limitPrice = template.resolveLimit(reference);
            case STOP -> order.stopPrice = template.resolveStop(reference);
            case STOP_LIMIT -> {
                order.limitPrice = template.resolveLimit(reference);
                order.stopPrice = template.resolveStop(reference);
            }
            case TRAILING_STOP -> {
                order.trailPct = template.trailPct;
                order.trailExtreme = reference;
                order.stopPrice = order.trailingStop();
            }
            case MARKET -> {}
        }
        return order;
    }

    /**
     * Moves a trailing stop with a trade at {@code price}: up behind a new high for a sell, down
     * behind a new low for a buy.
     */
    void follow(double price) {
        boolean better = side == Side.SELL ? price > trailExtreme : price < trailExtreme;
        if (better) {
            trailExtreme = price;
            stopPrice = trailingStop();
        }
    }

    private double trailingStop() {
        double sign = side == Side.SELL ? -1 : 1;
        return trailExtreme * (1 + sign * trailPct / 100);
    }

    /** The order as a trader would say it, e.g. "buy 100 AAPL stop 190 limit 190.5". */
    String describe(String symbol) {
        String order = side.word() + " " + quantity + " " + symbol;
        return switch (type) {
            case MARKET -> order;
            case LIMIT -> order + " limit" + price(limitPrice);
            case STOP -> order + " stop" + price(stopPrice);
            case STOP_LIMIT -> order + " stop" + price(stopPrice) + " limit" + price(limitPrice);
            case TRAILING_STOP ->
                    order
                            + " trailing stop"
                            + (Double.isNaN(trailPct) ? "" : price(trailPct) + "%");
        };
    }

    /** " 187.5" for a price (or percentage), nothing for an unresolved one. */
    private static String price(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return " "
                + BigDecimal.valueOf(value)
                        .setScale(4, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
