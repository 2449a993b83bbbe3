package io.tradestream.ingestion.taq;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Where a TAQ file is: a local path or an S3 object ({@code s3://bucket/key}). */
sealed interface TaqLocation {

    String S3_SCHEME = "s3://";

    /**
     * The file's name, without folders: it gives the trading date and names the file in messages.
     */
    String fileName();

    /** A file on this machine. */
    record LocalFile(Path path) implements TaqLocation {
        @Override
        public String fileName() {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** An object in S3 or an S3-compatible store. */
    record S3Object(String bucket, String key) implements TaqLocation {
        @Override
        public String fileName() {
            return key.substring(key.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return S3_SCHEME + bucket + "/" + key;
        }
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    static TaqLocation parse(String text) {
        if (text.startsWith(S3_SCHEME)) {
            String rest = text.substring(S3_SCHEME.length());
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1 || rest.endsWith("/")) {
                throw new IllegalArgumentException(
                        "expected s3://bucket/key of a file, got '" + text + "'");
            }
            return new S3Object(rest.substring(0, slash), rest.substring(slash + 1));
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("expected a file or s3://bucket/key, got ''");
        }
        try {
            return new LocalFile(Path.of(text));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file path: '" + text + "'", e);
        }
    }
}
