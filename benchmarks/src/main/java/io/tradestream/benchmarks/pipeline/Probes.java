package io.tradestream.benchmarks.pipeline;

import io.tradestream.model.Trade;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Probe trades, on symbols of their own, that the probe user's rules turn into exactly one alert
 * row and one position row each, so that the time from a trade entering Kafka to its rows being
 * visible in Cassandra can be measured event by event, under the load of everything else.
 *
 * <p>Each probe symbol trades alternately at 101 and 99. Going up, {@code price crosses_above 100}
 * fires an alert and a strategy buys one share at market; going down, {@code price crosses_below
 * 100} fires an alert and the strategy's 1 % stop loss sells the share. The first trade of each
 * symbol (at 99) only gives the conditions their previous price and is not measured.
 */
final class Probes {
    static final String USER = "benchmark-probe";
    static final List<String> SYMBOLS =
            List.of("PROBE1", "PROBE2", "PROBE3", "PROBE4", "PROBE5", "PROBE6", "PROBE7", "PROBE8");
    static final int RULES = 3;

    private static final double UP = 101;
    private static final double DOWN = 99;

    private final boolean[] up = new boolean[SYMBOLS.size()];
    private final boolean[] primed = new boolean[SYMBOLS.size()];
    private long sent;

    /** The probe user's rules, as requests of the rules topic. */
    static List<String> rules() {
        String symbols =
                SYMBOLS.stream()
                        .map(s -> "\"" + s + "\"")
                        .collect(Collectors.joining(",", "[", "]"));
        String owner = "\"owner\":\"" + USER + "\",\"symbols\":" + symbols + ",\"version\":1";
        return List.of(
                "{\"id\":\"probe-up\",\"kind\":\"alert\","
                        + owner
                        + ",\"when\":\"price crosses_above 100\"}",
                "{\"id\":\"probe-down\",\"kind\":\"alert\","
                        + owner
                        + ",\"when\":\"price crosses_below 100\"}",
                "{\"id\":\"probe-long\",\"kind\":\"strategy\","
                        + owner
                        + ",\"when\":\"price crosses_above 100\","
                        + "\"order\":{\"side\":\"buy\",\"qty\":1,\"type\":\"market\"},"
                        + "\"exit\":{\"stop_loss_pct\":1}}");
    }

    /** A probe trade at {@code timestamp}, and whether it is measured. */
    record Probe(Trade trade, boolean measured) {}

    /** The next probe, on the symbols in turn. */
    Probe next(long timestamp) {
        int symbol = (int) (sent++ % SYMBOLS.size());
        boolean measured = primed[symbol];
        primed[symbol] = true;
        double price = measured && !up[symbol] ? UP : DOWN;
        up[symbol] = price == UP;
        return new Probe(new Trade(SYMBOLS.get(symbol), timestamp, price, 100), measured);
    }
}
