// How numbers, money and times are shown across the pages.

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const price = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

/** A dash stands for values the API reports as null (e.g. Sharpe before two returns). */
const DASH = '–';

export const formatMoney = (value) => (isNumber(value) ? money.format(value) : DASH);
export const formatPrice = (value) => (isNumber(value) ? price.format(value) : DASH);
export const formatCount = (value) => (isNumber(value) ? whole.format(value) : DASH);
export const formatRatio = (value) => (isNumber(value) ? twoDecimals.format(value) : DASH);

/** A signed amount: "+1,234.50" or "-12.00". */
export function formatSignedMoney(value) {
    if (!isNumber(value)) {
        return DASH;
    }
    return `${value > 0 ? '+' : ''}${money.format(value)}`;
}

/** A value already in percent (2.5 means 2.5 %). */
export const formatPercent = (value) => (isNumber(value) ? `${twoDecimals.format(value)} %` : DASH);

/** A fraction (0.25 means 25 %). */
export const formatFraction = (value) => formatPercent(isNumber(value) ? value * 100 : null);

/** The CSS class colouring a profit green and a loss red. */
export function pnlClass(value) {
    if (!isNumber(value) || value === 0) {
        return '';
    }
    return value > 0 ? 'gain' : 'loss';
}

/** "14:31:05" in UTC, the time zone every timestamp of the API is in. */
export function formatTime(isoOrMillis) {
    const date = new Date(isoOrMillis);
    return Number.isNaN(date.getTime()) ? DASH : date.toISOString().slice(11, 19);
}

/** "2026-11-20 14:31 UTC". */
export function formatDateTime(isoOrMillis) {
    const date = new Date(isoOrMillis);
    return Number.isNaN(date.getTime()) ? DASH : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** lightweight-charts wants UTC seconds. */
export function toChartTime(isoOrMillis) {
    return Math.floor(new Date(isoOrMillis).getTime() / 1000);
}
