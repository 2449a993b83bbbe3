package io.tradestream.dashboard.contact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * The AES keys that encrypt contact details, read from a PKCS#12 keystore kept outside the
 * repository. Each key's alias is its id, stored on every row it encrypts; new details are
 * encrypted with the active key, and rows written with an older key stay readable while that key is
 * in the keystore.
 */
public final class KeyRing {
    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException(
                    "the keystore has no AES key '" + activeKeyId + "'; it has " + keys.keySet());
        }
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /**
     * Loads every secret key of the keystore (each protected by the keystore's password).
     *
     * @param activeKeyId the alias to encrypt with, or null for the most recently added key
     */
    public static KeyRing load(Path keystore, char[] password, String activeKeyId)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String newest = null;
        Date newestDate = null;
        for (String alias : Collections.list(store.aliases())) {
            if (store.getKey(alias, password) instanceof SecretKey key
                    && "AES".equals(key.getAlgorithm())) {
                keys.put(alias, key);
                Date created = store.getCreationDate(alias);
                if (newestDate == null || created.after(newestDate)) {
                    newest = alias;
                    newestDate = created;
                }
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the keystore " + keystore + " holds no AES key");
        }
        return new KeyRing(keys, activeKeyId == null ? newest : activeKeyId);
    }

    String activeKeyId() {
        return activeKeyId;
    }

    SecretKey active() {
        return keys.get(activeKeyId);
    }

    /** The key of that id; fails when the keystore no longer has it. */
    SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException(
                    "contact details encrypted with key '"
                            + keyId
                            + "' cannot be read: the keystore no longer has that key");
        }
        return key;
    }
}
