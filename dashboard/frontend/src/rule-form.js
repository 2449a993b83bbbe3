// The rule editor's form: reads a rule body (the README's rule JSON without owner, version and
// action) from the inputs, fills the inputs from a stored rule, shows only the fields of the
// chosen kind and order type, and marks where a validation error is.
import { byId, el, showStatus } from './dom.js';

/** Inputs by the rule field an API error names (either "order.qty" or just "qty"). */
const FIELD_INPUTS = {
    id: 'rule-id',
    kind: 'rule-kind',
    symbols: 'rule-symbols',
    when: 'rule-when',
    frequency: 'rule-frequency',
    cooldown: 'rule-cooldown',
    threshold_pct: 'watch-threshold-pct',
    window: 'watch-window',
    side: 'order-side',
    qty: 'order-qty',
    type: 'order-type',
    limit_pct: 'order-limit-pct',
    stop_pct: 'order-stop-pct',
    trail_pct: 'order-trail-pct',
    tif: 'order-tif',
    stop_loss_pct: 'exit-stop-loss-pct',
    take_profit_pct: 'exit-take-profit-pct',
    max_holding: 'exit-max-holding',
    allow_short: 'allow-short',
};

/** Fields the server sets itself and that a rule body must not carry. */
const SERVER_FIELDS = ['owner', 'version', 'action'];
/** Order fields of a stored rule the form has no input for but keeps when the order type uses them. */
const ABSOLUTE_PRICES = { limit: ['limit', 'stop_limit'], stop: ['stop', 'stop_limit'] };
const DEFAULT_FREQUENCY = 'every_time';

export class RuleForm {
    constructor(form) {
        this.form = form;
        // The stored definition being edited, so fields without an input (e.g. costs) survive a save.
        this.original = null;
        form.addEventListener('change', () => this.showRelevantFields());
        this.showRelevantFields();
    }

    get editing() {
        return this.original !== null;
    }

    /** Empties the form for a new rule. */
    reset() {
        this.original = null;
        this.form.reset();
        byId('rule-id').readOnly = false;
        this.clearError();
        this.showRelevantFields();
    }

    /** Fills the form from a rule's stored definition and locks its id. */
    edit(definition) {
        this.reset();
        this.original = definition;
        const order = definition.order ?? {};
        const exit = definition.exit ?? {};
        const values = {
            'rule-kind': definition.kind ?? 'alert',
            'rule-id': definition.id,
            'rule-symbols': (definition.symbols ?? []).join(', '),
            'rule-when': definition.when,
            'rule-frequency': definition.frequency ?? DEFAULT_FREQUENCY,
            'rule-cooldown': definition.cooldown,
            'watch-threshold-pct': definition.threshold_pct,
            'watch-window': definition.window,
            'order-side': order.side ?? 'buy',
            'order-qty': order.qty,
            'order-type': order.type ?? 'market',
            'order-limit-pct': order.limit_pct,
            'order-stop-pct': order.stop_pct,
            'order-trail-pct': order.trail_pct,
            'order-tif': order.tif ?? 'gtc',
            'exit-stop-loss-pct': exit.stop_loss_pct,
            'exit-take-profit-pct': exit.take_profit_pct,
            'exit-max-holding': exit.max_holding,
        };
        for (const [id, value] of Object.entries(values)) {
            byId(id).value = value ?? '';
        }
        byId('allow-short').checked = definition.allow_short === true;
        byId('rule-id').readOnly = true;
        this.showRelevantFields();
    }

    /** The rule body the inputs describe. */
    read() {
        const kind = byId('rule-kind').value;
        const rule = { ...(this.original ?? {}) };
        for (const field of SERVER_FIELDS) {
            delete rule[field];
        }
        rule.id = text('rule-id');
        rule.kind = kind;
        rule.symbols = text('rule-symbols')
            .split(',')
            .map((symbol) => symbol.trim().toUpperCase())
            .filter(Boolean);
        put(rule, 'when', kind === 'watchlist' ? undefined : byId('rule-when').value);
        const frequency = byId('rule-frequency').value;
        put(rule, 'frequency', frequency === DEFAULT_FREQUENCY ? undefined : frequency);
        put(rule, 'cooldown', text('rule-cooldown'));

        const watchlist = kind === 'watchlist';
        put(rule, 'threshold_pct', watchlist ? number('watch-threshold-pct') : undefined);
        put(rule, 'window', watchlist ? text('watch-window') : undefined);

        const strategy = kind === 'strategy';
        put(rule, 'order', strategy ? this.readOrder() : undefined);
        put(rule, 'exit', strategy ? readExit() : undefined);
        put(rule, 'allow_short', strategy && byId('allow-short').checked ? true : undefined);
        if (!strategy) {
            delete rule.costs;
        }
        return rule;
    }

    readOrder() {
        const type = byId('order-type').value;
        const order = { side: byId('order-side').value };
        put(order, 'qty', number('order-qty'));
        order.type = type;
        const uses = (...types) => types.includes(type);
        put(order, 'limit_pct', uses('limit', 'stop_limit') ? number('order-limit-pct') : undefined);
        put(order, 'stop_pct', uses('stop', 'stop_limit') ? number('order-stop-pct') : undefined);
        put(order, 'trail_pct', uses('trailing_stop') ? number('order-trail-pct') : undefined);
        put(order, 'tif', type === 'market' ? undefined : byId('order-tif').value);
        const stored = this.original?.order ?? {};
        for (const [field, types] of Object.entries(ABSOLUTE_PRICES)) {
            if (stored[field] !== undefined && uses(...types) && order[`${field}_pct`] === undefined) {
                order[field] = stored[field];
            }
        }
        return order;
    }

    /** Shows the inputs of the chosen kind and order type, and says which stored fields are kept as they are. */
    showRelevantFields() {
        const kind = byId('rule-kind').value;
        const orderType = byId('order-type').value;
        for (const node of this.form.querySelectorAll('[data-for-kinds]')) {
            node.hidden = !node.dataset.forKinds.split(' ').includes(kind);
        }
        for (const node of this.form.querySelectorAll('[data-for-order-types]')) {
            node.hidden = !node.dataset.forOrderTypes.split(' ').includes(orderType);
        }
        byId('rule-save').textContent = this.editing ? 'Save changes' : 'Create rule';
        const kept = this.keptFields();
        const hint = byId('rule-kept-fields');
        hint.textContent = kept.length ? `Kept as stored (no input here): ${kept.join(', ')}` : '';
        hint.hidden = !kept.length;
    }

    keptFields() {
        if (!this.editing || byId('rule-kind').value !== 'strategy') {
            return [];
        }
        const body = this.read();
        return [
            ...Object.keys(ABSOLUTE_PRICES)
                .filter((field) => body.order[field] !== undefined)
                .map((field) => `order.${field} ${body.order[field]}`),
            ...(body.costs ? [`costs ${JSON.stringify(body.costs)}`] : []),
        ];
    }

    /** Shows a validation error; position (0-based, in the condition) gets a caret under it. */
    showError({ message, field, position }) {
        this.clearError();
        showStatus(byId('rule-error'), message, 'error');
        const inputId = field && (FIELD_INPUTS[field] ?? FIELD_INPUTS[field.split('.').pop()]);
        if (inputId) {
            byId(inputId).classList.add('invalid');
        }
        if (Number.isInteger(position) && byId('rule-kind').value !== 'watchlist') {
            byId('rule-when').classList.add('invalid');
            showCaret(byId('rule-when').value, position);
        }
    }

    clearError() {
        showStatus(byId('rule-error'), '');
        for (const node of this.form.querySelectorAll('.invalid')) {
            node.classList.remove('invalid');
        }
        const caret = byId('rule-caret');
        caret.replaceChildren();
        caret.hidden = true;
    }
}

/**
 * Repeats the condition under its input with the offending character highlighted and a "^" below
 * it: both lines share one monospace block, so they stay aligned however long the condition is.
 */
function showCaret(condition, position) {
    const at = Math.min(position, condition.length);
    // Past the end ("unexpected end of the condition") the caret points just after the text.
    const marked = condition.slice(at, at + 1) || ' ';
    const caret = byId('rule-caret');
    const mark = el('mark', { text: marked });
    caret.replaceChildren(
        condition.slice(0, at),
        mark,
        condition.slice(at + 1),
        '\n',
        ' '.repeat(at),
        el('span', { className: 'caret', text: `^ position ${position}` }),
    );
    caret.hidden = false;
    caret.scrollLeft = Math.max(0, mark.offsetLeft - caret.clientWidth / 2);
}

function text(id) {
    return byId(id).value.trim();
}

function number(id) {
    const value = byId(id).value.trim();
    return value === '' ? undefined : Number(value);
}

/** Sets a field, or removes it when the value is empty. */
function put(target, field, value) {
    if (value === undefined || value === null || value === '') {
        delete target[field];
    } else {
        target[field] = value;
    }
}

function readExit() {
    const exit = {};
    put(exit, 'stop_loss_pct', number('exit-stop-loss-pct'));
    put(exit, 'take_profit_pct', number('exit-take-profit-pct'));
    put(exit, 'max_holding', text('exit-max-holding'));
    return Object.keys(exit).length ? exit : undefined;
}
