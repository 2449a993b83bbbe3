package io.tradestream.schema;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a migration file: {@code V<version>__<description>.cql}, e.g. {@code
 * V001__market_data_and_alerts.cql} is version 1, "market data and alerts".
 *
 * @param version the version, at least 1; leading zeros in the file name are ignored
 * @param description the description with underscores shown as spaces
 */
public record MigrationFileName(int version, String description) {

    private static final Pattern FORMAT = Pattern.compile("V(\\d{1,9})__(\\w+)\\.cql");

    /** The file name format, for error messages. */
    public static final String FORMAT_DESCRIPTION =
            "V<version>__<description>.cql, e.g. V002__add_fills.cql";

    /**
     * @return the parsed name, or empty if {@code fileName} does not have the migration format
     */
    public static Optional<MigrationFileName> parse(String fileName) {
        Matcher matcher = FORMAT.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int version = Integer.parseInt(matcher.group(1));
        String description = matcher.group(2).replace('_', ' ').strip();
        if (version < 1 || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationFileName(version, description));
    }
}
