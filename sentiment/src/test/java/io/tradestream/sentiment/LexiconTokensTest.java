package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTokensTest {
    @Test
    void wordsAreLowerCasedAndSplitAtEverythingButInnerApostrophes() {
        assertThat(LexiconTokens.of("It ISN’T a sell-off 'really' 5%"))
                .containsExactly("it", "isn't", "a", "sell", "off", "really", "5");
    }

    @Test
    void eachEmojiPictureIsATokenWithoutItsModifiers() {
        assertThat(LexiconTokens.of("💎🙌🏽 to the moon🚀❤️"))
                .containsExactly("💎", "🙌", "to", "the", "moon", "🚀", "❤");
    }

    @Test
    void clausePunctuationBecomesABoundary() {
        assertThat(LexiconTokens.of("No doubt, bullish! Really?"))
                .containsExactly(
                        "no",
                        "doubt",
                        LexiconTokens.BOUNDARY,
                        "bullish",
                        LexiconTokens.BOUNDARY,
                        "really",
                        LexiconTokens.BOUNDARY);
    }
}
