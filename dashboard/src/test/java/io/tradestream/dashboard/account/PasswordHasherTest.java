package io.tradestream.dashboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.recommended();

    @Test
    void writesAnArgon2idHashInPhcFormatWithOwaspParameters() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash)
                .matches(
                        "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("correct horse battery", first)).isTrue();
        assertThat(hasher.verify("correct horse battery", second)).isTrue();
        assertThat(hasher.verify("correct horse batterY", first)).isFalse();
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        String cheap = new PasswordHasher(1024, 1, 1).hash("an older account");

        assertThat(hasher.verify("an older account", cheap)).isTrue();
    }

    @Test
    void refusesMalformedHashesWithoutThrowing() {
        assertThat(hasher.verify("x", "")).isFalse();
        assertThat(hasher.verify("x", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=abc,t=1,p=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=1024,t=1,p=1$!!!$aGFzaA")).isFalse();
    }
}
