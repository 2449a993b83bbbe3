package io.tradestream.ingestion.tweets;

import io.tradestream.model.tweets.KeywordDictionary;
import io.tradestream.model.tweets.Tweet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes up finance tweets the way traders write them: cashtags and company names, bullish, bearish
 * and neutral phrasing, emoji, links, hashtags, retweets, and some chatter that names no stock.
 * Each symbol's mood drifts slowly, so its sentiment over time has a shape. The same seed gives the
 * same tweets.
 */
public final class FinanceTweets {
    /** Tweet ids start here: 19 digits, like real ones, and clearly made up. */
    static final long FIRST_ID = 1_000_000_000_000_000_000L;

    private static final String[] BULLISH = {
        "%s crushed earnings, to the moon",
        "%s beats estimates again, very bullish",
        "Loading up on %s calls before the open",
        "Analyst upgrade on %s, price target raised",
        "%s breaking out to new highs, strong buy",
        "Love the guidance from %s, record revenue",
        "%s short squeeze incoming",
    };
    private static final String[] BEARISH = {
        "%s missed on revenue, ugly quarter",
        "Downgrade on %s, bearish into the print",
        "%s is dumping hard, sell-off not over",
        "Bought puts on %s, this looks weak",
        "Guidance cut at %s, terrible outlook",
        "%s plunges after the CEO resigns",
    };
    private static final String[] NEUTRAL = {
        "%s reports earnings after the close on Thursday",
        "%s trading flat ahead of the Fed decision",
        "Watching %s into the weekly close",
        "What is everyone's view on %s here?",
        "%s annual meeting is scheduled for next month",
    };
    private static final String[] CHATTER = {
        "Markets are open, coffee is ready",
        "Long week. Who else is watching the Fed today?",
        "Good morning traders, stay disciplined",
        "Volatility everywhere this morning",
    };
    private static final String[] BULLISH_EMOJI = {
        "\uD83D\uDE80", "\uD83D\uDD25", "\uD83D\uDC8E\uD83D\uDE4C", "\uD83D\uDCC8"
    };
    private static final String[] BEARISH_EMOJI = {"\uD83D\uDCC9", "\uD83D\uDC3B", "\uD83D\uDE2C"};
    private static final String[] HASHTAGS = {"#stocks", "#investing", "#trading", "#earnings"};
    private static final String[] USERS = {
        "marketwatcher", "chartguy", "valueinvestor", "tapereader"
    };

    private final Random random;
    private final List<String> symbols;
    private final Map<String, String> names = new HashMap<>();
    private final double[] mood;
    private long nextId = FIRST_ID;

    public FinanceTweets(List<String> symbols, long seed) {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("tweets need at least one symbol");
        }
        this.random = new Random(seed);
        this.symbols = List.copyOf(symbols);
        this.mood = new double[symbols.size()];
        for (Map.Entry<String, List<String>> entry :
                KeywordDictionary.defaults().entries().entrySet()) {
            for (String ticker : entry.getValue()) {
                names.putIfAbsent(ticker, capitalized(entry.getKey()));
            }
        }
    }

    /** The tickers that have a company name in the default keyword dictionary. */
    static List<String> namedTickers() {
        List<String> tickers = new ArrayList<>();
        for (List<String> symbols : KeywordDictionary.defaults().entries().values()) {
            for (String symbol : symbols) {
                if (!tickers.contains(symbol)) {
                    tickers.add(symbol);
                }
            }
        }
        return tickers;
    }

    /** The next tweet, posted at {@code timestamp}. */
    public Tweet next(long timestamp) {
        String id = Long.toString(nextId++);
        String author = Integer.toString(1_000 + random.nextInt(9_000));
        if (random.nextDouble() < 0.1) {
            return new Tweet(id, timestamp, pick(CHATTER), author, "en", false);
        }
        // Popular symbols are tweeted about more: rank r is chosen with weight 1 / (r + 1).
        int index =
                (int)
                        Math.min(
                                symbols.size() - 1,
                                Math.floor(Math.pow(symbols.size() + 1, random.nextDouble()) - 1));
        mood[index] = Math.max(-0.6, Math.min(0.6, mood[index] + random.nextGaussian() * 0.05));
        String text = String.format(phrasing(mood[index]), mention(symbols.get(index)));
        if (random.nextDouble() < 0.2) {
            text += " https://t.co/" + Long.toString(random.nextLong() & 0xffffffffL, 36);
        }
        if (random.nextDouble() < 0.2) {
            text += " " + pick(HASHTAGS);
        }
        boolean retweet = random.nextDouble() < 0.1;
        if (retweet) {
            text = "RT @" + pick(USERS) + ": " + text;
        }
        return new Tweet(id, timestamp, text, author, "en", retweet);
    }

    private String phrasing(double bias) {
        double draw = random.nextDouble();
        if (draw < 0.35 + bias / 2) {
            return pick(BULLISH) + " " + pick(BULLISH_EMOJI);
        }
        if (draw < 0.7) {
            return pick(BEARISH) + (random.nextBoolean() ? " " + pick(BEARISH_EMOJI) : "");
        }
        return pick(NEUTRAL);
    }

    /** A cashtag, the company's name, or both. */
    private String mention(String symbol) {
        String name = names.get(symbol);
        double draw = random.nextDouble();
        if (name == null || draw < 0.55) {
            return "$" + symbol;
        }
        return draw < 0.85 ? name : name + " ($" + symbol + ")";
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalized(String keyword) {
        StringBuilder text = new StringBuilder();
        for (String word : keyword.split(" ")) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return text.toString();
    }
}
