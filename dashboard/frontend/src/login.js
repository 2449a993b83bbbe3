// Sign in and sign up; both land on the overview.
import { request } from './api.js';
import { byId, showStatus } from './dom.js';

const errorBox = byId('auth-error');

const tabs = [
    { tab: byId('tab-signin'), form: byId('signin-form') },
    { tab: byId('tab-signup'), form: byId('signup-form') },
];

for (const { tab, form } of tabs) {
    tab.addEventListener('click', () => {
        for (const other of tabs) {
            other.tab.setAttribute('aria-selected', String(other.tab === tab));
            other.form.hidden = other.form !== form;
        }
        showStatus(errorBox, '');
        form.querySelector('input').focus();
    });
}

wireForm(byId('signin-form'), '/api/signin', 'signin');
wireForm(byId('signup-form'), '/api/signup', 'signup');

function wireForm(form, path, prefix) {
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const submit = byId(`${prefix}-submit`);
        submit.disabled = true;
        showStatus(errorBox, '');
        try {
            await request(
                'POST',
                path,
                { username: byId(`${prefix}-username`).value.trim(), password: byId(`${prefix}-password`).value },
                { redirectOnUnauthorized: false },
            );
            window.location.assign('/index.html');
        } catch (error) {
            showStatus(errorBox, error.message, 'error');
            submit.disabled = false;
        }
    });
}
