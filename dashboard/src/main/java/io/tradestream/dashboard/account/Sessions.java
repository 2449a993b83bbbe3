package io.tradestream.dashboard.account;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signed-in sessions in {@code dashboard_sessions}. The cookie holds a random 256-bit token; only
 * its SHA-256 is stored, so a copy of the table signs nobody in. Each session has its own CSRF
 * token. Sessions expire after {@link #LIFETIME} (the table's TTL).
 */
public final class Sessions {
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final CqlSession session;
    private final SecureRandom random = new SecureRandom();
    private final PreparedStatement insert;
    private final PreparedStatement select;
    private final PreparedStatement delete;

    public Sessions(CqlSession session) {
        this.session = session;
        this.insert =
                session.prepare(
                        "INSERT INTO dashboard_sessions (token_hash, user_id, csrf_token,"
                                + " created_at) VALUES (?, ?, ?, ?) USING TTL "
                                + LIFETIME.toSeconds());
        this.select = session.prepare("SELECT * FROM dashboard_sessions WHERE token_hash = ?");
        this.delete = session.prepare("DELETE FROM dashboard_sessions WHERE token_hash = ?");
    }

    /** A new session of {@code user}; the token goes into the cookie and nowhere else. */
    public NewSession open(String user) {
        String token = randomToken();
        String csrfToken = randomToken();
        session.execute(insert.bind(hash(token), user, csrfToken, Instant.now()));
        return new NewSession(token, new SignedIn(user, csrfToken));
    }

    public Optional<SignedIn> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Row row = session.execute(select.bind(hash(token))).one();
        return row == null
                ? Optional.empty()
                : Optional.of(new SignedIn(row.getString("user_id"), row.getString("csrf_token")));
    }

    public void close(String token) {
        session.execute(delete.bind(hash(token)));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A session just opened: the cookie's token and who it signs in. */
    public record NewSession(String token, SignedIn signedIn) {}

    /** Who a session signs in, and the CSRF token their changes must carry. */
    public record SignedIn(String user, String csrfToken) {}
}
