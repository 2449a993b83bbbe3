package io.tradestream.ingestion.taq;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Adds the bytes read from a stream to a counter: under a decompressor it counts compressed bytes,
 * which the file's size tells progress against.
 */
final class CountingInputStream extends FilterInputStream {

    private final AtomicLong counter;

    CountingInputStream(InputStream in, AtomicLong counter) {
        super(in);
        this.counter = counter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counter.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counter.addAndGet(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counter.addAndGet(skipped);
        return skipped;
    }

    /** Counting bytes forbids re-reading them. */
    @Override
    public boolean markSupported() {
        return false;
    }
}
