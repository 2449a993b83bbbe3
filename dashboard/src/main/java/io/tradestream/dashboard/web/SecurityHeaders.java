package io.tradestream.dashboard.web;

import io.javalin.Javalin;

/**
 * Headers on every response that keep the pages to themselves: scripts only from this server, no
 * framing by other sites, no guessing of content types, and no API response in a cache.
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                    + " script-src 'self'; connect-src 'self'; frame-ancestors 'none';"
                    + " base-uri 'none'; form-action 'self'";

    public void register(Javalin app) {
        app.before(
                ctx -> {
                    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("X-Frame-Options", "DENY");
                    ctx.header("Referrer-Policy", "same-origin");
                    if (ctx.path().startsWith("/api/")) {
                        ctx.header("Cache-Control", "no-store");
                    }
                });
    }
}
