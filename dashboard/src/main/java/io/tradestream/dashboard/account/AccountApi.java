package io.tradestream.dashboard.account;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.tradestream.dashboard.account.Sessions.NewSession;
import io.tradestream.dashboard.account.Sessions.SignedIn;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.JsonBodies;
import io.tradestream.dashboard.web.SessionGuard;
import java.time.Duration;
import java.util.Map;

/** Sign-up, sign-in, sign-out and the current session. */
public final class AccountApi {
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final boolean secureCookies;

    public AccountApi(
            Accounts accounts, Sessions sessions, SignInThrottle throttle, boolean secureCookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.secureCookies = secureCookies;
    }

    public void register(Javalin app) {
        app.post("/api/signup", this::signUp);
        app.post("/api/signin", this::signIn);
        app.post("/api/signout", this::signOut);
        app.get("/api/session", ctx -> ctx.json(sessionBody(SessionGuard.signedIn(ctx))));
    }

    private void signUp(Context ctx) {
        ObjectNode body = JsonBodies.object(ctx);
        String user = Credentials.userName(JsonBodies.text(body, "username"));
        String password = Credentials.newPassword(JsonBodies.text(body, "password"));
        if (!accounts.create(user, password)) {
            throw ApiException.conflict("the user name '" + user + "' is taken; choose another");
        }
        startSession(ctx, user);
        ctx.status(201);
    }

    private void signIn(Context ctx) {
        ObjectNode body = JsonBodies.object(ctx);
        String user = JsonBodies.text(body, "username");
        String password = JsonBodies.text(body, "password");
        if (user == null || password == null) {
            throw ApiException.badRequest("send 'username' and 'password'");
        }
        // A name or password no account can have is simply wrong: it is neither hashed nor
        // counted, so made-up names cannot fill the throttle's memory.
        if (!Credentials.isUserName(user) || password.length() > Credentials.MAX_PASSWORD_LENGTH) {
            throw wrongNameOrPassword();
        }
        Duration wait = throttle.waitBeforeNextAttempt(user);
        if (!wait.isZero()) {
            throw new ApiException(
                    429,
                    "too many failed sign-ins for '"
                            + user
                            + "'; try again in "
                            + Math.max(1, wait.toMinutes())
                            + " minute(s)",
                    Map.of());
        }
        if (!accounts.passwordMatches(user, password)) {
            throttle.failed(user);
            throw wrongNameOrPassword();
        }
        throttle.succeeded(user);
        startSession(ctx, user);
    }

    private static ApiException wrongNameOrPassword() {
        return new ApiException(401, "wrong user name or password", Map.of());
    }

    private void signOut(Context ctx) {
        sessions.close(ctx.cookie(SessionGuard.COOKIE));
        ctx.removeCookie(SessionGuard.COOKIE, "/");
        ctx.status(204);
    }

    private void startSession(Context ctx, String user) {
        NewSession session = sessions.open(user);
        Cookie cookie = new Cookie(SessionGuard.COOKIE, session.token());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setMaxAge((int) Sessions.LIFETIME.toSeconds());
        ctx.cookie(cookie);
        ctx.json(sessionBody(session.signedIn()));
    }

    private static Map<String, Object> sessionBody(SignedIn signedIn) {
        return Map.of("user", signedIn.user(), "csrfToken", signedIn.csrfToken());
    }
}
