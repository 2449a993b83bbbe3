package io.tradestream.schema;

import java.util.List;

/**
 * One numbered migration: a CQL script applied once to a keyspace.
 *
 * @param version the version; migrations are applied in ascending version order
 * @param description what the migration does, from its file name
 * @param source where the script came from, for messages (a file name)
 * @param checksum {@link ScriptChecksum} of the script
 * @param statements the script's statements, in order
 */
public record Migration(
        int version,
        String description,
        String source,
        String checksum,
        List<CqlStatement> statements) {

    public Migration {
        statements = List.copyOf(statements);
    }

    /**
     * Parses a migration from its file name and content.
     *
     * @throws IllegalArgumentException if the name does not follow {@link
     *     MigrationFileName#FORMAT_DESCRIPTION}, the script cannot be split, or it is empty
     */
    public static Migration parse(String fileName, String script) {
        MigrationFileName name =
                MigrationFileName.parse(fileName)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "migration file '"
                                                        + fileName
                                                        + "' is not named "
                                                        + MigrationFileName.FORMAT_DESCRIPTION));
        List<CqlStatement> statements;
        try {
            statements = CqlScriptSplitter.split(script);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException(fileName + " contains no CQL statement");
        }
        return new Migration(
                name.version(),
                name.description(),
                fileName,
                ScriptChecksum.of(script),
                statements);
    }

    /** {@code V001} style label used in messages. */
    public String label() {
        return label(version);
    }

    static String label(int version) {
        return String.format("V%03d", version);
    }
}
