package io.tradestream.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum recorded for an applied migration: SHA-256 of the script, in lower-case hex.
 *
 * <p>Line endings are normalised to {@code \n} first, so that a checkout with Windows line endings
 * does not look like an edited migration. Any other change, comments included, changes the
 * checksum: an applied migration is never edited, a new one is added instead.
 */
public final class ScriptChecksum {

    private ScriptChecksum() {}

    public static String of(String script) {
        String normalised = script.replace("\r\n", "\n").replace('\r', '\n');
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha256.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
