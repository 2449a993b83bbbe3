// Rules: the user's strategies, alerts and watchlists, with an editor that validates as the user
// types. Every change is published to the job; the API answers with the job's verdict (applied),
// "pending" when the job has not answered within its wait, or the job's reason for refusing it.
import { ApiError, deleteJson, getJson, postJson, putJson } from './api.js';
import { byId, el, emptyRow, showStatus, symbolLink } from './dom.js';
import { formatDateTime } from './format.js';
import { startPage } from './nav.js';
import { RuleForm } from './rule-form.js';

const VALIDATE_AFTER_MS = 250;
// After a "pending" answer the job usually decides within seconds: look again then.
const PENDING_RECHECKS_MS = [3_000, 10_000];

const table = byId('rules-table');
const tableStatus = byId('rules-status');
const outcome = byId('rule-outcome');
const ruleForm = new RuleForm(byId('rule-form'));

await startPage('rules');
wireEditor();
await loadRules();

function wireEditor() {
    const form = byId('rule-form');
    let validateTimer = null;
    const scheduleValidation = () => {
        clearTimeout(validateTimer);
        validateTimer = setTimeout(validate, VALIDATE_AFTER_MS);
    };
    form.addEventListener('input', scheduleValidation);
    form.addEventListener('change', scheduleValidation);
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        clearTimeout(validateTimer);
        save();
    });
    byId('rule-reset').addEventListener('click', startNewRule);
    byId('rule-new').addEventListener('click', startNewRule);
    for (const example of document.querySelectorAll('#condition-examples .example')) {
        example.addEventListener('click', () => {
            if (byId('rule-kind').value === 'watchlist') {
                byId('rule-kind').value = 'alert';
                ruleForm.showRelevantFields();
            }
            byId('rule-when').value = example.textContent;
            byId('rule-when').focus();
            scheduleValidation();
        });
    }
}

function startNewRule() {
    ruleForm.reset();
    showStatus(outcome, '');
    byId('editor-title').textContent = 'New rule';
    byId('rule-kind').focus();
}

function editRule(rule) {
    // A rule the job refused from the start has no stored definition: start from what is known.
    showEditing(rule.definition ?? { id: rule.id, kind: rule.kind ?? 'alert', symbols: rule.symbols ?? [] });
    showStatus(outcome, '');
    byId('rule-form').scrollIntoView({ behavior: 'smooth', block: 'start' });
    byId('rule-when').focus({ preventScroll: true });
}

function showEditing(definition) {
    ruleForm.edit(definition);
    byId('editor-title').textContent = `Edit ${definition.id}`;
}

// Answers can come back out of order; only the newest request's answer is shown.
let validationSequence = 0;

async function validate() {
    const sequence = ++validationSequence;
    try {
        const { data } = await postJson('/api/rules/validate', ruleForm.read());
        if (sequence !== validationSequence) {
            return;
        }
        if (data.valid) {
            ruleForm.clearError();
        } else {
            ruleForm.showError({ message: data.error, field: data.field, position: data.position });
        }
    } catch (error) {
        if (sequence === validationSequence) {
            ruleForm.showError({ message: `Could not check the rule: ${error.message}` });
        }
    }
}

async function save() {
    const body = ruleForm.read();
    byId('rule-save').disabled = true;
    showStatus(outcome, 'Sending… waiting for the job', 'info');
    try {
        // PUT replaces a rule the job accepted; one it never accepted (or that is still pending)
        // is created again with POST. Asking now is right even if the table is out of date.
        const replace = (await getJson('/api/rules')).some((rule) => rule.id === body.id && rule.status);
        const response = replace
            ? await putJson(`/api/rules/${encodeURIComponent(body.id)}`, body)
            : await postJson('/api/rules', body);
        // The rule exists now (or will once the job confirms it): further saves replace it.
        showEditing(response.data.rule?.definition ?? body);
        reportOutcome(outcome, body.id, response);
        await loadRules();
    } catch (error) {
        showStatus(outcome, refusal(error), 'error');
        if (error instanceof ApiError && error.status === 400) {
            ruleForm.showError({ message: error.message, field: error.field, position: error.position });
        }
    } finally {
        byId('rule-save').disabled = false;
    }
}

/** Says what became of a change: applied, or pending (then the table is refreshed a few times). */
function reportOutcome(node, ruleId, { status, data }) {
    if (status === 202 || data?.outcome === 'pending') {
        showStatus(
            node,
            `Sent '${ruleId}' (version ${data.version}). The job has not confirmed it yet; the table below updates once it does.`,
            'warn',
        );
        PENDING_RECHECKS_MS.forEach((delay) => setTimeout(loadRules, delay));
        return;
    }
    const state = data?.rule?.status;
    showStatus(node, state ? `Applied: '${ruleId}' is ${state}.` : `Applied: '${ruleId}' is deleted.`, 'ok');
}

function refusal(error) {
    if (error instanceof ApiError && error.status === 409) {
        return `Refused: ${error.message}`;
    }
    return error.message;
}

async function loadRules() {
    try {
        const rules = await getJson('/api/rules');
        rules.sort((a, b) => a.id.localeCompare(b.id));
        table.tBodies[0].replaceChildren(
            ...(rules.length
                ? rules.map(ruleRow)
                : [emptyRow(8, 'No rules yet. Create an alert, a watchlist or a strategy below.')]),
        );
    } catch (error) {
        showStatus(tableStatus, `Could not load your rules: ${error.message}`, 'error');
    }
}

function ruleRow(rule) {
    const buttons = [actionButton('Edit', () => editRule(rule))];
    if (rule.status === 'active') {
        buttons.push(actionButton('Pause', () => changeRule(rule.id, 'pause')));
    } else if (rule.status === 'paused') {
        buttons.push(actionButton('Resume', () => changeRule(rule.id, 'resume')));
    }
    buttons.push(
        el('button', {
            type: 'button',
            className: 'button danger small',
            text: 'Delete',
            onclick: () =>
                window.confirm(`Delete '${rule.id}'? A strategy's orders are cancelled and its positions closed.`) &&
                changeRule(rule.id, 'delete'),
        }),
    );
    return el(
        'tr',
        { dataset: { ruleId: rule.id, status: rule.status ?? 'refused' } },
        el('td', {}, el('strong', { text: rule.id })),
        el('td', { text: rule.kind ?? '' }),
        el('td', {}, statusBadge(rule.status)),
        el(
            'td',
            { className: 'wrap' },
            (rule.symbols ?? []).flatMap((symbol, index) =>
                index ? [', ', symbolLink(symbol)] : [symbolLink(symbol)],
            ),
        ),
        el('td', { className: 'wrap' }, el('code', { text: rule.definition ? summary(rule.definition) : '' })),
        el('td', { className: 'wrap loss', text: rule.lastRejection ?? '' }),
        el('td', { className: 'muted', text: rule.updatedAt ? formatDateTime(rule.updatedAt) : '' }),
        el('td', {}, el('div', { className: 'actions' }, buttons)),
    );
}

function actionButton(text, onclick) {
    return el('button', { type: 'button', className: 'button ghost small', text, onclick });
}

function statusBadge(status) {
    const label = status ?? 'refused';
    return el('span', { className: `badge badge-${label}`, text: label });
}

/** One line saying what a rule does. */
function summary(definition) {
    const parts = [];
    if (definition.kind === 'watchlist') {
        parts.push(`abs(change_pct(${definition.window ?? '5m'})) >= ${definition.threshold_pct}`);
    } else {
        parts.push(definition.when);
    }
    const order = definition.order;
    if (order) {
        parts.push(`→ ${order.side} ${order.qty} ${order.type ?? 'market'}`);
    }
    const exit = definition.exit ?? {};
    if (exit.stop_loss_pct !== undefined) {
        parts.push(`stop loss ${exit.stop_loss_pct}%`);
    }
    if (exit.take_profit_pct !== undefined) {
        parts.push(`take profit ${exit.take_profit_pct}%`);
    }
    if (exit.max_holding) {
        parts.push(`max ${exit.max_holding}`);
    }
    if (definition.frequency && definition.frequency !== 'every_time') {
        parts.push(definition.frequency.replaceAll('_', ' '));
    }
    if (definition.cooldown) {
        parts.push(`cooldown ${definition.cooldown}`);
    }
    return parts.join(' · ');
}

async function changeRule(ruleId, action) {
    showStatus(tableStatus, `${action[0].toUpperCase()}${action.slice(1)} '${ruleId}'… waiting for the job`, 'info');
    try {
        const path = `/api/rules/${encodeURIComponent(ruleId)}`;
        const response = action === 'delete' ? await deleteJson(path) : await postJson(`${path}/${action}`);
        reportOutcome(tableStatus, ruleId, response);
        if (action === 'delete' && ruleForm.editing && byId('rule-id').value === ruleId) {
            startNewRule();
        }
    } catch (error) {
        showStatus(tableStatus, refusal(error), 'error');
    }
    await loadRules();
}
