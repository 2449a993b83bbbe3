package io.tradestream.dashboard.web;

import io.javalin.http.Context;

/** The user a request's session signs in, as {@link SessionGuard} found it. */
public final class SignedInUser {
    static final String ATTRIBUTE = "tradestream.user";

    private SignedInUser() {}

    public static String of(Context ctx) {
        String user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw ApiException.notSignedIn();
        }
        return user;
    }
}
