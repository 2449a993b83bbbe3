package io.tradestream.job;

import io.tradestream.model.rules.Durations;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The job's command-line settings, {@code --name value} pairs. Every setting has a default that
 * suits the local stack; {@link #usage()} lists them.
 */
public final class JobSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("kafka.bootstrap-servers", "127.0.0.1:9092");
        DEFAULTS.put("kafka.group-id", "tradestream");
        DEFAULTS.put("kafka.transactional-id-prefix", "tradestream");
        DEFAULTS.put("kafka.properties-file", "");
        DEFAULTS.put("topic.trades", "trades");
        DEFAULTS.put("topic.quotes", "quotes");
        DEFAULTS.put("topic.rules", "rules");
        DEFAULTS.put("topic.tweets", "tweets");
        DEFAULTS.put("topic.ticker-keywords", "ticker-keywords");
        DEFAULTS.put("topic.alerts", "alerts");
        DEFAULTS.put("topic.dead-letters", "dead-letters");
        DEFAULTS.put("topic.rule-rejections", "rule-rejections");
        DEFAULTS.put("cassandra.host", "127.0.0.1");
        DEFAULTS.put("cassandra.port", "9042");
        DEFAULTS.put("cassandra.keyspace", "tradestream");
        DEFAULTS.put("cassandra.write-mode", "upsert");
        DEFAULTS.put("cassandra.consistency", "LOCAL_QUORUM");
        DEFAULTS.put("cassandra.username", "");
        DEFAULTS.put("cassandra.password-file", "");
        DEFAULTS.put("cassandra.password-env", "");
        DEFAULTS.put("cassandra.truststore", "");
        DEFAULTS.put("cassandra.truststore-password-file", "");
        DEFAULTS.put("cassandra.truststore-password-env", "");
        DEFAULTS.put("cassandra.check-at-start", "true");
        DEFAULTS.put("watermark.out-of-orderness", "2s");
        DEFAULTS.put("watermark.idleness", "10s");
        DEFAULTS.put("watermark.tweets.out-of-orderness", "5s");
        DEFAULTS.put("sentiment.window", "15m");
        DEFAULTS.put("sentiment.slide", "1m");
        DEFAULTS.put("sentiment.publication-delay", "15s");
        DEFAULTS.put("rules.max-per-user", "100");
        DEFAULTS.put("portfolio.initial-cash", "100000");
        DEFAULTS.put("pnl.snapshot-interval", "1m");
        DEFAULTS.put("checkpoint.interval", "10s");
        DEFAULTS.put("backtest.dir", "");
    }

    private final Map<String, String> values;

    private JobSettings(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @throws IllegalArgumentException naming an unknown setting or a missing value
     */
    public static JobSettings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown setting '" + args[i] + "'\n" + usage());
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("setting '" + args[i] + "' needs a value");
            }
            values.put(name, args[i + 1]);
        }
        return new JobSettings(values);
    }

    /** The name of every setting, sorted. */
    public static SortedSet<String> names() {
        return new TreeSet<>(DEFAULTS.keySet());
    }

    public static String usage() {
        StringBuilder text = new StringBuilder("TradeStream job settings (--name value):\n");
        for (String name : names()) {
            text.append("  --").append(name).append(" (default ").append(DEFAULTS.get(name));
            text.append(")\n");
        }
        return text.toString();
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no setting named '" + name + "'");
        }
        return value;
    }

    public Duration duration(String name) {
        try {
            return Duration.ofMillis(Durations.parseMillis(get(name)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting --" + name + ": " + e.getMessage(), e);
        }
    }

    public double decimal(String name) {
        try {
            return Double.parseDouble(get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "setting --" + name + " must be a number, got '" + get(name) + "'", e);
        }
    }

    public boolean flag(String name) {
        String value = get(name);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(
                    "setting --" + name + " must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public int integer(String name) {
        try {
            return Integer.parseInt(get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "setting --" + name + " must be a whole number, got '" + get(name) + "'", e);
        }
    }
}
