package io.tradestream.job;

import io.tradestream.model.indicators.IndicatorSettings;

/**
 * What shapes the job graph's computations, as opposed to where data comes from and goes to.
 *
 * @param sentimentWindows the sliding windows of {@code sentiment_by_symbol}
 * @param indicators the periods of the indicators computed over bars
 */
public record GraphSettings(SentimentWindows sentimentWindows, IndicatorSettings indicators) {

    public static GraphSettings from(JobSettings settings) {
        return new GraphSettings(SentimentWindows.from(settings), IndicatorSettings.defaults());
    }
}
