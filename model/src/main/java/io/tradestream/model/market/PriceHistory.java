package io.tradestream.model.market;

/**
 * A symbol's recent prices at one-second resolution, enough to answer "what was the price one
 * window ago" with a single lookup.
 *
 * <p>Every second from the first trade to the latest holds a price: seconds without trades are
 * filled with the price carried forward, so the lookup never has to search backwards. Only the
 * seconds the longest window needs are kept, so the history of a symbol that no window watches is
 * empty.
 */
public final class PriceHistory {
    private final SymbolSnapshot snapshot;
    private final PriceHistoryStore store;

    public PriceHistory(SymbolSnapshot snapshot, PriceHistoryStore store) {
        this.snapshot = snapshot;
        this.store = store;
    }

    /**
     * Records the price of an in-order trade (at or after every earlier one) and keeps {@code
     * keepSeconds} seconds before the trade's second.
     */
    public void record(long timestamp, double price, long keepSeconds) {
        if (keepSeconds <= 0) {
            clear();
            return;
        }
        long second = Math.floorDiv(timestamp, 1000);
        long last = snapshot.historyLastSecond;
        if (last == SymbolSnapshot.NONE) {
            snapshot.historyFirstSecond = second;
        } else if (second > last) {
            carryForward(last, second, keepSeconds);
        }
        store.put(second, price);
        snapshot.historyLastSecond = Math.max(second, last);
        trim(snapshot.historyLastSecond - keepSeconds);
    }

    /**
     * Percent change from the price one {@code windowMillis} before {@code now} to {@code
     * currentPrice}; NaN when the history does not reach that far back. The reference is the last
     * price of the second that contains {@code now - windowMillis}.
     */
    public double changePct(long now, long windowMillis, double currentPrice) {
        long referenceSecond = Math.floorDiv(now - windowMillis, 1000);
        if (snapshot.historyFirstSecond == SymbolSnapshot.NONE
                || referenceSecond < snapshot.historyFirstSecond) {
            return Double.NaN;
        }
        // No trade since the reference second: the price then was the last one recorded.
        Double reference = store.get(Math.min(referenceSecond, snapshot.historyLastSecond));
        if (reference == null) {
            return Double.NaN;
        }
        return (currentPrice - reference) / reference * 100.0;
    }

    private void carryForward(long last, long second, long keepSeconds) {
        double carried = store.get(last);
        long from = last + 1;
        if (second - from > keepSeconds) {
            // A silence longer than the window: nothing held is needed any more.
            store.clear();
            from = second - keepSeconds;
            snapshot.historyFirstSecond = from;
        }
        for (long s = from; s < second; s++) {
            store.put(s, carried);
        }
    }

    private void trim(long oldestToKeep) {
        while (snapshot.historyFirstSecond < oldestToKeep) {
            store.remove(snapshot.historyFirstSecond);
            snapshot.historyFirstSecond++;
        }
    }

    private void clear() {
        if (snapshot.historyFirstSecond != SymbolSnapshot.NONE) {
            store.clear();
            snapshot.historyFirstSecond = SymbolSnapshot.NONE;
            snapshot.historyLastSecond = SymbolSnapshot.NONE;
        }
    }
}
