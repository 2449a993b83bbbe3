package io.tradestream.rules.expr;

import java.util.HashMap;
import java.util.Map;

/** A market view whose values tests set directly; everything starts unknown (NaN). */
final class FakeMarketView implements MarketView {
    double price = Double.NaN;
    double bid = Double.NaN;
    double ask = Double.NaN;
    private final Map<Long, Double> changeByWindow = new HashMap<>();
    private final Map<Long, Double> sentimentByWindow = new HashMap<>();
    private final Map<Long, Double> tweetCountByWindow = new HashMap<>();
    private final Map<String, Double> barFunctions = new HashMap<>();
    int changePctCalls;

    FakeMarketView quote(double newBid, double newAsk) {
        bid = newBid;
        ask = newAsk;
        return this;
    }

    FakeMarketView change(String window, double percent) {
        changeByWindow.put(millis(window), percent);
        return this;
    }

    FakeMarketView sentiment(String window, double mean, long tweets) {
        sentimentByWindow.put(millis(window), mean);
        tweetCountByWindow.put(millis(window), (double) tweets);
        return this;
    }

    /** Sets e.g. {@code sma(20)} (bars) or {@code bollinger(20,-2.0)} (bars and signed width). */
    FakeMarketView bars(String call, double value) {
        barFunctions.put(call, value);
        return this;
    }

    @Override
    public double price() {
        return price;
    }

    @Override
    public double bid() {
        return bid;
    }

    @Override
    public double ask() {
        return ask;
    }

    @Override
    public double changePct(long windowMillis) {
        changePctCalls++;
        return changeByWindow.getOrDefault(windowMillis, Double.NaN);
    }

    @Override
    public double sentiment(long windowMillis) {
        return sentimentByWindow.getOrDefault(windowMillis, Double.NaN);
    }

    @Override
    public double tweetCount(long windowMillis) {
        return tweetCountByWindow.getOrDefault(windowMillis, 0.0);
    }

    @Override
    public double volume(int bars) {
        return bar("volume(" + bars + ")");
    }

    @Override
    public double vwap(int bars) {
        return bar("vwap(" + bars + ")");
    }

    @Override
    public double sma(int bars) {
        return bar("sma(" + bars + ")");
    }

    @Override
    public double ema(int bars) {
        return bar("ema(" + bars + ")");
    }

    @Override
    public double rsi(int periods) {
        return bar("rsi(" + periods + ")");
    }

    @Override
    public double bollinger(int bars, double k) {
        return bar("bollinger(" + bars + "," + k + ")");
    }

    @Override
    public double volatility(int returns) {
        return bar("volatility(" + returns + ")");
    }

    private double bar(String call) {
        return barFunctions.getOrDefault(call, Double.NaN);
    }

    /** {@code 5m} in milliseconds, parsed independently of the code under test. */
    static long millis(String window) {
        long amount = Long.parseLong(window.substring(0, window.length() - 1));
        return switch (window.charAt(window.length() - 1)) {
            case 's' -> amount * 1_000;
            case 'm' -> amount * 60_000;
            case 'h' -> amount * 3_600_000;
            case 'd' -> amount * 86_400_000;
            default -> throw new IllegalArgumentException(window);
        };
    }
}
