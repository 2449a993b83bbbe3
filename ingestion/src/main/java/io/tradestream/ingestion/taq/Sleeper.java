package io.tradestream.ingestion.taq;

/** Waits: {@link Thread#sleep} in a replay, a step of a fake clock in tests. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));

    void sleep(long nanos) throws InterruptedException;
}
