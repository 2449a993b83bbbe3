package io.tradestream.ingestion.taq;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Merges files that are each in time order into one stream in time order, reading each only as far
 * as needed. Events at the same time keep the order of their sources (the source listed first wins,
 * so trades go before quotes when trade files are listed first) and, within a source, their file
 * order.
 */
final class TimeOrderMerge implements Iterator<TaqEvent> {

    /** The next event of one source. */
    private record Head(TaqEvent event, int source) implements Comparable<Head> {
        @Override
        public int compareTo(Head other) {
            int byTime = Long.compare(event.epochNanos(), other.event.epochNanos());
            return byTime != 0 ? byTime : Integer.compare(source, other.source);
        }
    }

    private final List<? extends Iterator<TaqEvent>> sources;
    private final PriorityQueue<Head> heads = new PriorityQueue<>();

    /**
     * @param sources in priority order for events at the same time
     */
    TimeOrderMerge(List<? extends Iterator<TaqEvent>> sources) {
        this.sources = sources;
        for (int i = 0; i < sources.size(); i++) {
            advance(i);
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public TaqEvent next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException("all sources are exhausted");
        }
        advance(head.source());
        return head.event();
    }

    private void advance(int source) {
        Iterator<TaqEvent> iterator = sources.get(source);
        if (iterator.hasNext()) {
            heads.add(new Head(iterator.next(), source));
        }
    }
}
