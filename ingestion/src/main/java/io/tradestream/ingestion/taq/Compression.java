package io.tradestream.ingestion.taq;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Plain or gzip, told by the first bytes of the file rather than its name (a downloaded file may
 * have lost its {@code .gz}, or kept it after being unpacked). Other compressions are recognised
 * only to say that they are not read. TAQ files and tweet files alike.
 */
public enum Compression {
    NONE,
    GZIP;

    private static final int BUFFER_SIZE = 1 << 14;

    /**
     * The decompressed bytes of {@code raw}.
     *
     * @param name names the file in the message of an exception
     * @throws TaqFormatException if the file is compressed in a way this does not read
     */
    public static InputStream decode(String name, InputStream raw)
            throws IOException, TaqFormatException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_SIZE);
        byte[] magic = new byte[4];
        buffered.mark(magic.length);
        int length = buffered.readNBytes(magic, 0, magic.length);
        buffered.reset();
        String unsupported = unsupportedFormat(magic, length);
        if (unsupported != null) {
            throw new TaqFormatException(
                    name
                            + " is "
                            + unsupported
                            + "-compressed; files are read plain or gzip-compressed: unpack"
                            + " it or compress it with gzip");
        }
        return switch (detect(magic, length)) {
            case GZIP -> new GZIPInputStream(buffered, BUFFER_SIZE);
            case NONE -> buffered;
        };
    }

    /** By the first {@code length} bytes of a file (up to 4 are looked at). */
    static Compression detect(byte[] magic, int length) {
        return startsWith(magic, length, 0x1f, 0x8b) ? GZIP : NONE;
    }

    /** The name of a compression that this does not read, or null. */
    private static String unsupportedFormat(byte[] magic, int length) {
        if (startsWith(magic, length, 'P', 'K', 3, 4)) {
            return "zip";
        }
        if (startsWith(magic, length, 'B', 'Z', 'h')) {
            return "bzip2";
        }
        if (startsWith(magic, length, 0xfd, '7', 'z', 'X')) {
            return "xz";
        }
        if (startsWith(magic, length, 0x28, 0xb5, 0x2f, 0xfd)) {
            return "zstd";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
