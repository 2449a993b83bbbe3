// One symbol's day: candlesticks with volume, and tweet sentiment beneath. The symbol, resolution
// and day live in the address (?symbol=AAPL&resolution=1m&day=2026-11-20) so a view can be shared.
import { BaselineSeries, CandlestickSeries, HistogramSeries } from 'lightweight-charts';
import { getJson, query } from './api.js';
import { COLORS, createDashboardChart, setChartMessage, setPaneShares, toSeriesData } from './charts.js';
import { byId, el, showStatus } from './dom.js';
import { formatCount, formatPrice, formatRatio } from './format.js';
import { startPage } from './nav.js';

const status = byId('symbol-status');
const symbolInput = byId('symbol-input');
const resolutionSelect = byId('resolution');
const dayPicker = byId('day-picker');
const windowSelect = byId('sentiment-window');

const params = new URLSearchParams(window.location.search);
const view = {
    symbol: (params.get('symbol') ?? '').trim().toUpperCase(),
    resolution: params.get('resolution') === '1s' ? '1s' : '1m',
    day: params.get('day') ?? '',
};

await startPage('symbol');
const priceChart = createPriceChart(byId('price-chart'));
const sentimentChart = createSentimentChart(byId('sentiment-chart'));
const alignSentimentWithPrice = followTimeScale(priceChart.chart, sentimentChart.chart);

// Sentiment points of the shown day, kept to switch windows without asking the server again.
let sentimentPoints = [];

await offerWatchedSymbols();
resolutionSelect.value = view.resolution;
dayPicker.value = view.day;
wireControls();
await showView();

function wireControls() {
    byId('symbol-search').addEventListener('submit', (event) => {
        event.preventDefault();
        const symbol = symbolInput.value.trim().toUpperCase();
        if (symbol) {
            // Another symbol: its latest day, not the day picked for the previous one.
            Object.assign(view, { symbol, day: '' });
            showView();
        }
    });
    resolutionSelect.addEventListener('change', () => {
        view.resolution = resolutionSelect.value;
        showView();
    });
    dayPicker.addEventListener('change', () => {
        view.day = dayPicker.value;
        showView();
    });
    windowSelect.addEventListener('change', () => {
        sentimentChart.show(sentimentPoints, windowSelect.value);
        alignSentimentWithPrice();
    });
}

/** The symbols the user's rules watch: suggestions for the search box, and the default symbol. */
async function offerWatchedSymbols() {
    try {
        const { symbols } = await getJson('/api/symbols');
        byId('symbol-choices').replaceChildren(...symbols.map((symbol) => el('option', { value: symbol })));
        view.symbol ||= symbols[0] ?? '';
    } catch (error) {
        showStatus(status, `Could not load your symbols: ${error.message}`, 'error');
    }
}

async function showView() {
    symbolInput.value = view.symbol;
    byId('symbol-name').textContent = view.symbol || 'Symbols';
    document.title = `${view.symbol || 'Symbols'} · TradeStream`;
    if (!view.symbol) {
        showStatus(status, 'None of your rules watches a symbol yet: type one above, e.g. AAPL.', 'info');
        setChartMessage(byId('price-chart'), 'Pick a symbol');
        return;
    }
    showStatus(status, '');
    const symbolPath = `/api/symbols/${encodeURIComponent(view.symbol)}`;
    try {
        const bars = await getJson(`${symbolPath}/bars${query({ resolution: view.resolution, day: view.day })}`);
        // Sentiment of the day the bars are from, so both charts cover the same hours.
        const sentiment = await getJson(`${symbolPath}/sentiment${query({ day: bars.day ?? view.day })}`);
        dayPicker.value = bars.day ?? view.day;
        sentimentPoints = sentiment.points;
        offerWindows(sentimentPoints);
        sentimentChart.show(sentimentPoints, windowSelect.value);
        // After the sentiment, so that the price chart's range is the one both charts end up showing.
        priceChart.show(bars);
        rememberView();
    } catch (error) {
        showStatus(status, `Could not load ${view.symbol}: ${error.message}`, 'error');
    }
}

function rememberView() {
    const address = `${window.location.pathname}${query({ symbol: view.symbol, resolution: view.resolution, day: view.day })}`;
    window.history.replaceState(null, '', address);
}

/** Fills the window selector, shortest window first; keeps the chosen window when the day has it. */
function offerWindows(points) {
    const windows = [...new Set(points.map((point) => point.windowLength))].sort((a, b) => seconds(a) - seconds(b));
    const chosen = windowSelect.value;
    windowSelect.replaceChildren(...windows.map((window) => el('option', { value: window, text: window })));
    windowSelect.value = windows.includes(chosen) ? chosen : (windows[0] ?? '');
    windowSelect.disabled = windows.length === 0;
}

/** "30s", "15m", "1h" in seconds, to order windows by length. */
function seconds(duration) {
    const match = /^(\d+)([smhd])$/.exec(duration ?? '');
    const unit = { s: 1, m: 60, h: 3600, d: 86400 };
    return match ? Number(match[1]) * unit[match[2]] : Number.MAX_SAFE_INTEGER;
}

/** Candlesticks, with the volume as a histogram along the bottom of the same pane. */
function createPriceChart(container) {
    const chart = createDashboardChart(container, {
        timeScale: { borderColor: COLORS.border, timeVisible: true, secondsVisible: true },
    });
    const candles = chart.addSeries(CandlestickSeries, {
        upColor: COLORS.up,
        downColor: COLORS.down,
        borderVisible: false,
        wickUpColor: COLORS.up,
        wickDownColor: COLORS.down,
    });
    candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.28 } });
    const volume = chart.addSeries(HistogramSeries, {
        priceScaleId: 'volume',
        priceFormat: { type: 'volume' },
        lastValueVisible: false,
        priceLineVisible: false,
    });
    volume.priceScale().applyOptions({ scaleMargins: { top: 0.78, bottom: 0 } });

    const legend = byId('price-legend');
    let newest = null;
    const showLegend = (bar, barVolume) => {
        legend.replaceChildren(
            ...(bar
                ? [
                      ['O', formatPrice(bar.open)],
                      ['H', formatPrice(bar.high)],
                      ['L', formatPrice(bar.low)],
                      ['C', formatPrice(bar.close)],
                      ['Vol', formatCount(barVolume)],
                  ].map(([label, value]) => el('span', {}, `${label} `, el('strong', { text: value })))
                : []),
        );
    };
    chart.subscribeCrosshairMove((param) => {
        if (param.time === undefined) {
            showLegend(newest?.bar, newest?.volume);
        } else {
            showLegend(param.seriesData.get(candles), param.seriesData.get(volume)?.value);
        }
    });

    return {
        chart,
        show({ bars, day, resolution }) {
            candles.setData(toSeriesData(bars, ({ open, high, low, close }) => ({ open, high, low, close })));
            volume.setData(
                toSeriesData(bars, (bar) => ({
                    value: bar.volume,
                    color: bar.close >= bar.open ? COLORS.volumeUp : COLORS.volumeDown,
                })),
            );
            chart.timeScale().fitContent();
            setChartMessage(container, bars.length ? '' : `No bars for this day${day ? ` (${day})` : ''}`);
            byId('bars-info').textContent = bars.length
                ? `${bars.length} ${bars.length === 1 ? 'bar' : 'bars'} at ${resolution}, ${day} UTC`
                : '';
            const last = bars[bars.length - 1];
            newest = last ? { bar: last, volume: last.volume } : null;
            showLegend(newest?.bar, newest?.volume);
        },
    };
}

/** Mean sentiment around zero (green above, red below), and the tweet count in a pane beneath. */
function createSentimentChart(container) {
    const chart = createDashboardChart(container, {
        timeScale: { borderColor: COLORS.border, timeVisible: true, secondsVisible: false },
    });
    const mean = chart.addSeries(BaselineSeries, {
        baseValue: { type: 'price', price: 0 },
        topLineColor: COLORS.up,
        topFillColor1: 'rgba(38, 166, 154, 0.35)',
        topFillColor2: 'rgba(38, 166, 154, 0.02)',
        bottomLineColor: COLORS.down,
        bottomFillColor1: 'rgba(239, 83, 80, 0.02)',
        bottomFillColor2: 'rgba(239, 83, 80, 0.35)',
        lineWidth: 2,
        priceFormat: { type: 'price', precision: 2, minMove: 0.01 },
    });
    const tweets = chart.addSeries(
        HistogramSeries,
        { color: 'rgba(76, 141, 255, 0.5)', priceFormat: { type: 'volume' }, lastValueVisible: false },
        1,
    );
    setPaneShares(chart, [3, 1]);

    return {
        chart,
        show(points, windowLength) {
            const ofWindow = points.filter((point) => point.windowLength === windowLength);
            mean.setData(toSeriesData(ofWindow, (point) => ({ value: point.mean })));
            tweets.setData(toSeriesData(ofWindow, (point) => ({ value: point.tweetCount })));
            chart.timeScale().fitContent();
            setChartMessage(container, ofWindow.length ? '' : 'No sentiment for this day');
            const last = ofWindow[ofWindow.length - 1];
            byId('sentiment-legend').replaceChildren(
                ...(last
                    ? [
                          el('span', {}, 'Mean ', el('strong', { text: formatRatio(last.mean) })),
                          el('span', {}, 'Tweets ', el('strong', { text: formatCount(last.tweetCount) })),
                      ]
                    : []),
            );
        },
    };
}

/**
 * Scrolling or zooming the price chart shows the same hours in the sentiment chart. One way only:
 * the sentiment of a day can span hours without trades, which would squeeze the candles.
 * Returns a function that lines the follower up again (after it got new data).
 */
function followTimeScale(leader, follower) {
    const align = (range = leader.timeScale().getVisibleRange()) => {
        if (!range) {
            return;
        }
        try {
            follower.timeScale().setVisibleRange(range);
        } catch {
            // The follower has no data for this day: nothing to line up.
        }
    };
    leader.timeScale().subscribeVisibleTimeRangeChange(align);
    return align;
}
