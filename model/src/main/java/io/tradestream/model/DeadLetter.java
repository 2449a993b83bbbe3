package io.tradestream.model;

/**
 * An input record TradeStream could not accept, kept with everything needed to find and fix it.
 *
 * @param sourceTopic the topic the record was read from
 * @param partition its partition
 * @param offset its offset in that partition
 * @param reason what is wrong with it, in words a person can act on
 * @param payload the raw record as UTF-8 text, cut to {@link Payloads#MAX_CHARS}
 * @param payloadBytes the size of the raw record in bytes
 * @param payloadTruncated whether {@code payload} was cut
 */
public record DeadLetter(
        String sourceTopic,
        int partition,
        long offset,
        String reason,
        String payload,
        int payloadBytes,
        boolean payloadTruncated) {

    public static DeadLetter of(
            String sourceTopic, int partition, long offset, String reason, byte[] rawPayload) {
        String text = Payloads.text(rawPayload);
        return new DeadLetter(
                sourceTopic,
                partition,
                offset,
                reason,
                Payloads.excerpt(text),
                rawPayload == null ? 0 : rawPayload.length,
                text.length() > Payloads.MAX_CHARS);
    }
}
