package io.tradestream.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses: the HTTP status and a message that tells the trader what to change,
 * sent as {@code {"error": message, ...details}}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final Map<String, Object> details;

    public ApiException(int status, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.details = Map.copyOf(details);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message, Map.of());
    }

    public static ApiException notSignedIn() {
        return new ApiException(401, "sign in first", Map.of());
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message, Map.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message, Map.of());
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message, Map.of());
    }

    public int status() {
        return status;
    }

    /** The response body. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.putAll(details);
        return body;
    }
}
