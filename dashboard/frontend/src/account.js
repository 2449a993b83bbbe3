// Account: who is signed in, and the contact address (email or phone) the server keeps encrypted.
import { ApiError, deleteJson, getJson, putJson } from './api.js';
import { byId, showStatus } from './dom.js';
import { startPage } from './nav.js';

const PLACEHOLDERS = {
    email: { placeholder: 'you@example.com', type: 'email', autocomplete: 'email' },
    phone: { placeholder: '+14155550100', type: 'tel', autocomplete: 'tel' },
};

const status = byId('contact-status');
const kindSelect = byId('contact-kind');
const valueInput = byId('contact-value');

await startPage('account');
kindSelect.addEventListener('change', describeValueInput);
byId('contact-form').addEventListener('submit', saveContact);
byId('contact-clear').addEventListener('click', clearContact);
describeValueInput();
await loadAccount();

async function loadAccount() {
    try {
        showAccount(await getJson('/api/account'));
    } catch (error) {
        showStatus(status, `Could not load your account: ${error.message}`, 'error');
    }
}

function showAccount({ user, contact }) {
    byId('account-user').textContent = user;
    byId('account-contact').textContent = contact ? `${contact.value} (${contact.kind})` : 'none';
    byId('contact-clear').disabled = !contact;
    if (contact) {
        kindSelect.value = contact.kind;
        valueInput.value = contact.value;
        describeValueInput();
    }
}

function describeValueInput() {
    const { placeholder, type, autocomplete } = PLACEHOLDERS[kindSelect.value];
    Object.assign(valueInput, { placeholder, type, autocomplete });
}

async function saveContact(event) {
    event.preventDefault();
    const value = valueInput.value.trim();
    if (!value) {
        showStatus(
            status,
            `Enter ${kindSelect.value === 'email' ? 'an email address' : 'a phone number'} first.`,
            'error',
        );
        return;
    }
    try {
        const { data } = await putJson('/api/account/contact', { [kindSelect.value]: value });
        showAccount(data);
        showStatus(status, 'Saved, encrypted.', 'ok');
    } catch (error) {
        showContactError(error);
    }
}

async function clearContact() {
    try {
        await deleteJson('/api/account/contact');
        valueInput.value = '';
        showStatus(status, 'Contact removed.', 'ok');
        await loadAccount();
    } catch (error) {
        showContactError(error);
    }
}

function showContactError(error) {
    const disabled = error instanceof ApiError && error.status === 503;
    // 503: the server runs without a keystore, so it cannot encrypt contact details at all.
    showStatus(
        status,
        disabled ? `Contact details are disabled on this server: ${error.message}` : error.message,
        disabled ? 'warn' : 'error',
    );
}
