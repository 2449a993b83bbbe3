package io.tradestream.e2e;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.json.MarketJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed data set for the failure tests: a synthetic market of 40 symbols, by default with about
 * 500,000 trades and quotes over 70 minutes, and 300 rules of many users that fire and trade on it:
 * price levels near each symbol's opening price, indicator and change alerts, watchlists, and
 * strategies with market and limit orders, shorts, stops, targets and holding limits.
 */
final class FailureDataSet {
    static final Instant START = Instant.parse("2026-11-20T14:30:00Z");

    private static final String[] INDICATOR_ALERTS = {
        "rsi(14) < 35", "sma(1m) crosses_above sma(5m)", "abs(change_pct(1m)) >= 0.2"
    };
    private static final String[] FREQUENCIES = {
        "\"cooldown\":\"2m\"", "\"frequency\":\"once\"", "\"frequency\":\"once_per_bar\""
    };

    /** The market in event-time order, each {"trades" or "quotes", symbol, JSON}. */
    final List<String[]> market = new ArrayList<>();

    /** Each {owner, JSON}. */
    final List<String[]> rules = new ArrayList<>();

    /** 70 minutes of 60 trades and 60 quotes a second. */
    FailureDataSet() {
        this(Duration.ofMinutes(70), 60);
    }

    /** {@code duration} of the market with {@code perSecond} trades and as many quotes a second. */
    FailureDataSet(Duration duration, int perSecond) {
        Map<String, Double> openingPrices = new LinkedHashMap<>();
        SyntheticMarket events =
                new SyntheticMarket(
                        MarketFeedConfig.builder()
                                .symbols(40)
                                .seed(23)
                                .start(START)
                                .tradesPerSecond(perSecond)
                                .quotesPerSecond(perSecond)
                                .duration(duration)
                                .build());
        while (events.hasNext()) {
            MarketEvent event = events.next();
            if (event.trade() != null) {
                openingPrices.putIfAbsent(event.symbol(), event.trade().price());
                market.add(
                        new String[] {"trades", event.symbol(), MarketJson.toJson(event.trade())});
            } else {
                market.add(
                        new String[] {"quotes", event.symbol(), MarketJson.toJson(event.quote())});
            }
        }
        List<String> symbols = new ArrayList<>(openingPrices.keySet());
        for (int i = 0; i < 300; i++) {
            String owner = "user-" + (i % 60);
            String id = "rule-" + i;
            String symbol = symbols.get(i % symbols.size());
            double open = openingPrices.get(symbol);
            String rule =
                    switch (i % 6) {
                        case 0, 1 -> priceLevel(id, owner, symbol, open, i);
                        case 2 -> indicatorAlert(id, owner, symbol, i);
                        case 3 -> watchlist(id, owner, symbols, i);
                        default -> strategy(id, owner, symbol, i);
                    };
            rules.add(new String[] {owner, rule});
        }
    }

    /** How many of the market events are trades. */
    long trades() {
        return market.stream().filter(record -> record[0].equals("trades")).count();
    }

    private static String priceLevel(String id, String owner, String symbol, double open, int i) {
        boolean above = i % 4 == 0;
        double level = open * (above ? 1.002 : 0.998) * (1 + (i % 5) * (above ? 0.001 : -0.001));
        String condition =
                String.format(
                        Locale.ROOT,
                        "price %s %.2f",
                        above ? "crosses_above" : "crosses_below",
                        level);
        return alert(id, owner, "[\"" + symbol + "\"]", condition, "\"cooldown\":\"1m\"");
    }

    private static String indicatorAlert(String id, String owner, String symbol, int i) {
        return alert(
                id,
                owner,
                "[\"" + symbol + "\"]",
                INDICATOR_ALERTS[i % INDICATOR_ALERTS.length],
                FREQUENCIES[i % FREQUENCIES.length]);
    }

    private static String watchlist(String id, String owner, List<String> symbols, int i) {
        List<String> watched = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            watched.add("\"" + symbols.get((i + 7 * k) % symbols.size()) + "\"");
        }
        return String.format(
                Locale.ROOT,
                "{\"id\":\"%s\",\"owner\":\"%s\",\"kind\":\"watchlist\",\"symbols\":[%s],"
                        + "\"threshold_pct\":0.3,\"window\":\"5m\",\"cooldown\":\"5m\","
                        + "\"version\":1}",
                id,
                owner,
                String.join(",", watched));
    }

    private static String strategy(String id, String owner, String symbol, int i) {
        String order =
                switch (i % 3) {
                    case 0 -> "{\"side\":\"buy\",\"qty\":100,\"type\":\"market\"}";
                    case 1 ->
                            "{\"side\":\"buy\",\"qty\":50,\"type\":\"limit\","
                                    + "\"limit_pct\":0.02,\"tif\":\"day\"}";
                    default -> "{\"side\":\"sell\",\"qty\":40,\"type\":\"market\"}";
                };
        String when =
                switch (i % 3) {
                    case 0 -> "sma(1m) crosses_above sma(5m)";
                    case 1 -> "rsi(14) < 40";
                    default -> "change_pct(1m) crosses_below -0.1";
                };
        return String.format(
                Locale.ROOT,
                "{\"id\":\"%s\",\"owner\":\"%s\",\"kind\":\"strategy\",\"symbols\":[\"%s\"],"
                        + "\"when\":\"%s\",\"cooldown\":\"5m\",\"order\":%s,%s"
                        + "\"exit\":{\"stop_loss_pct\":0.3,\"take_profit_pct\":0.4,"
                        + "\"max_holding\":\"10m\"},"
                        + "\"costs\":{\"slippage_bps\":2,\"commission_per_share\":0.005,"
                        + "\"commission_min\":1},\"version\":1}",
                id,
                owner,
                symbol,
                when,
                order,
                i % 3 == 2 ? "\"allow_short\":true," : "");
    }

    private static String alert(
            String id, String owner, String symbols, String condition, String frequency) {
        return String.format(
                Locale.ROOT,
                "{\"id\":\"%s\",\"owner\":\"%s\",\"kind\":\"alert\",\"symbols\":%s,"
                        + "\"when\":\"%s\",%s,\"version\":1}",
                id,
                owner,
                symbols,
                condition,
                frequency);
    }
}
