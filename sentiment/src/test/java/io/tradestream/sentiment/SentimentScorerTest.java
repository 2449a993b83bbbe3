package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScorerTest {
    private static final SentimentScorer SCORER = new SentimentScorer();

    @Test
    void aClearlyPositiveSentenceScoresPositive() {
        TweetSentiment sentiment =
                SCORER.score("What a wonderful, beautiful day. I love this brilliant team!");

        assertThat(sentiment.modelScore()).isGreaterThan(0.3);
        assertThat(sentiment.financeTerms()).isZero();
        assertThat(sentiment.score()).isEqualTo(sentiment.modelScore());
    }

    @Test
    void aClearlyNegativeSentenceScoresNegative() {
        TweetSentiment sentiment =
                SCORER.score("This is the worst, most boring and stupid thing I have ever seen.");

        assertThat(sentiment.modelScore()).isLessThan(-0.3);
        assertThat(sentiment.score()).isEqualTo(sentiment.modelScore());
    }

    @Test
    void theFinanceAdjustmentCorrectsWhatTheModelMisreads() {
        TweetSentiment sentiment = SCORER.score("$AAPL crushed earnings, to the moon 🚀");

        assertThat(sentiment.modelScore()).isLessThan(0.2);
        assertThat(sentiment.financeTerms()).isEqualTo(3);
        assertThat(sentiment.lexiconScore()).isEqualTo(1.0);
        assertThat(sentiment.score())
                .isEqualTo(0.75 + 0.25 * sentiment.modelScore(), within(1e-12))
                .isGreaterThan(0.7);
    }

    @Test
    void theModelScoreIsTheExpectedValueOfItsClassProbabilities() {
        TweetSentiment sentiment = SCORER.score("Shares of the retailer slipped after the report");
        SentimentClasses p = sentiment.modelClasses();

        assertThat(p.veryNegative() + p.negative() + p.neutral() + p.positive() + p.veryPositive())
                .isEqualTo(1.0, within(1e-6));
        assertThat(sentiment.modelScore()).isEqualTo(p.score());
    }

    @Test
    void aTweetWithNoWordsIsNeutralToTheModelAndReadByTheLexicon() {
        TweetSentiment linkOnly = SCORER.score("https://t.co/abc");
        TweetSentiment rockets = SCORER.score("@bob 🚀🚀");

        assertThat(linkOnly)
                .isEqualTo(
                        new TweetSentiment(0, 0, SentimentClasses.CERTAINLY_NEUTRAL, 0, 0, false));
        // lexicon 0.6 + 0.6 clamped to 1; 0.75 * 1 + 0.25 * 0
        assertThat(rockets)
                .isEqualTo(
                        new TweetSentiment(
                                0.75, 0, SentimentClasses.CERTAINLY_NEUTRAL, 1, 2, false));
    }

    @Test
    void theWholeTweetIsReadAsOneSentence() {
        TweetSentiment firstSentence = SCORER.score("This is terrible.");
        TweetSentiment both = SCORER.score("This is terrible. I love it, wonderful and brilliant!");

        assertThat(both.modelScore()).isGreaterThan(firstSentence.modelScore());
    }

    @Test
    void theModelReadsOnlyTheFirstMaxTokensOfALongText() {
        String first80Tokens = "good day ".repeat(SentimentScorer.MAX_TOKENS / 2).strip();
        String longer = first80Tokens + " and then a terrible , awful , horrible disaster";

        TweetSentiment cut = SCORER.score(longer);
        TweetSentiment whole = SCORER.score(first80Tokens);

        assertThat(whole.truncated()).isFalse();
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.modelClasses()).isEqualTo(whole.modelClasses());
    }

    @Test
    void oddTextIsScoredWithoutFailing() {
        List<String> odd =
                List.of(
                        "",
                        "   ",
                        "!!!???...",
                        "\uD83D broken surrogate \uDE80",
                        "control\u0000chars\u0007here",
                        "日本の株式市場は上昇した",
                        "$AAPL $MSFT $NVDA",
                        "word ".repeat(5_000));

        for (String text : odd) {
            TweetSentiment sentiment = SCORER.score(text);
            assertThat(sentiment.score()).as(text).isBetween(-1.0, 1.0);
            assertThat(sentiment.modelScore()).as(text).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void theSameTextAlwaysScoresTheSame() {
        String tweet = "RT @desk: $NVDA guidance cut, shares fall 8% https://t.co/q";

        assertThat(SCORER.score(tweet)).isEqualTo(SCORER.score(tweet));
    }

    @Test
    void scorersShareTheLoadedModels() {
        long start = System.nanoTime();
        SentimentScorer another = new SentimentScorer();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("creating a second scorer, ms").isLessThan(1_000);
        assertThat(another.score("I love it")).isEqualTo(SCORER.score("I love it"));
    }
}
