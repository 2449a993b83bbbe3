package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FinanceLexiconTest {
    private static final FinanceLexicon LEXICON =
            FinanceLexicon.parse(
                    "test",
                    List.of(
                            "# comment",
                            "",
                            "-0.6 crushed",
                            "+0.8 crushed earnings",
                            "  0.5   to the   Moon  "));

    @Test
    void theLongestTermStartingAtATokenMatches() {
        List<String> tokens = List.of("crushed", "earnings", "to", "the", "moon");

        assertThat(LEXICON.longestMatchAt(tokens, 0))
                .contains(
                        new FinanceLexicon.Term(
                                "crushed earnings", List.of("crushed", "earnings"), 0.8));
        assertThat(LEXICON.longestMatchAt(tokens.subList(0, 1), 0))
                .contains(new FinanceLexicon.Term("crushed", List.of("crushed"), -0.6));
        assertThat(LEXICON.longestMatchAt(tokens, 2))
                .contains(
                        new FinanceLexicon.Term(
                                "to the   Moon", List.of("to", "the", "moon"), 0.5));
        assertThat(LEXICON.longestMatchAt(tokens, 1)).isEmpty();
    }

    @Test
    void aWeightOutsideTheRangeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> FinanceLexicon.parse("lex.txt", List.of("# c", "1.5 moon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lex.txt line 2: weight 1.5 is outside [-1, 1]");
    }

    @Test
    void malformedLinesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> FinanceLexicon.parse("lex.txt", List.of("bullish 0.8")))
                .hasMessage("lex.txt line 1: weight 'bullish' is not a number");
        assertThatThrownBy(() -> FinanceLexicon.parse("lex.txt", List.of("0.8")))
                .hasMessage("lex.txt line 1: expected a weight and a term");
        assertThatThrownBy(() -> FinanceLexicon.parse("lex.txt", List.of("0.8 beat, raise")))
                .hasMessage(
                        "lex.txt line 1: 'beat, raise' has no words or crosses a clause"
                                + " boundary");
    }

    @Test
    void aTermListedTwiceIsRefused() {
        assertThatThrownBy(
                        () ->
                                FinanceLexicon.parse(
                                        "lex.txt", List.of("-0.6 sell-off", "-0.5 sell off")))
                .hasMessage("lex.txt line 2: 'sell off' is listed twice");
    }

    @Test
    void theBundledLexiconLoadsOnce() {
        assertThat(FinanceLexicon.bundled()).isSameAs(FinanceLexicon.bundled());
        assertThat(FinanceLexicon.bundled().longestMatchAt(List.of("bullish"), 0))
                .contains(new FinanceLexicon.Term("bullish", List.of("bullish"), 0.8));
    }
}
