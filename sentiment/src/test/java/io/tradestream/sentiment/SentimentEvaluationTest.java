package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.sentiment.LabelledTweets.LabelledTweet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model alone against the model with the finance adjustment, on the labelled finance tweets.
 * The lexicon was tuned on the development half only; the held-out half measures what the
 * adjustment is worth on tweets it was not tuned for.
 */
class SentimentEvaluationTest {
    private static final SentimentScorer SCORER = new SentimentScorer();

    @Test
    void theFinanceAdjustmentIsMoreAccurateThanTheModelOnHeldOutTweets() {
        Evaluation[] development = evaluate(LabelledTweets.developmentHalf());
        Evaluation[] heldOut = evaluate(LabelledTweets.heldOutHalf());

        System.out.println(
                "Neutral band |score| < "
                        + SentimentLabel.NEUTRAL_BAND
                        + "\n"
                        + development[0].report("development, model")
                        + development[1].report("development, adjusted")
                        + heldOut[0].report("held-out, model")
                        + heldOut[1].report("held-out, adjusted"));
        assertThat(heldOut[1].accuracy()).isGreaterThan(heldOut[0].accuracy());
        assertThat(heldOut[1].macroF1()).isGreaterThan(heldOut[0].macroF1());
    }

    /** The evaluation of the model's score and of the adjusted score, in this order. */
    private static Evaluation[] evaluate(List<LabelledTweet> tweets) {
        Evaluation model = new Evaluation();
        Evaluation adjusted = new Evaluation();
        for (LabelledTweet tweet : tweets) {
            TweetSentiment sentiment = SCORER.score(tweet.text());
            model.add(tweet.label(), SentimentLabel.of(sentiment.modelScore()));
            adjusted.add(tweet.label(), SentimentLabel.of(sentiment.score()));
        }
        return new Evaluation[] {model, adjusted};
    }
}
