// Overview: the portfolio's equity curve and drawdown, strategy statistics, open positions,
// the day's fills and the live alerts.
import { AreaSeries } from 'lightweight-charts';
import { getJson, query } from './api.js';
import { startAlertsPanel } from './alerts-panel.js';
import { COLORS, createDashboardChart, setChartMessage, setPaneShares, toSeriesData } from './charts.js';
import { byId, el, emptyRow, showStatus, symbolLink } from './dom.js';
import {
    formatCount,
    formatDateTime,
    formatFraction,
    formatMoney,
    formatPercent,
    formatPrice,
    formatRatio,
    formatSignedMoney,
    formatTime,
    pnlClass,
} from './format.js';
import { startPage } from './nav.js';

const ALL_STRATEGIES = '*';
const POSITIONS_REFRESH_MS = 10_000;
const PNL_REFRESH_MS = 60_000;

const status = byId('overview-status');
const dayPicker = byId('day-picker');
const strategySelect = byId('strategy-select');

await startPage('overview');
startAlertsPanel(byId('live-alerts'), byId('live-indicator'));

const equityChart = createEquityChart(byId('equity-chart'));
// The day the API picked when none was asked for: the latest with data. Only that day keeps moving.
let latestDay = null;

await loadDay(null);
await refreshPositions();
setInterval(refreshPositions, POSITIONS_REFRESH_MS);
setInterval(() => {
    if (!dayPicker.value || dayPicker.value === latestDay) {
        loadDay(dayPicker.value || null);
    }
}, PNL_REFRESH_MS);

dayPicker.addEventListener('change', () => loadDay(dayPicker.value || null));
strategySelect.addEventListener('change', () => loadDay(dayPicker.value || null));

async function loadDay(day) {
    showStatus(status, '');
    try {
        const pnl = await getJson(`/api/pnl${query({ day, strategy: strategySelect.value })}`);
        // The fills of the day the curve shows, rather than the latest day that had fills.
        const fills = await getJson(`/api/fills${query({ day: day ?? pnl.day })}`);
        if (!day) {
            latestDay = pnl.day;
        }
        dayPicker.value = pnl.day ?? '';
        if (!pnl.day) {
            showStatus(
                status,
                'No portfolio history in the last 31 days yet: create a strategy on the Rules page and it appears here once it trades.',
                'info',
            );
        }
        equityChart.show(pnl.points, pnl.day);
        renderStrategies(pnl.strategies);
        renderFills(fills);
    } catch (error) {
        showStatus(status, `Could not load the portfolio: ${error.message}`, 'error');
    }
}

async function refreshPositions() {
    try {
        renderPositions(await getJson('/api/positions'));
    } catch (error) {
        showStatus(status, `Could not load positions: ${error.message}`, 'error');
    }
}

/** Equity on top, the drawdown from the peak (drawn below zero) in a pane beneath. */
function createEquityChart(container) {
    const chart = createDashboardChart(container);
    const equity = chart.addSeries(AreaSeries, {
        lineColor: COLORS.accent,
        topColor: 'rgba(76, 141, 255, 0.35)',
        bottomColor: 'rgba(76, 141, 255, 0.02)',
        lineWidth: 2,
        priceFormat: { type: 'price', precision: 2, minMove: 0.01 },
    });
    const drawdown = chart.addSeries(
        AreaSeries,
        {
            lineColor: COLORS.down,
            topColor: 'rgba(239, 83, 80, 0.05)',
            bottomColor: 'rgba(239, 83, 80, 0.4)',
            invertFilledArea: true,
            lineWidth: 1,
            priceFormat: { type: 'price', precision: 2, minMove: 0.01 },
        },
        1,
    );
    setPaneShares(chart, [3, 1]);

    const legend = byId('equity-legend');
    const showLegend = (equityValue, drawdownValue) => {
        legend.replaceChildren(
            el('span', {}, 'Equity ', el('strong', { text: formatMoney(equityValue) })),
            el('span', {}, 'Drawdown ', el('strong', { className: 'loss', text: formatMoney(drawdownValue) })),
        );
    };
    let last = {};
    chart.subscribeCrosshairMove((param) => {
        const hovered = param.time !== undefined;
        showLegend(
            hovered ? param.seriesData.get(equity)?.value : last.equity,
            hovered ? param.seriesData.get(drawdown)?.value : last.drawdown,
        );
    });

    return {
        show(points, day) {
            equity.setData(toSeriesData(points, (point) => ({ value: point.equity })));
            drawdown.setData(toSeriesData(points, (point) => ({ value: belowZero(point.drawdown) })));
            chart.timeScale().fitContent();
            setChartMessage(container, points.length ? '' : day ? `No P&L history on ${day}` : 'No P&L history yet');
            const newest = points[points.length - 1];
            last = { equity: newest?.equity, drawdown: newest ? belowZero(newest.drawdown) : undefined };
            showLegend(last.equity, last.drawdown);
        },
    };
}

function renderStrategies(strategies) {
    // The whole portfolio first, then the strategies by name.
    const sorted = [...strategies].sort((a, b) =>
        a.strategyId === ALL_STRATEGIES
            ? -1
            : b.strategyId === ALL_STRATEGIES
              ? 1
              : a.strategyId.localeCompare(b.strategyId),
    );
    const rows = sorted.map((s) =>
        el(
            'tr',
            { dataset: { strategyId: s.strategyId } },
            el('td', {}, s.strategyId === ALL_STRATEGIES ? el('strong', { text: 'All strategies' }) : s.strategyId),
            el('td', { className: 'num', text: formatCount(s.trades) }),
            el('td', { className: 'num', text: formatFraction(s.winRate) }),
            el('td', { className: 'num', text: formatRatio(s.sharpe) }),
            el('td', { className: 'num loss', text: formatPercent(s.maxDrawdownPct) }),
            el('td', { className: 'num', text: formatMoney(s.equity) }),
            el('td', { className: `num ${pnlClass(s.realizedPnl)}`, text: formatSignedMoney(s.realizedPnl) }),
            el('td', { className: `num ${pnlClass(s.unrealizedPnl)}`, text: formatSignedMoney(s.unrealizedPnl) }),
            el('td', { className: 'num', text: formatMoney(s.fees) }),
            el('td', { className: 'num', text: formatCount(s.openPositions) }),
        ),
    );
    byId('strategies-table').tBodies[0].replaceChildren(
        ...(rows.length ? rows : [emptyRow(10, 'No strategy has traded on this day.')]),
    );
    const newest = sorted
        .map((s) => s.ts)
        .sort()
        .at(-1);
    byId('strategies-time').textContent = newest ? `as of ${formatDateTime(newest)}` : '';
    updateStrategyChoices(sorted.map((s) => s.strategyId).filter((id) => id !== ALL_STRATEGIES));
}

/** Lets the curve show one strategy; keeps the current choice even on a day it did not trade. */
function updateStrategyChoices(strategyIds) {
    const chosen = strategySelect.value;
    const ids = new Set(strategyIds);
    if (chosen !== ALL_STRATEGIES) {
        ids.add(chosen);
    }
    strategySelect.replaceChildren(
        el('option', { value: ALL_STRATEGIES, text: 'All strategies' }),
        ...[...ids].sort().map((id) => el('option', { value: id, text: id })),
    );
    strategySelect.value = chosen;
}

function renderPositions(positions) {
    const open = positions
        .filter((p) => p.quantity !== 0)
        .sort((a, b) => a.symbol.localeCompare(b.symbol) || a.strategyId.localeCompare(b.strategyId));
    const rows = open.map((p) =>
        el(
            'tr',
            { dataset: { symbol: p.symbol, strategyId: p.strategyId } },
            el('td', {}, symbolLink(p.symbol)),
            el('td', { text: p.strategyId }),
            el('td', { className: `num ${p.quantity > 0 ? 'side-buy' : 'side-sell'}`, text: formatCount(p.quantity) }),
            el('td', { className: 'num', text: formatPrice(p.averageCost) }),
            el('td', { className: 'num', text: formatPrice(p.marketPrice) }),
            el('td', { className: `num ${pnlClass(p.unrealizedPnl)}`, text: formatSignedMoney(p.unrealizedPnl) }),
            el('td', { className: `num ${pnlClass(p.realizedPnl)}`, text: formatSignedMoney(p.realizedPnl) }),
            el('td', { className: 'muted', text: p.markedAt ? formatDateTime(p.markedAt) : '–' }),
        ),
    );
    byId('positions-table').tBodies[0].replaceChildren(...(rows.length ? rows : [emptyRow(8, 'No open positions.')]));
}

function renderFills({ day, fills }) {
    byId('fills-day').textContent = day ?? '';
    const rows = fills.map((f) =>
        el(
            'tr',
            { dataset: { fillId: f.fillId } },
            el('td', { title: formatDateTime(f.ts), text: formatTime(f.ts) }),
            el('td', { text: f.strategyId }),
            el('td', {}, symbolLink(f.symbol)),
            el('td', { className: f.side === 'buy' ? 'side-buy' : 'side-sell', text: f.side }),
            el('td', { className: 'num', text: formatCount(f.quantity) }),
            el('td', { className: 'num', text: formatPrice(f.price) }),
            el('td', { text: f.orderType }),
            el('td', { text: f.reason }),
            el('td', { className: 'num', text: formatMoney(f.commission) }),
            el('td', { className: `num ${pnlClass(f.realizedPnl)}`, text: formatSignedMoney(f.realizedPnl) }),
            el('td', { className: 'num', text: formatCount(f.positionAfter) }),
        ),
    );
    byId('fills-table').tBodies[0].replaceChildren(...(rows.length ? rows : [emptyRow(11, 'No fills on this day.')]));
}

/** The API reports a drawdown as a positive amount below the peak; the chart draws it below zero. */
function belowZero(drawdown) {
    return 0 - Math.abs(drawdown ?? 0);
}
