package io.tradestream.dashboard.contact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.crypto.KeyGenerator;

/**
 * Adds a fresh AES-256 key to a PKCS#12 keystore, creating the keystore if it does not exist: the
 * same as {@code keytool -genseckey -keyalg AES -keysize 256 -storetype PKCS12}, for machines where
 * only the dashboard's jar is at hand.
 */
public final class ContactKeys {
    private ContactKeys() {}

    public static void addKey(Path keystore, char[] password, String keyId)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (Files.exists(keystore)) {
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
        } else {
            store.load(null, password);
        }
        if (store.containsAlias(keyId)) {
            throw new IllegalArgumentException(
                    "the keystore already has a key '" + keyId + "'; choose a new id");
        }
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        store.setEntry(
                keyId,
                new KeyStore.SecretKeyEntry(generator.generateKey()),
                new KeyStore.PasswordProtection(password));
        // Written beside, then moved over, so that a failure never leaves half a keystore.
        Path parent = keystore.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path next = Files.createTempFile(parent, ".keystore", ".tmp");
        try (OutputStream out = Files.newOutputStream(next)) {
            store.store(out, password);
        }
        Files.move(
                next,
                keystore,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
