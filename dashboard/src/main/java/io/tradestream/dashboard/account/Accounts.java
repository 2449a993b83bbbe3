package io.tradestream.dashboard.account;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.tradestream.dashboard.contact.StoredContact;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;

/** Traders' accounts in {@code dashboard_users}: sign-up, password checks and contact details. */
public final class Accounts {
    private final CqlSession session;
    private final PasswordHasher hasher;
    private final PreparedStatement insertIfAbsent;
    private final PreparedStatement select;
    private final PreparedStatement updateContact;

    /**
     * Verified against for unknown users, so that a wrong name takes as long as a wrong password.
     */
    private final String unknownUserHash;

    public Accounts(CqlSession session, PasswordHasher hasher) {
        this.session = session;
        this.hasher = hasher;
        this.insertIfAbsent =
                session.prepare(
                        "INSERT INTO dashboard_users (user_id, password_hash, created_at)"
                                + " VALUES (?, ?, ?) IF NOT EXISTS");
        this.select = session.prepare("SELECT * FROM dashboard_users WHERE user_id = ?");
        this.updateContact =
                session.prepare(
                        "UPDATE dashboard_users SET contact_kind = ?, contact_ciphertext = ?,"
                                + " contact_key_id = ? WHERE user_id = ?");
        this.unknownUserHash = hasher.hash("not the password of anyone");
    }

    /** Creates the account; false when the name is taken (a lightweight transaction decides). */
    public boolean create(String user, String password) {
        return session.execute(insertIfAbsent.bind(user, hasher.hash(password), Instant.now()))
                .wasApplied();
    }

    /** Whether {@code password} is the user's; false for an unknown user, after as much work. */
    public boolean passwordMatches(String user, String password) {
        Row row = session.execute(select.bind(user)).one();
        String hash = row == null ? unknownUserHash : row.getString("password_hash");
        return hasher.verify(password, hash) && row != null;
    }

    public Optional<StoredContact> contact(String user) {
        Row row = session.execute(select.bind(user)).one();
        if (row == null || row.getString("contact_kind") == null) {
            return Optional.empty();
        }
        ByteBuffer ciphertext = row.getByteBuffer("contact_ciphertext");
        byte[] bytes = new byte[ciphertext.remaining()];
        ciphertext.get(bytes);
        return Optional.of(
                new StoredContact(
                        row.getString("contact_kind"), row.getString("contact_key_id"), bytes));
    }

    public void storeContact(String user, StoredContact contact) {
        session.execute(
                updateContact.bind(
                        contact.kind(),
                        ByteBuffer.wrap(contact.ciphertext()),
                        contact.keyId(),
                        user));
    }

    public void clearContact(String user) {
        session.execute(updateContact.bind(null, null, null, user));
    }
}
