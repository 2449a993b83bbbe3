package io.tradestream.dashboard.rules;

import com.datastax.oss.driver.api.core.cql.Row;
import java.util.List;

/**
 * The symbols of a {@code rules_by_user} or {@code user_directory} row. The job writes them to the
 * frozen {@code watched_symbols} column (schema V005); rows it has not rewritten since that
 * migration still have them only in the old {@code symbols} list.
 */
public final class WatchedSymbols {
    /** The columns a query must select for {@link #of(Row)}. */
    public static final String COLUMNS = "watched_symbols, symbols";

    private WatchedSymbols() {}

    /** The row's symbols, empty when it has none. */
    public static List<String> of(Row row) {
        if (!row.isNull("watched_symbols")) {
            return row.getList("watched_symbols", String.class);
        }
        return row.isNull("symbols") ? List.of() : row.getList("symbols", String.class);
    }
}
