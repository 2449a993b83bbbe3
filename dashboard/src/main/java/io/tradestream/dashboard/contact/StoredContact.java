package io.tradestream.dashboard.contact;

/**
 * A contact detail as stored: its kind in clear, its value encrypted.
 *
 * @param kind {@code email} or {@code phone}
 * @param keyId the alias of the keystore key that encrypted it
 * @param ciphertext the 12-byte GCM nonce, then the ciphertext with its 16-byte tag
 */
public record StoredContact(String kind, String keyId, byte[] ciphertext) {}
