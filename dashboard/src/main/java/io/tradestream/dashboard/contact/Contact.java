package io.tradestream.dashboard.contact;

import io.tradestream.dashboard.web.ApiException;
import java.util.regex.Pattern;

/**
 * Where a trader wants notifications: an email address or a phone number in E.164 form.
 *
 * @param kind {@code email} or {@code phone}
 */
public record Contact(String kind, String value) {
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_EMAIL_LENGTH = 254;

    public static Contact email(String address) {
        if (address == null
                || address.length() > MAX_EMAIL_LENGTH
                || !EMAIL.matcher(address).matches()) {
            throw ApiException.badRequest(
                    "'email' must be an email address such as alice@example.com");
        }
        return new Contact("email", address);
    }

    public static Contact phone(String number) {
        if (number == null || !PHONE.matcher(number).matches()) {
            throw ApiException.badRequest(
                    "'phone' must be a number in international form such as +14155550100");
        }
        return new Contact("phone", number);
    }
}
