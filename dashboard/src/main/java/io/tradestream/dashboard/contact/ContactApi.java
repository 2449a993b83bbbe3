package io.tradestream.dashboard.contact;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tradestream.dashboard.account.Accounts;
import io.tradestream.dashboard.web.ApiException;
import io.tradestream.dashboard.web.JsonBodies;
import io.tradestream.dashboard.web.SignedInUser;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/account}: the trader's name and their optional contact detail, encrypted at rest. A
 * detail encrypted with a key that is no longer the active one is encrypted again when read, so
 * rotating the key needs no migration.
 */
public final class ContactApi {
    private final Accounts accounts;
    private final Optional<ContactCipher> cipher;

    /**
     * @param cipher empty when the dashboard runs without a keystore: contact details are off
     */
    public ContactApi(Accounts accounts, Optional<ContactCipher> cipher) {
        this.accounts = accounts;
        this.cipher = cipher;
    }

    public void register(Javalin app) {
        app.get("/api/account", ctx -> ctx.json(account(SignedInUser.of(ctx))));
        app.put("/api/account/contact", this::store);
        app.delete(
                "/api/account/contact",
                ctx -> {
                    accounts.clearContact(SignedInUser.of(ctx));
                    ctx.status(204);
                });
    }

    private void store(Context ctx) throws GeneralSecurityException {
        String user = SignedInUser.of(ctx);
        ObjectNode body = JsonBodies.object(ctx);
        Contact contact;
        if (body.has("email") && !body.has("phone")) {
            contact = Contact.email(JsonBodies.text(body, "email"));
        } else if (body.has("phone") && !body.has("email")) {
            contact = Contact.phone(JsonBodies.text(body, "phone"));
        } else {
            throw ApiException.badRequest("send either 'email' or 'phone'");
        }
        accounts.storeContact(user, cipher().encrypt(user, contact));
        ctx.json(account(user));
    }

    private Map<String, Object> account(String user) throws GeneralSecurityException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user);
        body.put("contact", null);
        Optional<StoredContact> stored = accounts.contact(user);
        if (stored.isPresent()) {
            ContactCipher cipher = cipher();
            Contact contact = cipher.decrypt(user, stored.get());
            if (cipher.isOutdated(stored.get())) {
                accounts.storeContact(user, cipher.encrypt(user, contact));
            }
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("kind", contact.kind());
            shown.put("value", contact.value());
            body.put("contact", shown);
        }
        return body;
    }

    private ContactCipher cipher() {
        return cipher.orElseThrow(
                () ->
                        new ApiException(
                                503,
                                "contact details are off: the dashboard was started without a"
                                        + " keystore (--keystore)",
                                Map.of()));
    }
}
