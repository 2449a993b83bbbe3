// Small helpers for building DOM nodes without innerHTML, so text from the API is never parsed as HTML.

/**
 * Creates an element. props: className, dataset, text, and any attribute or event
 * handler (keys starting with "on", e.g. onclick). children: nodes or strings (null skipped).
 */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (key === 'className') {
            node.className = value;
        } else if (key === 'dataset') {
            Object.assign(node.dataset, value);
        } else if (key === 'text') {
            node.textContent = value;
        } else if (key.startsWith('on')) {
            node.addEventListener(key.slice(2), value);
        } else {
            node.setAttribute(key, value === true ? '' : value);
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined) {
            node.append(child);
        }
    }
    return node;
}

export function byId(id) {
    return document.getElementById(id);
}

/** Shows a message in a status element; kind is "error", "ok", "info" or "" (hidden when empty). */
export function showStatus(node, text, kind = 'info') {
    node.textContent = text ?? '';
    node.className = `status ${text ? `status-${kind}` : ''}`.trim();
    node.hidden = !text;
}

/** A table row saying there is nothing to show, spanning the table's columns. */
export function emptyRow(columns, text) {
    return el('tr', { className: 'empty' }, el('td', { colspan: columns, text }));
}

/** A link to the symbol page, used wherever a symbol is shown. */
export function symbolLink(symbol) {
    return el('a', { className: 'symbol', href: `/symbol.html?symbol=${encodeURIComponent(symbol)}`, text: symbol });
}
