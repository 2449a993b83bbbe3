// Every call to the dashboard's JSON API goes through here: same-origin credentials, the CSRF
// token on state-changing requests, and one error type carrying the API's {"error", "field",
// "position"} so pages can show it.

const LOGIN_PAGE = '/login.html';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

let csrfToken = null;

export class ApiError extends Error {
    constructor(status, body) {
        super(body?.error ?? `the server answered ${status}`);
        this.status = status;
        this.field = body?.field ?? null;
        this.position = body?.position ?? null;
    }
}

/** Remembers the token that sign-in, sign-up and GET /api/session return. */
export function setCsrfToken(token) {
    csrfToken = token;
}

/**
 * Sends one request and returns the parsed JSON body (null for 204), with the HTTP status.
 * A 401 sends the browser to the sign-in page unless the caller handles it (the sign-in page).
 */
export async function request(method, path, body, { redirectOnUnauthorized = true } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (UNSAFE_METHODS.has(method) && csrfToken) {
        headers['X-CSRF-Token'] = csrfToken;
    }
    let response;
    try {
        response = await fetch(path, {
            method,
            headers,
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch (networkError) {
        throw new ApiError(0, { error: `cannot reach the server (${networkError.message})` });
    }
    const data = await readJson(response);
    if (response.status === 401 && redirectOnUnauthorized) {
        window.location.assign(LOGIN_PAGE);
    }
    if (!response.ok) {
        throw new ApiError(response.status, data);
    }
    return { status: response.status, data };
}

async function readJson(response) {
    const text = await response.text();
    if (!text) {
        return null;
    }
    try {
        return JSON.parse(text);
    } catch {
        // A proxy's or the server's own HTML error page: keep the status, drop the body.
        return null;
    }
}

export async function getJson(path) {
    return (await request('GET', path)).data;
}

export const postJson = (path, body) => request('POST', path, body);
export const putJson = (path, body) => request('PUT', path, body);
export const deleteJson = (path) => request('DELETE', path);

/** Who is signed in; goes to the sign-in page when nobody is. Also primes the CSRF token. */
export async function loadSession() {
    const session = await getJson('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
}

/** A query string from the given parameters, leaving out empty ones ("" when none are left). */
export function query(params) {
    const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '');
    return entries.length ? `?${new URLSearchParams(entries)}` : '';
}
