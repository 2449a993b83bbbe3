package io.tradestream.ingestion.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The tickers of the synthetic market, most active first.
 *
 * <p>The first ranks are well-known NASDAQ tickers, so that demo rules on AAPL or TSLA fire; the
 * rest are made-up three- and four-letter names. The list does not depend on the feed's seed (rules
 * and dashboards see the same names in every run), and a smaller universe is a prefix of a larger
 * one.
 */
final class SymbolUniverse {

    static final int MAX_SIZE = 100_000;

    private static final List<String> WELL_KNOWN =
            List.of(
                    "AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "AVGO", "AMD", "NFLX",
                    "COST", "PEP", "ADBE", "CSCO", "INTC", "QCOM", "TXN", "AMAT", "INTU", "PYPL",
                    "SBUX", "MU", "ISRG", "BKNG", "GILD", "MDLZ", "ADP", "REGN", "VRTX", "LRCX");

    /** Fixed, so that the names never change; unrelated to any feed seed. */
    private static final long NAME_SEED = 0x5EED_0F_5EC5L;

    private SymbolUniverse() {}

    /** The first {@code size} symbols, rank 1 first; unique, 1-5 upper-case letters. */
    static List<String> of(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("universe size must be 1 to " + MAX_SIZE);
        }
        Set<String> names =
                new LinkedHashSet<>(WELL_KNOWN.subList(0, Math.min(size, WELL_KNOWN.size())));
        Random random = new Random(NAME_SEED);
        while (names.size() < size) {
            // Made-up names may collide with the well-known ones or each other: the set drops
            // those.
            names.add(randomName(random, 3 + random.nextInt(2)));
        }
        return List.copyOf(names);
    }

    private static String randomName(Random random, int length) {
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }
}
