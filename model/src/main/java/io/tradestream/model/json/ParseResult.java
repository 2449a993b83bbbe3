package io.tradestream.model.json;

import java.util.Objects;

/**
 * The outcome of reading one input record: either a value or the reason it was refused.
 *
 * @param <T> the type of a valid value
 */
public final class ParseResult<T> {
    private final T value;
    private final String error;

    private ParseResult(T value, String error) {
        this.value = value;
        this.error = error;
    }

    public static <T> ParseResult<T> ok(T value) {
        return new ParseResult<>(Objects.requireNonNull(value), null);
    }

    public static <T> ParseResult<T> error(String reason) {
        return new ParseResult<>(null, Objects.requireNonNull(reason));
    }

    public boolean isOk() {
        return value != null;
    }

    /** The valid value; only for a result where {@link #isOk()} holds. */
    public T value() {
        if (value == null) {
            throw new IllegalStateException("no value: " + error);
        }
        return value;
    }

    /** Why the record was refused; only for a result where {@link #isOk()} is false. */
    public String error() {
        if (error == null) {
            throw new IllegalStateException("no error: the record is valid");
        }
        return error;
    }

    @Override
    public String toString() {
        return isOk() ? "ok(" + value + ")" : "error(" + error + ")";
    }
}
