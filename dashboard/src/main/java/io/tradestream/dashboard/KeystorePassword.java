package io.tradestream.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The keystore's password, from a file (its first line) or an environment variable. */
final class KeystorePassword {
    private KeystorePassword() {}

    static char[] read(Path file, String environmentValue) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                return (end < 0 ? text : text.substring(0, end)).strip().toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the keystore password file " + file, e);
            }
        }
        if (environmentValue == null || environmentValue.isEmpty()) {
            throw new IllegalArgumentException(
                    "--keystore needs a password: --keystore-password-file FILE or the variable "
                            + DashboardSettings.KEYSTORE_PASSWORD_VARIABLE);
        }
        return environmentValue.toCharArray();
    }
}
