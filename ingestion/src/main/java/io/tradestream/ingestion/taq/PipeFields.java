package io.tradestream.ingestion.taq;

/**
 * The fields of one pipe-delimited line, found without a regular expression and without copying the
 * fields nobody asks for: a replay reads millions of lines and needs six of their columns. Reused
 * from line to line; not thread-safe.
 */
final class PipeFields {

    /** {@code bounds[2i]} and {@code bounds[2i+1]}: where field i starts and ends. */
    private final int[] bounds;

    private String line = "";
    private int count;

    /**
     * @param wanted fields 0 to {@code wanted - 1} can be read
     */
    PipeFields(int wanted) {
        bounds = new int[2 * wanted];
    }

    /** Takes the next line; returns how many fields it has. */
    int split(String line) {
        this.line = line;
        int wanted = bounds.length / 2;
        int start = 0;
        count = 0;
        while (true) {
            int end = line.indexOf(TaqLayout.DELIMITER, start);
            int fieldEnd = end < 0 ? line.length() : end;
            if (count < wanted) {
                bounds[2 * count] = start;
                bounds[2 * count + 1] = fieldEnd;
            }
            count++;
            if (end < 0) {
                return count;
            }
            start = end + 1;
        }
    }

    /** Field {@code index} of the current line, without surrounding spaces. */
    String field(int index) {
        if (index >= Math.min(count, bounds.length / 2)) {
            throw new IndexOutOfBoundsException("field " + index + " of " + count);
        }
        return line.substring(bounds[2 * index], bounds[2 * index + 1]).strip();
    }
}
