package io.tradestream.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.tradestream.dashboard.account.Sessions;
import io.tradestream.dashboard.account.Sessions.SignedIn;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Runs before every API request: finds the session behind the cookie, and refuses a change that
 * does not carry the session's CSRF token or that comes from a page of another origin.
 */
public final class SessionGuard {
    public static final String COOKIE = "tradestream_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Reachable without a session: signing up and in. */
    private static final Set<String> OPEN_PATHS = Set.of("/api/signup", "/api/signin");

    private static final Set<HandlerType> SAFE_METHODS =
            Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Sessions sessions;

    public SessionGuard(Sessions sessions) {
        this.sessions = sessions;
    }

    public void check(Context ctx) {
        boolean changes = !SAFE_METHODS.contains(ctx.method());
        if (changes) {
            refuseForeignOrigin(ctx);
        }
        if (OPEN_PATHS.contains(ctx.path())) {
            return;
        }
        SignedIn signedIn =
                sessions.find(ctx.cookie(COOKIE)).orElseThrow(ApiException::notSignedIn);
        if (changes && !sameToken(ctx.header(CSRF_HEADER), signedIn.csrfToken())) {
            throw ApiException.forbidden(
                    "missing or wrong CSRF token: send the "
                            + CSRF_HEADER
                            + " header with the token GET /api/session returns");
        }
        ctx.attribute(SignedInUser.ATTRIBUTE, signedIn.user());
        ctx.attribute(SessionGuard.class.getName(), signedIn);
    }

    /** The session of the request, after {@link #check}. */
    public static SignedIn signedIn(Context ctx) {
        SignedIn signedIn = ctx.attribute(SessionGuard.class.getName());
        if (signedIn == null) {
            throw ApiException.notSignedIn();
        }
        return signedIn;
    }

    /**
     * Browsers send {@code Origin} with every cross-origin change; one that names another host (say
     * a page that posts a sign-in form to this server) is refused. Clients that send no {@code
     * Origin}, such as scripts, rely on the CSRF token alone.
     */
    private static void refuseForeignOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        String originHost;
        try {
            originHost = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (originHost == null || !originHost.equalsIgnoreCase(host)) {
            throw ApiException.forbidden(
                    "requests from pages of another origin (" + origin + ") are refused");
        }
    }

    private static boolean sameToken(String sent, String expected) {
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8));
    }
}
