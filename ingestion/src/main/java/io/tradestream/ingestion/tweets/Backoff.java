package io.tradestream.ingestion.tweets;

/**
 * How long to wait before reconnecting to the X filtered stream, as X asks clients to back off:
 * after a network error linearly, 250 ms more each time up to 16 s; after an HTTP error
 * exponentially from 5 s up to 320 s; after a rate-limit answer (429) exponentially from 1 min, or
 * until the limit resets if that is later. A connection that delivered data resets all three.
 */
final class Backoff {
    static final long NETWORK_STEP_MILLIS = 250;
    static final long NETWORK_MAX_MILLIS = 16_000;
    static final long HTTP_FIRST_MILLIS = 5_000;
    static final long HTTP_MAX_MILLIS = 320_000;
    static final long RATE_LIMIT_FIRST_MILLIS = 60_000;

    private int networkErrors;
    private int httpErrors;
    private int rateLimits;

    long afterNetworkError() {
        networkErrors++;
        return Math.min(NETWORK_STEP_MILLIS * networkErrors, NETWORK_MAX_MILLIS);
    }

    long afterHttpError() {
        return Math.min(HTTP_FIRST_MILLIS << Math.min(httpErrors++, 16), HTTP_MAX_MILLIS);
    }

    /**
     * @param millisUntilReset until the rate limit resets, from the {@code x-rate-limit-reset}
     *     header; 0 if unknown
     */
    long afterRateLimit(long millisUntilReset) {
        long backoff = RATE_LIMIT_FIRST_MILLIS << Math.min(rateLimits++, 16);
        return Math.max(backoff, millisUntilReset);
    }

    /** The stream delivered data: the next error starts from the first delay again. */
    void connected() {
        networkErrors = 0;
        httpErrors = 0;
        rateLimits = 0;
    }
}
