package io.tradestream.stack;

import java.time.Duration;
import java.util.List;

/** Waits until a server answers, and fails with its log when it dies or takes too long. */
final class Readiness {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int TAIL_LINES = 40;

    /** A check that the server does its job; false or an exception means not yet. */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private Readiness() {}

    /**
     * Polls {@code probe} until it succeeds. Fails as soon as one of {@code processes} is no longer
     * alive, or after {@code timeout}.
     */
    static void await(String server, List<ServerProcess> processes, Duration timeout, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastProblem = null;
        while (true) {
            for (ServerProcess process : processes) {
                if (!process.isAlive()) {
                    throw new StackException(
                            server
                                    + ": process "
                                    + process.name()
                                    + " exited during start-up"
                                    + LogTail.of(process.logFiles(), TAIL_LINES));
                }
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while waiting for " + server, e);
            } catch (Exception e) {
                lastProblem = e;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(
                        server
                                + " is not ready after "
                                + timeout.toSeconds()
                                + " s"
                                + (lastProblem == null ? "" : " (last check: " + lastProblem + ")")
                                + logTails(processes));
            }
            sleep(server);
        }
    }

    /** Runs the probe once: whether the server answers right now. */
    static boolean check(Probe probe) {
        try {
            return probe.ready();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static String logTails(List<ServerProcess> processes) {
        StringBuilder tails = new StringBuilder();
        for (ServerProcess process : processes) {
            tails.append(LogTail.of(process.logFiles(), TAIL_LINES));
        }
        return tails.toString();
    }

    private static void sleep(String server) {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + server, e);
        }
    }
}
