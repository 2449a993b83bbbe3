package io.tradestream.benchmarks;

import io.tradestream.ingestion.feed.MarketFeedConfig;
import io.tradestream.ingestion.feed.SyntheticMarket;
import io.tradestream.model.Trade;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic population of users' rules, as JSON requests of the rules topic: users {@code
 * user-0}, {@code user-1}, ... with the same number of rules each ({@link #RULES_PER_USER} in the
 * rule engine's benchmarks), drawn from this mix:
 *
 * <ul>
 *   <li>70 % price-level alerts on one symbol: {@code price > X} (25 %), {@code >=} (10 %), {@code
 *       <} (25 %), {@code <=} (10 %), {@code crosses_above} (15 %), {@code crosses_below} (15 %),
 *       with X a whole cent 0-6 % beyond the symbol's price on the side the alert waits for (half
 *       normal, sigma 2 %); half fire once, half every time with no cooldown, 5 m or 1 h.
 *   <li>15 % indicator and change alerts on one symbol, one of {@code abs(change_pct(5m)) >= T},
 *       {@code change_pct(15m) <= -T}, {@code rsi(14) < 30}, {@code rsi(14) > 70}, {@code sma(5m)
 *       crosses_above sma(20m)}, {@code price crosses_below vwap(30m)} and {@code price >
 *       bollinger_upper(20m, 2)}; a third once per bar, the rest every time with no cooldown or 15
 *       m.
 *   <li>10 % watchlists: 3-8 symbols, alerting on a move of 2, 3 or 5 % over 5 m, 15 m or 1 h (read
 *       as {@code abs(change_pct(w)) >= T}), with a 1 h cooldown.
 *   <li>5 % sentiment alerts on one symbol: {@code sentiment(15m) > 0.3 and tweet_count(15m) >= 20}
 *       or {@code sentiment(1h) < -0.3}.
 * </ul>
 *
 * Symbols follow the market's own activity: each one a rule watches is the symbol of the next trade
 * of a {@link SyntheticMarket}, so rules are Zipf-distributed over its universe the way trades are
 * (with the feed's 3,200 symbols and exponent 1.1, the busiest symbol has 16 % of them), and a
 * level is set near the price that symbol traded at.
 *
 * <p>Not thread-safe; endless.
 */
public final class SyntheticRules implements Iterator<String> {
    static final int RULES_PER_USER = 10;

    private static final String[] INDICATORS = {
        "abs(change_pct(5m)) >= %d",
        "change_pct(15m) <= -%d",
        "rsi(14) < 30",
        "rsi(14) > 70",
        "sma(5m) crosses_above sma(20m)",
        "price crosses_below vwap(30m)",
        "price > bollinger_upper(20m, 2)"
    };
    private static final String[] SENTIMENT = {
        "sentiment(15m) > 0.3 and tweet_count(15m) >= 20", "sentiment(1h) < -0.3"
    };
    private static final String[] WINDOWS = {"5m", "15m", "1h"};
    private static final int[] MOVES_PCT = {2, 3, 5};

    private final SyntheticMarket symbolDraws;
    private final Random random;
    private final int rulesPerUser;
    private long created;

    /**
     * @param market the market whose trades pick the rules' symbols and prices; quotes are ignored
     * @param seed the seed of everything else (the mix, levels, windows)
     */
    public SyntheticRules(MarketFeedConfig market, long seed, int rulesPerUser) {
        this.symbolDraws = new SyntheticMarket(market);
        this.random = new Random(seed);
        this.rulesPerUser = rulesPerUser;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    /** The next rule's JSON request. */
    @Override
    public String next() {
        long user = created / rulesPerUser;
        String identity =
                String.format(
                        Locale.ROOT,
                        "\"id\":\"user-%d-%d\",\"owner\":\"user-%d\",\"version\":1",
                        user,
                        created % rulesPerUser,
                        user);
        created++;
        double kind = random.nextDouble();
        if (kind < 0.70) {
            return priceLevel(identity);
        } else if (kind < 0.85) {
            return indicator(identity);
        } else if (kind < 0.95) {
            return watchlist(identity);
        }
        return alert(
                identity,
                quoted(nextTrade().symbol()),
                SENTIMENT[random.nextInt(SENTIMENT.length)],
                "");
    }

    private String priceLevel(String identity) {
        Trade trade = nextTrade();
        double operator = random.nextDouble();
        String comparison;
        if (operator < 0.25) {
            comparison = "price >";
        } else if (operator < 0.35) {
            comparison = "price >=";
        } else if (operator < 0.60) {
            comparison = "price <";
        } else if (operator < 0.70) {
            comparison = "price <=";
        } else if (operator < 0.85) {
            comparison = "price crosses_above";
        } else {
            comparison = "price crosses_below";
        }
        // An alert waits for the price to move towards its level: above it for a rise.
        boolean rising = operator < 0.35 || (operator >= 0.70 && operator < 0.85);
        double distance = Math.min(Math.abs(random.nextGaussian()) * 0.02, 0.06);
        double level = trade.price() * (rising ? 1 + distance : 1 - distance);
        String condition = String.format(Locale.ROOT, "%s %.2f", comparison, Math.max(level, 0.01));
        String frequency =
                random.nextBoolean()
                        ? ",\"frequency\":\"once\""
                        : cooldown(new String[] {"", "5m", "1h"});
        return alert(identity, quoted(trade.symbol()), condition, frequency);
    }

    private String indicator(String identity) {
        String template = INDICATORS[random.nextInt(INDICATORS.length)];
        String condition = String.format(Locale.ROOT, template, 2 + random.nextInt(4));
        String frequency =
                random.nextInt(3) == 0
                        ? ",\"frequency\":\"once_per_bar\""
                        : cooldown(new String[] {"", "15m"});
        return alert(identity, quoted(nextTrade().symbol()), condition, frequency);
    }

    private String watchlist(String identity) {
        int size = 3 + random.nextInt(6);
        Set<String> symbols = new LinkedHashSet<>();
        while (symbols.size() < size) {
            symbols.add(quoted(nextTrade().symbol()));
        }
        return String.format(
                Locale.ROOT,
                "{%s,\"kind\":\"watchlist\",\"symbols\":[%s],\"threshold_pct\":%d,"
                        + "\"window\":\"%s\",\"cooldown\":\"1h\"}",
                identity,
                String.join(",", symbols),
                MOVES_PCT[random.nextInt(MOVES_PCT.length)],
                WINDOWS[random.nextInt(WINDOWS.length)]);
    }

    /** Every time, with one of {@code cooldowns} ("" for none). */
    private String cooldown(String[] cooldowns) {
        String cooldown = cooldowns[random.nextInt(cooldowns.length)];
        return cooldown.isEmpty() ? "" : ",\"cooldown\":\"" + cooldown + "\"";
    }

    private static String alert(
            String identity, String symbol, String condition, String frequency) {
        return "{"
                + identity
                + ",\"kind\":\"alert\",\"symbols\":["
                + symbol
                + "],\"when\":\""
                + condition
                + "\""
                + frequency
                + "}";
    }

    private static String quoted(String symbol) {
        return "\"" + symbol + "\"";
    }

    private Trade nextTrade() {
        Trade trade;
        do {
            trade = symbolDraws.next().trade();
        } while (trade == null);
        return trade;
    }
}
