package io.tradestream.dashboard.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.dashboard.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactCipherTest {
    private static final char[] PASSWORD = "keystore password".toCharArray();

    @TempDir Path folder;

    @Test
    void encryptsWithTheActiveKeyAndNamesItOnTheRow() throws Exception {
        Path keystore = folder.resolve("contact-keys.p12");
        ContactKeys.addKey(keystore, PASSWORD, "2026-11");
        ContactCipher cipher = new ContactCipher(KeyRing.load(keystore, PASSWORD, null));

        StoredContact stored = cipher.encrypt("alice", Contact.email("alice@example.com"));

        assertThat(stored.kind()).isEqualTo("email");
        assertThat(stored.keyId()).isEqualTo("2026-11");
        // 12-byte nonce + 17 bytes of text + 16-byte tag, and no plain text in it.
        assertThat(stored.ciphertext()).hasSize(12 + 17 + 16);
        assertThat(new String(stored.ciphertext(), StandardCharsets.ISO_8859_1))
                .doesNotContain("alice@example.com")
                .doesNotContain("example");
        assertThat(cipher.decrypt("alice", stored)).isEqualTo(Contact.email("alice@example.com"));
        assertThat(cipher.encrypt("alice", Contact.email("alice@example.com")).ciphertext())
                .isNotEqualTo(stored.ciphertext());
    }

    @Test
    void anotherUsersRowOrARelabelledKindDoesNotDecrypt() throws Exception {
        Path keystore = folder.resolve("contact-keys.p12");
        ContactKeys.addKey(keystore, PASSWORD, "k1");
        ContactCipher cipher = new ContactCipher(KeyRing.load(keystore, PASSWORD, null));
        StoredContact alices = cipher.encrypt("alice", Contact.phone("+14155550100"));

        assertThatThrownBy(() -> cipher.decrypt("bob", alices))
                .isInstanceOf(AEADBadTagException.class);
        StoredContact relabelled = new StoredContact("email", "k1", alices.ciphertext());
        assertThatThrownBy(() -> cipher.decrypt("alice", relabelled))
                .isInstanceOf(AEADBadTagException.class);
        byte[] tampered = alices.ciphertext().clone();
        tampered[14] ^= 1;
        assertThatThrownBy(
                        () -> cipher.decrypt("alice", new StoredContact("phone", "k1", tampered)))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aRotatedKeyEncryptsNewRowsWhileOldRowsStayReadable() throws Exception {
        Path keystore = folder.resolve("contact-keys.p12");
        ContactKeys.addKey(keystore, PASSWORD, "2026-10");
        StoredContact old =
                new ContactCipher(KeyRing.load(keystore, PASSWORD, null))
                        .encrypt("alice", Contact.email("alice@example.com"));

        ContactKeys.addKey(keystore, PASSWORD, "2026-11");
        ContactCipher rotated = new ContactCipher(KeyRing.load(keystore, PASSWORD, "2026-11"));

        assertThat(rotated.isOutdated(old)).isTrue();
        assertThat(rotated.decrypt("alice", old).value()).isEqualTo("alice@example.com");
        StoredContact fresh = rotated.encrypt("alice", Contact.email("alice@example.com"));
        assertThat(fresh.keyId()).isEqualTo("2026-11");
        assertThat(rotated.isOutdated(fresh)).isFalse();
    }

    @Test
    void aRowWhoseKeyLeftTheKeystoreSaysWhichKeyIsMissing() throws Exception {
        Path keystore = folder.resolve("contact-keys.p12");
        ContactKeys.addKey(keystore, PASSWORD, "k2");
        ContactCipher cipher = new ContactCipher(KeyRing.load(keystore, PASSWORD, null));

        assertThatThrownBy(
                        () ->
                                cipher.decrypt(
                                        "alice", new StoredContact("email", "k1", new byte[40])))
                .hasMessage(
                        "contact details encrypted with key 'k1' cannot be read: the keystore no"
                                + " longer has that key");
    }

    @Test
    void refusesAnUnknownActiveKeyAndADuplicateKeyId() throws Exception {
        Path keystore = folder.resolve("contact-keys.p12");
        ContactKeys.addKey(keystore, PASSWORD, "k1");

        assertThatThrownBy(() -> KeyRing.load(keystore, PASSWORD, "k9"))
                .hasMessage("the keystore has no AES key 'k9'; it has [k1]");
        assertThatThrownBy(() -> ContactKeys.addKey(keystore, PASSWORD, "k1"))
                .hasMessage("the keystore already has a key 'k1'; choose a new id");
    }

    @Test
    void acceptsOnlyEmailAddressesAndInternationalPhoneNumbers() {
        assertThat(Contact.email("a.b+c@mail.example.org").value())
                .isEqualTo("a.b+c@mail.example.org");
        assertThat(Contact.phone("+442071838750").kind()).isEqualTo("phone");
        assertThatThrownBy(() -> Contact.email("alice@localhost")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Contact.email("<script>@x.y")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Contact.phone("4155550100"))
                .hasMessage("'phone' must be a number in international form such as +14155550100");
    }
}
