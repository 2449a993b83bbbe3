package io.tradestream.model;

import java.nio.charset.StandardCharsets;

/** How refused records keep their raw payload: as UTF-8 text, cut so it fits any broker. */
public final class Payloads {
    /** A refused record keeps at most this many characters of its payload. */
    public static final int MAX_CHARS = 64 * 1024;

    private Payloads() {}

    /** The raw payload as text (malformed UTF-8 replaced), uncut. */
    public static String text(byte[] raw) {
        return new String(raw == null ? new byte[0] : raw, StandardCharsets.UTF_8);
    }

    /** {@code text} cut to {@link #MAX_CHARS}. */
    public static String excerpt(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
