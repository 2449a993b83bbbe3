package io.tradestream.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradestream.model.rules.Durations;
import io.tradestream.model.trading.ExitPlan;
import io.tradestream.model.trading.OrderTemplate;
import io.tradestream.model.trading.OrderType;
import io.tradestream.model.trading.Side;
import io.tradestream.model.trading.StrategyTerms;
import io.tradestream.model.trading.TimeInForce;
import io.tradestream.model.trading.TradingCosts;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads how a strategy rule trades: {@code "order":{"side":"buy","qty":100,"type":"limit",
 * "limit_pct":0.5,"tif":"day"}}, the optional {@code "exit":{"stop_loss_pct":2,
 * "take_profit_pct":5,"max_holding":"30m"}} and {@code "costs":{"slippage_bps":5,
 * "commission_per_share":0.005,"commission_min":1}}, and {@code "allow_short":true}.
 *
 * <p>An order's type defaults to {@code market} and its time in force to {@code gtc}. A limit or
 * stop price is given as a price ({@code limit}, {@code stop}) or as a percentage from the last
 * price ({@code limit_pct}, {@code stop_pct}), never both; a trailing stop gives {@code trail_pct}.
 */
final class StrategyTermsJson {
    /** The largest order a strategy may place, in shares. */
    static final long MAX_QUANTITY = 1_000_000;

    /** The most slippage a strategy may assume: 10%. */
    static final long MAX_SLIPPAGE_BPS = 1_000;

    private static final Set<String> ORDER_FIELDS =
            Set.of(
                    "side",
                    "qty",
                    "type",
                    "limit",
                    "limit_pct",
                    "stop",
                    "stop_pct",
                    "trail_pct",
                    "tif");
    private static final Set<String> EXIT_FIELDS =
            Set.of("stop_loss_pct", "take_profit_pct", "max_holding");
    private static final Set<String> COSTS_FIELDS =
            Set.of("slippage_bps", "commission_per_share", "commission_min");

    private StrategyTermsJson() {}

    /**
     * Reads the trading fields of a rule; any may be null (absent) except {@code order}.
     *
     * @throws InvalidRecordException naming the field that is wrong and what it should be
     */
    static StrategyTerms parse(JsonNode order, JsonNode exit, JsonNode costs, JsonNode allowShort) {
        if (!present(order)) {
            throw new InvalidRecordException("missing required field 'order'");
        }
        StrategyTerms terms = new StrategyTerms();
        terms.order = order(new Section("order", order, ORDER_FIELDS));
        if (present(exit)) {
            terms.exit = exit(new Section("exit", exit, EXIT_FIELDS));
        }
        if (present(costs)) {
            terms.costs = costs(new Section("costs", costs, COSTS_FIELDS));
        }
        if (present(allowShort)) {
            if (!allowShort.isBoolean()) {
                throw JsonFields.wrongType("allow_short", "true or false", allowShort);
            }
            terms.allowShort = allowShort.booleanValue();
        }
        return terms;
    }

    private static OrderTemplate order(Section fields) {
        OrderTemplate order = new OrderTemplate();
        order.side = fields.choice("side", Side.class, "buy", "sell");
        order.quantity = fields.quantity("qty");
        if (fields.has("type")) {
            order.type =
                    fields.choice(
                            "type",
                            OrderType.class,
                            "market",
                            "limit",
                            "stop",
                            "stop_limit",
                            "trailing_stop");
        }
        if (fields.has("tif")) {
            order.timeInForce = fields.choice("tif", TimeInForce.class, "day", "gtc");
        }
        String kind = describe(order.type);
        boolean limited = order.type == OrderType.LIMIT || order.type == OrderType.STOP_LIMIT;
        boolean stopped = order.type == OrderType.STOP || order.type == OrderType.STOP_LIMIT;
        if (!limited) {
            fields.refuse(kind, "limit", "limit_pct");
        } else if (fields.givesPrice("limit", "limit_pct", kind)) {
            order.limitPrice = fields.price("limit");
        } else {
            order.limitOffsetPct = fields.percent("limit_pct");
        }
        if (!stopped) {
            fields.refuse(kind, "stop", "stop_pct");
        } else if (fields.givesPrice("stop", "stop_pct", kind)) {
            order.stopPrice = fields.price("stop");
        } else {
            order.stopOffsetPct = fields.percent("stop_pct");
        }
        if (order.type == OrderType.TRAILING_STOP) {
            order.trailPct = fields.percentFor("trail_pct", kind);
        } else {
            fields.refuse(kind, "trail_pct");
        }
        return order;
    }

    private static ExitPlan exit(Section fields) {
        ExitPlan exit = new ExitPlan();
        if (fields.has("stop_loss_pct")) {
            exit.stopLossPct = fields.percent("stop_loss_pct");
        }
        if (fields.has("take_profit_pct")) {
            exit.takeProfitPct = fields.percent("take_profit_pct");
        }
        if (fields.has("max_holding")) {
            exit.maxHoldingMillis = fields.duration("max_holding");
        }
        return exit;
    }

    private static TradingCosts costs(Section fields) {
        TradingCosts costs = new TradingCosts();
        if (fields.has("slippage_bps")) {
            costs.slippageBps = fields.upTo("slippage_bps", MAX_SLIPPAGE_BPS);
        }
        if (fields.has("commission_per_share")) {
            costs.commissionPerShare = fields.amount("commission_per_share");
        }
        if (fields.has("commission_min")) {
            costs.commissionMinimum = fields.amount("commission_min");
        }
        return costs;
    }

    /** "a limit order", "a stop-limit order", as in error messages. */
    private static String describe(OrderType type) {
        return switch (type) {
            case MARKET -> "a market order";
            case LIMIT -> "a limit order";
            case STOP -> "a stop order";
            case STOP_LIMIT -> "a stop-limit order";
            case TRAILING_STOP -> "a trailing stop order";
        };
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    /** One object field of a rule, read strictly; errors name its fields as 'section.field'. */
    private static final class Section {
        private final String name;
        private final JsonNode node;

        Section(String name, JsonNode node, Set<String> allowed) {
            if (!node.isObject()) {
                throw JsonFields.wrongType(name, "an object", node);
            }
            this.name = name;
            this.node = node;
            refuseUnknown(allowed);
        }

        boolean has(String field) {
            return present(node.get(field));
        }

        /**
         * Whether a price {@code kind} needs is given as a price ({@code absolute}, true) or as a
         * percentage from the last price ({@code offset}, false).
         *
         * @throws InvalidRecordException if neither or both are given
         */
        boolean givesPrice(String absolute, String offset, String kind) {
            boolean hasAbsolute = has(absolute);
            boolean hasOffset = has(offset);
            if (hasAbsolute && hasOffset) {
                throw new InvalidRecordException(
                        "fields "
                                + quoted(absolute)
                                + " and "
                                + quoted(offset)
                                + " contradict each other; give one of them");
            }
            if (!hasAbsolute && !hasOffset) {
                throw new InvalidRecordException(
                        "field "
                                + quoted(absolute)
                                + " is required for "
                                + kind
                                + " (or "
                                + quoted(offset)
                                + " for a percentage from the last price)");
            }
            return hasAbsolute;
        }

        /** Refuses prices that an order of {@code kind} does not have. */
        void refuse(String kind, String... fields) {
            for (String field : fields) {
                if (has(field)) {
                    throw new InvalidRecordException(
                            "field " + quoted(field) + " does not apply to " + kind);
                }
            }
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, String... words) {
            JsonNode value = require(field);
            for (String word : words) {
                if (word.equals(value.textValue())) {
                    return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
                }
            }
            throw JsonFields.wrongType(path(field), "one of " + String.join(", ", words), value);
        }

        long quantity(String field) {
            JsonNode value = require(field);
            if (!value.isIntegralNumber()
                    || !value.canConvertToLong()
                    || value.longValue() < 1
                    || value.longValue() > MAX_QUANTITY) {
                throw JsonFields.wrongType(
                        path(field), "a whole number of shares from 1 to " + MAX_QUANTITY, value);
            }
            return value.longValue();
        }

        double price(String field) {
            double price = finite(field);
            if (price <= 0) {
                throw JsonFields.wrongType(path(field), "a positive price", node.get(field));
            }
            return price;
        }

        double percent(String field) {
            double pct = finite(field);
            if (pct <= 0 || pct >= 100) {
                throw JsonFields.wrongType(
                        path(field), "a percentage above 0 and below 100", node.get(field));
            }
            return pct;
        }

        /** A percentage that {@code kind} cannot do without. */
        double percentFor(String field, String kind) {
            if (!has(field)) {
                throw new InvalidRecordException(
                        "field " + quoted(field) + " is required for " + kind);
            }
            return percent(field);
        }

        /** An amount of money: a number of at least 0. */
        double amount(String field) {
            double amount = finite(field);
            if (amount < 0) {
                throw JsonFields.wrongType(path(field), "an amount of at least 0", node.get(field));
            }
            return amount;
        }

        double upTo(String field, long max) {
            double number = finite(field);
            if (number < 0 || number > max) {
                throw JsonFields.wrongType(
                        path(field), "a number from 0 to " + max, node.get(field));
            }
            return number;
        }

        long duration(String field) {
            JsonNode value = require(field);
            String expected = "a duration such as 30s, 10m, 1h or 1d";
            if (!value.isTextual()) {
                throw JsonFields.wrongType(path(field), expected, value);
            }
            long millis;
            try {
                millis = Durations.parseMillis(value.textValue());
            } catch (IllegalArgumentException e) {
                throw JsonFields.wrongType(path(field), expected, value);
            }
            if (millis <= 0) {
                throw JsonFields.wrongType(path(field), "a duration longer than 0", value);
            }
            return millis;
        }

        private double finite(String field) {
            JsonNode value = require(field);
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                throw JsonFields.wrongType(path(field), "a number", value);
            }
            return value.doubleValue();
        }

        private JsonNode require(String field) {
            JsonNode value = node.get(field);
            if (!present(value)) {
                throw new InvalidRecordException("missing required field " + quoted(field));
            }
            return value;
        }

        private void refuseUnknown(Set<String> allowed) {
            Set<String> unknown = new TreeSet<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!allowed.contains(field)) {
                    unknown.add(path(JsonFields.echo(field)));
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidRecordException(
                        "unknown field(s) "
                                + unknown
                                + "; allowed fields in '"
                                + name
                                + "' are "
                                + new TreeSet<>(allowed));
            }
        }

        private String quoted(String field) {
            return "'" + path(field) + "'";
        }

        private String path(String field) {
            return name + "." + field;
        }
    }
}
