// The navigation bar every signed-in page shares: links, the user's name and a sign-out button.
import { loadSession, postJson } from './api.js';
import { el } from './dom.js';

const LINKS = [
    { page: 'overview', href: '/index.html', label: 'Overview' },
    { page: 'rules', href: '/rules.html', label: 'Rules' },
    { page: 'symbol', href: '/symbol.html', label: 'Symbols' },
    { page: 'account', href: '/account.html', label: 'Account' },
];

/**
 * Checks the session (going to the sign-in page without one), fills the page's
 * <header id="topbar"> and returns the session ({user, csrfToken}).
 */
export async function startPage(activePage) {
    const topbar = document.getElementById('topbar');
    let session;
    try {
        session = await loadSession();
    } catch (error) {
        // Without a session (401) the browser is already on its way to the sign-in page.
        topbar.replaceChildren(
            brand(),
            el('p', { className: 'status status-error', text: `The dashboard is unavailable: ${error.message}` }),
        );
        throw error;
    }
    topbar.replaceChildren(
        brand(),
        el(
            'nav',
            { className: 'nav-links' },
            LINKS.map(({ page, href, label }) =>
                el('a', {
                    href,
                    className: page === activePage ? 'active' : null,
                    'aria-current': page === activePage ? 'page' : null,
                    text: label,
                }),
            ),
        ),
        el(
            'div',
            { className: 'nav-user' },
            el('span', { className: 'user-name', id: 'user-name', text: session.user }),
            el('button', {
                type: 'button',
                className: 'button ghost',
                id: 'sign-out',
                onclick: signOut,
                text: 'Sign out',
            }),
        ),
    );
    return session;
}

function brand() {
    return el(
        'a',
        { className: 'brand', href: '/index.html' },
        el('span', { className: 'brand-mark', text: '◆' }),
        'TradeStream',
    );
}

async function signOut() {
    try {
        await postJson('/api/signout');
        window.location.assign('/login.html');
    } catch (error) {
        window.alert(`Could not sign out: ${error.message}`);
    }
}
