package io.tradestream.ingestion.taq;

import io.tradestream.model.json.MarketEventParser;

/**
 * Prices and sizes of TAQ lines, held to the limits that the {@code trades} and {@code quotes}
 * topics enforce ({@link MarketEventParser}), so that what the replay sends is accepted there.
 */
final class TaqNumbers {

    private static final int MAX_DIGITS = 18;

    private TaqNumbers() {}

    /**
     * A plain decimal number ({@code 115.59}, {@code 7}, {@code .5}) that is 0 or more: a price
     * field, where 0 means "no price" in quotes.
     *
     * @throws LineRejectedException if it is anything else, or above {@link
     *     MarketEventParser#MAX_PRICE}
     */
    static double price(String column, String field) {
        if (!isDecimal(field)) {
            throw new LineRejectedException(
                    column + " must be a decimal number, got '" + Excerpt.of(field) + "'");
        }
        double price = Double.parseDouble(field);
        if (price < 0 || price > MarketEventParser.MAX_PRICE) {
            throw new LineRejectedException(
                    column
                            + " must be from 0 to "
                            + (long) MarketEventParser.MAX_PRICE
                            + ", got "
                            + field);
        }
        return price;
    }

    /**
     * A whole number that is 0 or more: a size field.
     *
     * @throws LineRejectedException if it is anything else
     */
    static long size(String column, String field) {
        int start = field.startsWith("-") ? 1 : 0;
        if (field.length() == start
                || field.length() - start > MAX_DIGITS
                || !digits(field, start)) {
            throw new LineRejectedException(
                    column + " must be a whole number, got '" + Excerpt.of(field) + "'");
        }
        long size = Long.parseLong(field);
        if (size < 0) {
            throw new LineRejectedException(column + " must not be negative, got " + field);
        }
        return size;
    }

    /** A share count for the wire format: 1 to {@link MarketEventParser#MAX_SIZE}. */
    static long shares(String column, long shares) {
        if (shares < 1 || shares > MarketEventParser.MAX_SIZE) {
            throw new LineRejectedException(
                    column
                            + " must come to 1 to "
                            + MarketEventParser.MAX_SIZE
                            + " shares, got "
                            + shares);
        }
        return shares;
    }

    /** Shares for the wire format from a quote size in round lots. */
    static long lotsToShares(String column, long lots) {
        if (lots > MarketEventParser.MAX_SIZE / TaqLayout.ROUND_LOT) {
            throw new LineRejectedException(
                    column
                            + " must be at most "
                            + MarketEventParser.MAX_SIZE / TaqLayout.ROUND_LOT
                            + " round lots, got "
                            + lots);
        }
        return shares(column, lots * TaqLayout.ROUND_LOT);
    }

    /** Optional minus, digits with at most one decimal point, at least one digit. */
    private static boolean isDecimal(String field) {
        int start = field.startsWith("-") ? 1 : 0;
        int point = field.indexOf('.', start);
        boolean hasDigit = field.length() - start - (point < 0 ? 0 : 1) > 0;
        return hasDigit
                && field.length() - start <= MAX_DIGITS + 1
                && (point < 0
                        ? digits(field, start)
                        : digits(field.substring(0, point), start)
                                && digits(field.substring(point + 1), 0));
    }

    private static boolean digits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
