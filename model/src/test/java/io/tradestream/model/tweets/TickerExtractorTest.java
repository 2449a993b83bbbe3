package io.tradestream.model.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickerExtractorTest {
    private final TickerExtractor extractor = new TickerExtractor(KeywordDictionary.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$AAPL to the moon | AAPL",
                "bought $brk.b and $TSLA. | BRK.B,TSLA",
                "($NVDA), $AMD! | NVDA,AMD",
                "ends with $MSFT | MSFT",
                "paid $250 for $1.5B of nothing | ''",
                "$$AAPL a$AAPL $AAPL1 $TOOLONG | ''",
                "Apple and Texas Instruments beat | AAPL,TXN",
                "Apple's margins vs $AAPL puts | AAPL",
                "Metadata is not a company, meta platforms is | META",
                "GOOGLE, alphabet and $GOOGL | GOOGL",
                "nothing to see here | ''",
            })
    void findsCashtagsAndCompanyNamesInOrderOnce(String text, String expected) {
        List<String> tickers = extractor.extract(text);

        assertThat(String.join(",", tickers)).isEqualTo(expected);
    }

    @Test
    void keepsTheFirstTenTickersOfASpamTweet() {
        String spam = "$AA $BB $CC $DD $EE $FF $GG $HH $II $JJ $KK $LL";

        assertThat(extractor.extract(spam))
                .containsExactly("AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH", "II", "JJ");
    }

    @Test
    void runtimeChangesAddAndRemoveKeywords() {
        KeywordDictionary changed =
                KeywordDictionary.defaults()
                        .withChanges(
                                List.of(
                                        new KeywordChange(
                                                "cupertino", new String[] {"AAPL"}, 1, false),
                                        new KeywordChange("meta", new String[0], 1, true),
                                        new KeywordChange("at & t", new String[] {"T"}, 1, false)));
        TickerExtractor withChanges = new TickerExtractor(changed);

        assertThat(withChanges.extract("Cupertino, Meta and AT&T")).containsExactly("AAPL", "T");
        assertThat(extractor.extract("Cupertino, Meta and AT&T")).containsExactly("META");
    }

    @Test
    void keywordsAreNormalizedToTheirWords() {
        assertThat(KeywordDictionary.normalize("  Texas   INSTRUMENTS "))
                .isEqualTo("texas instruments");
        assertThat(KeywordDictionary.normalize("AT&T")).isEqualTo("at & t");
        assertThat(KeywordDictionary.isValidKeyword("x")).isFalse();
        assertThat(KeywordDictionary.isValidKeyword("a b c d e f g")).isFalse();
        assertThat(KeywordDictionary.defaults().entries())
                .containsEntry("apple", List.of("AAPL"))
                .containsEntry("lam research", List.of("LRCX"));
    }
}
