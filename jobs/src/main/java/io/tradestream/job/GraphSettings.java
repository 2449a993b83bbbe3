package io.tradestream.job;

import io.tradestream.model.indicators.IndicatorSettings;
import java.time.Duration;

/**
 * What shapes the job graph's computations, as opposed to where data comes from and goes to.
 *
 * @param sentimentWindows the sliding windows of {@code sentiment_by_symbol}
 * @param indicators the periods of the indicators computed over bars
 * @param maxRulesPerUser how many rules, active or paused, one user may hold
 * @param initialCash the starting equity of each strategy and of each user's portfolio
 * @param pnlSnapshotInterval how often, in event time, a point of the P&L history is written
 * @param sentimentPublicationDelay how long after its end a minute of sentiment reaches the rules:
 *     long enough for the tweets' watermark (out-of-orderness plus idleness) never to hold back the
 *     market's
 */
public record GraphSettings(
        SentimentWindows sentimentWindows,
        IndicatorSettings indicators,
        int maxRulesPerUser,
        double initialCash,
        Duration pnlSnapshotInterval,
        Duration sentimentPublicationDelay) {

    public static GraphSettings from(JobSettings settings) {
        return new GraphSettings(
                SentimentWindows.from(settings),
                IndicatorSettings.defaults(),
                settings.integer("rules.max-per-user"),
                settings.decimal("portfolio.initial-cash"),
                settings.duration("pnl.snapshot-interval"),
                settings.duration("sentiment.publication-delay"));
    }
}
