package io.tradestream.ingestion.taq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a TAQ file: where each column is. Columns are found by name ({@link
 * TaqLayout#columnKey}), so files with more, fewer or reordered optional columns read alike.
 */
final class TaqHeader {

    private final Map<String, Integer> indexByKey;
    private final int columnCount;

    private TaqHeader(Map<String, Integer> indexByKey, int columnCount) {
        this.indexByKey = indexByKey;
        this.columnCount = columnCount;
    }

    /**
     * @param line the first line of the file
     * @throws TaqFormatException naming the missing columns if the line lacks one that {@code kind}
     *     needs
     */
    static TaqHeader parse(String source, String line, TaqKind kind) throws TaqFormatException {
        String[] names = line.split("\\|", -1);
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            indexByKey.putIfAbsent(TaqLayout.columnKey(names[i]), i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : kind.requiredColumns()) {
            if (!indexByKey.containsKey(TaqLayout.columnKey(column))) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new TaqFormatException(
                    source
                            + ": the first line is not the header of a TAQ "
                            + kind.noun()
                            + " file: it lacks the column(s) "
                            + String.join(", ", missing)
                            + " (it reads '"
                            + Excerpt.of(line)
                            + "')");
        }
        return new TaqHeader(indexByKey, names.length);
    }

    /** The index of a column the header is known to have (one of the kind's required columns). */
    int index(String column) {
        Integer index = indexByKey.get(TaqLayout.columnKey(column));
        if (index == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return index;
    }

    int columnCount() {
        return columnCount;
    }
}
