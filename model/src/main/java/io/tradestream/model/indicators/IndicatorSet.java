package io.tradestream.model.indicators;

import io.tradestream.model.bars.Bar;

/**
 * Every indicator of one symbol at one resolution, fed that series' bars in order.
 *
 * <p>Indicators run over the last n bars, not the last n intervals: bars exist only for intervals
 * with trades, so a quiet symbol's 20 bars may span more than 20 seconds or minutes, as on charts
 * built from trades.
 *
 * <p>Flink keyed state, so a POJO of POJOs: public fields and a public no-argument constructor.
 */
public final class IndicatorSet {
    /** Start of the last bar applied, so that a bar is never applied twice. */
    public long lastBarStart = Long.MIN_VALUE;

    public Sma sma;
    public Ema ema;
    public Rsi rsi;
    public Bollinger bollinger;
    public Volatility volatility;
    public ChangePct change;
    public RelativeVolume relativeVolume;

    /** For the state serializer only. */
    public IndicatorSet() {}

    public IndicatorSet(IndicatorSettings settings) {
        sma = new Sma(settings.smaBars());
        ema = new Ema(settings.emaBars());
        rsi = new Rsi(settings.rsiChanges());
        bollinger = new Bollinger(settings.bollingerBars(), settings.bollingerK());
        volatility = new Volatility(settings.volatilityReturns());
        change = new ChangePct(settings.changeBars());
        relativeVolume = new RelativeVolume(settings.volumeBars());
    }

    /** Whether {@code bar} comes after every bar applied so far. */
    public boolean follows(Bar bar) {
        return bar.start() > lastBarStart;
    }

    /**
     * Applies the next bar and returns the indicators as of it.
     *
     * @throws IllegalArgumentException if the bar does not {@link #follows follow} the last one
     */
    public Indicators update(Bar bar) {
        if (!follows(bar)) {
            throw new IllegalArgumentException(
                    "bar at " + bar.start() + " does not follow the bar at " + lastBarStart);
        }
        lastBarStart = bar.start();
        double close = bar.close();
        bollinger.update(close);
        return new Indicators(
                sma.update(close),
                ema.update(close),
                rsi.update(close),
                bollinger.upper(),
                bollinger.middle(),
                bollinger.lower(),
                volatility.update(close),
                change.update(close),
                relativeVolume.update(bar.volume()));
    }
}
