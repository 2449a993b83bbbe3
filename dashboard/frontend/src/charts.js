// The dashboard's chart look, on top of TradingView's lightweight-charts (v5).
import { createChart, CrosshairMode } from 'lightweight-charts';
import { toChartTime } from './format.js';

export const COLORS = {
    text: '#9aa4b2',
    grid: '#1f2630',
    border: '#2a3340',
    up: '#26a69a',
    down: '#ef5350',
    accent: '#4c8dff',
    volumeUp: 'rgba(38, 166, 154, 0.45)',
    volumeDown: 'rgba(239, 83, 80, 0.45)',
};

/** A chart that fills its container and follows its size; times are shown in UTC. */
export function createDashboardChart(container, options = {}) {
    return createChart(container, {
        autoSize: true,
        layout: {
            background: { color: 'transparent' },
            textColor: COLORS.text,
            fontFamily: getComputedStyle(document.body).fontFamily,
            panes: { separatorColor: COLORS.border, enableResize: true },
        },
        grid: {
            vertLines: { color: COLORS.grid },
            horzLines: { color: COLORS.grid },
        },
        rightPriceScale: { borderColor: COLORS.border },
        timeScale: { borderColor: COLORS.border, timeVisible: true, secondsVisible: false },
        crosshair: { mode: CrosshairMode.Normal },
        ...options,
    });
}

/** Gives the chart's panes their share of its height, e.g. [3, 1] for a main pane and one below. */
export function setPaneShares(chart, shares) {
    chart.panes().forEach((pane, index) => pane.setStretchFactor(shares[index] ?? 1));
}

/**
 * Turns API rows (ascending ts) into series data. lightweight-charts needs strictly increasing
 * times; rows within the same second (1 s resolution) would collide, so the last one wins.
 */
export function toSeriesData(rows, toPoint) {
    const data = [];
    for (const row of rows) {
        const point = { time: toChartTime(row.ts), ...toPoint(row) };
        if (data.length && data[data.length - 1].time === point.time) {
            data[data.length - 1] = point;
        } else {
            data.push(point);
        }
    }
    return data;
}

/** Shows or hides a "nothing to show" message over a chart's container. */
export function setChartMessage(container, text) {
    let overlay = container.querySelector('.chart-empty');
    if (!overlay) {
        overlay = document.createElement('div');
        overlay.className = 'chart-empty';
        container.append(overlay);
    }
    overlay.textContent = text ?? '';
    overlay.hidden = !text;
}
