package io.tradestream.stack;

/** A JVM that just waits, standing in for a server in process tests. */
public final class Sleeper {
    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(Long.parseLong(args[0]));
    }
}
