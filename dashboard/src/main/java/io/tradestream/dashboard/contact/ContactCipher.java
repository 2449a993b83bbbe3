package io.tradestream.dashboard.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts contact details with AES-GCM. The user id and the kind are authenticated as associated
 * data, so a ciphertext copied into another user's row, or relabelled, fails to decrypt instead of
 * revealing someone else's address.
 */
public final class ContactCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public ContactCipher(KeyRing keys) {
        this.keys = keys;
    }

    public StoredContact encrypt(String user, Contact contact) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(user, contact.kind()));
            byte[] sealed = cipher.doFinal(contact.value().getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return new StoredContact(contact.kind(), keys.activeKeyId(), stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The contact in clear; fails if the row was tampered with or belongs to another user. */
    public Contact decrypt(String user, StoredContact stored) throws GeneralSecurityException {
        byte[] bytes = stored.ciphertext();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                keys.key(stored.keyId()),
                new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData(user, stored.kind()));
        byte[] clear = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        return new Contact(stored.kind(), new String(clear, StandardCharsets.UTF_8));
    }

    /** Whether the row should be encrypted again with the active key. */
    public boolean isOutdated(StoredContact stored) {
        return !stored.keyId().equals(keys.activeKeyId());
    }

    private static byte[] associatedData(String user, String kind) {
        return ("tradestream-contact\0" + user + "\0" + kind).getBytes(StandardCharsets.UTF_8);
    }
}
