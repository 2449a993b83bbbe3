package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tradestream.sentiment.LexiconReading.Match;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Weights are those of the bundled finance-lexicon.txt. */
class FinanceAdjustmentTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private static final FinanceAdjustment ADJUSTMENT = FinanceAdjustment.withBundledLexicon();

    @Test
    void termsAddUpAndTheSumIsClampedToOne() {
        LexiconReading reading = ADJUSTMENT.read("$AAPL bullish, to the moon 🚀🚀");

        assertThat(reading.matches())
                .containsExactly(
                        new Match("bullish", 0.8, false),
                        new Match("to the moon", 0.8, false),
                        new Match("🚀", 0.6, false),
                        new Match("🚀", 0.6, false));
        assertThat(reading.score()).isEqualTo(1.0);
    }

    @Test
    void theLongestTermWins() {
        assertThat(ADJUSTMENT.read("They crushed earnings").matches())
                .containsExactly(new Match("crushed earnings", 0.8, false));
        assertThat(ADJUSTMENT.read("Longs got crushed").matches())
                .containsExactly(new Match("crushed", -0.6, false));
    }

    @Test
    void aNegationReversesAndHalvesTheTermAfterIt() {
        assertThat(ADJUSTMENT.read("I am not bullish here").matches())
                .containsExactly(new Match("bullish", -0.4, true));
        assertThat(ADJUSTMENT.read("No upgrade this time").matches())
                .containsExactly(new Match("upgrade", -0.3, true));
        assertThat(ADJUSTMENT.read("dont think its bearish").score()).isEqualTo(0.4, EXACT);
    }

    @Test
    void aNegationReachesThreeTokensWithinItsClause() {
        assertThat(ADJUSTMENT.read("not that they are bullish").matches())
                .containsExactly(new Match("bullish", 0.8, false));
        assertThat(ADJUSTMENT.read("No doubt, bullish").matches())
                .containsExactly(new Match("bullish", 0.8, false));
    }

    @Test
    void spellingsThatSplitAlikeMatchTheSameTerm() {
        assertThat(ADJUSTMENT.read("Sell-off! sell off. SELL OFF").matches())
                .extracting(Match::term)
                .containsExactly("sell-off", "sell-off", "sell-off");
        assertThat(ADJUSTMENT.read("💎🙌🏽").matches())
                .containsExactly(new Match("💎 🙌", 0.5, false));
    }

    @Test
    void hashtagsCountButHandlesCashtagsAndLinksDoNot() {
        assertThat(ADJUSTMENT.read("#bullish").matches())
                .containsExactly(new Match("bullish", 0.8, false));
        assertThat(
                        ADJUSTMENT
                                .read("RT @BullishBob: $BEAR via @bear https://x.co/bullish")
                                .matches())
                .isEmpty();
    }

    @Test
    void withoutFinanceTermsTheModelScoreStands() {
        LexiconReading none = ADJUSTMENT.read("What a lovely afternoon");

        assertThat(none).isEqualTo(new LexiconReading(0, List.of()));
        assertThat(ADJUSTMENT.adjust(-0.37, none)).isEqualTo(-0.37);
    }

    @Test
    void withFinanceTermsTheLexiconWeighsThreeQuarters() {
        LexiconReading bullish = ADJUSTMENT.read("bullish");
        LexiconReading bearishAndDowngraded = ADJUSTMENT.read("bearish after the downgrade");

        // 0.75 * 0.8 + 0.25 * -0.3
        assertThat(ADJUSTMENT.adjust(-0.3, bullish)).isEqualTo(0.525, EXACT);
        // lexicon -0.8 - 0.6 clamped to -1: 0.75 * -1 + 0.25 * -0.9
        assertThat(ADJUSTMENT.adjust(-0.9, bearishAndDowngraded)).isEqualTo(-0.975, EXACT);
        // 0.75 * 1 + 0.25 * 1
        assertThat(ADJUSTMENT.adjust(1, ADJUSTMENT.read("🚀🚀"))).isEqualTo(1.0, EXACT);
    }

    @Test
    void aCustomLexiconReplacesTheBundledOne() {
        FinanceAdjustment custom =
                new FinanceAdjustment(FinanceLexicon.parse("custom", List.of("-1 lawsuit")));

        assertThat(custom.read("lawsuit filed, bullish anyway").matches())
                .containsExactly(new Match("lawsuit", -1, false));
    }
}
