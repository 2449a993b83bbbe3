package io.tradestream.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
    @Test
    void keepsASmallPayloadWhole() {
        DeadLetter letter =
                DeadLetter.of("trades", 2, 40, "why", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(letter).isEqualTo(new DeadLetter("trades", 2, 40, "why", "{\"a\":1}", 7, false));
    }

    @Test
    void cutsAHugePayloadAndKeepsItsRealSize() {
        DeadLetter letter =
                DeadLetter.of(
                        "trades",
                        0,
                        1,
                        "why",
                        "x".repeat(100_000).getBytes(StandardCharsets.UTF_8));

        assertThat(letter.payload()).hasSize(Payloads.MAX_CHARS);
        assertThat(letter.payloadBytes()).isEqualTo(100_000);
        assertThat(letter.payloadTruncated()).isTrue();
    }

    @Test
    void anEmptyOrMissingPayloadIsEmptyText() {
        assertThat(DeadLetter.of("quotes", 0, 0, "why", null).payload()).isEmpty();
        assertThat(DeadLetter.of("quotes", 0, 0, "why", new byte[0]).payloadBytes()).isZero();
    }
}
