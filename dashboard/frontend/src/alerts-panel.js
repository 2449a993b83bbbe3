// The live alerts list: the latest stored alerts, then every new one from the server-sent event
// stream, newest on top. Alerts have deterministic ids, so one that arrives both ways is shown once.
import { getJson, loadSession } from './api.js';
import { el, symbolLink } from './dom.js';
import { formatDateTime, formatPrice, formatTime } from './format.js';

const MAX_SHOWN = 200;
// The browser retries a dropped connection itself, but not one the server refused (e.g. 401).
const RECONNECT_AFTER_MS = 10_000;

export function startAlertsPanel(list, indicator) {
    const shown = new Set();

    const add = (alert, fresh) => {
        if (shown.has(alert.id)) {
            return;
        }
        shown.add(alert.id);
        list.querySelector('.alert-empty')?.remove();
        const item = alertItem(alert, fresh);
        // Keep newest first even when stored alerts arrive after live ones.
        const later = [...list.children].find((other) => Number(other.dataset.ts) < Number(item.dataset.ts));
        list.insertBefore(item, later ?? null);
        while (list.children.length > MAX_SHOWN) {
            list.lastElementChild.remove();
        }
    };

    const loadStored = async () => {
        try {
            const { alerts } = await getJson('/api/alerts');
            alerts.forEach((alert) => add(alert, false));
            if (!list.children.length) {
                list.append(
                    el('li', {
                        className: 'alert-empty',
                        text: 'No alerts yet. They appear here the moment a rule fires.',
                    }),
                );
            }
        } catch (error) {
            list.prepend(
                el('li', { className: 'alert-empty', text: `Could not load earlier alerts: ${error.message}` }),
            );
        }
    };

    const connect = () => {
        const stream = new EventSource('/api/alerts/stream');
        stream.addEventListener('open', () => {
            setIndicator(indicator, 'connected', 'live');
            // Fills in whatever fired while the stream was down (or before it opened).
            loadStored();
        });
        stream.addEventListener('alert', (event) => add(JSON.parse(event.data), true));
        stream.addEventListener('error', () => {
            if (stream.readyState === EventSource.CLOSED) {
                setIndicator(indicator, 'disconnected', 'offline');
                // loadSession goes to the sign-in page if the session expired.
                setTimeout(
                    () => loadSession().then(connect, () => setTimeout(connect, RECONNECT_AFTER_MS)),
                    RECONNECT_AFTER_MS,
                );
            } else {
                setIndicator(indicator, 'disconnected', 'reconnecting');
            }
        });
    };

    connect();
}

function setIndicator(indicator, state, text) {
    indicator.className = `live ${state}`;
    indicator.querySelector('#live-text').textContent = text;
}

function alertItem(alert, fresh) {
    const tsMillis = new Date(alert.ts).getTime();
    return el(
        'li',
        {
            className: fresh ? 'alert-item fresh' : 'alert-item',
            dataset: { ruleId: alert.ruleId, symbol: alert.symbol, ts: String(tsMillis), alertId: alert.id },
        },
        el(
            'div',
            { className: 'alert-meta' },
            symbolLink(alert.symbol),
            el('span', { text: `@ ${formatPrice(alert.price)}` }),
            el('span', { text: alert.ruleId }),
            el('time', {
                datetime: new Date(tsMillis).toISOString(),
                title: formatDateTime(tsMillis),
                text: formatTime(tsMillis),
            }),
        ),
        // The message already names the condition; the tooltip keeps the rule's exact text.
        el('div', { className: 'alert-message', title: alert.condition ?? '', text: alert.message }),
    );
}
