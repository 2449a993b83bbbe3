package io.tradestream.dashboard.account;

import io.tradestream.dashboard.web.ApiException;
import java.util.regex.Pattern;

/**
 * The rules for user names and passwords. A user name is also the owner of the user's rules, so it
 * is a valid rule owner; it is lowercase so that "Alice" and "alice" cannot be two traders.
 */
public final class Credentials {
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9_-]{2,31}");

    private Credentials() {}

    public static boolean isUserName(String name) {
        return name != null && USER_NAME.matcher(name).matches();
    }

    public static String userName(String name) {
        if (!isUserName(name)) {
            throw ApiException.badRequest(
                    "a user name has 3 to 32 characters: a lowercase letter, then lowercase"
                            + " letters, digits, _ or -");
        }
        return name;
    }

    public static String newPassword(String password) {
        if (password == null
                || password.length() < MIN_PASSWORD_LENGTH
                || password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiException.badRequest(
                    "a password has "
                            + MIN_PASSWORD_LENGTH
                            + " to "
                            + MAX_PASSWORD_LENGTH
                            + " characters");
        }
        return password;
    }
}
