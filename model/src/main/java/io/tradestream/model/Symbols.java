package io.tradestream.model;

import java.util.regex.Pattern;

/** The ticker format TradeStream accepts: an upper-case root with an optional share class. */
public final class Symbols {
    /** One to ten upper-case letters or digits, starting with a letter, optional class suffix. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{0,9}(\\.[A-Z]{1,2})?");

    /** Human-readable form of {@link #FORMAT} for error messages. */
    public static final String FORMAT_DESCRIPTION =
            "1-10 upper-case letters or digits starting with a letter, optionally followed by a"
                    + " class suffix such as .B";

    private Symbols() {}

    public static boolean isValid(String symbol) {
        return symbol != null && FORMAT.matcher(symbol).matches();
    }
}
