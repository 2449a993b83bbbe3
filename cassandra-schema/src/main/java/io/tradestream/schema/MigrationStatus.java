package io.tradestream.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a keyspace stands against the known migrations.
 *
 * @param keyspace the keyspace
 * @param applied the migrations recorded in it, in version order
 * @param pending the known migrations not recorded yet, in version order
 * @param problems what forbids migrating: an applied migration whose script changed, or one that
 *     this version of the tool does not know
 */
public record MigrationStatus(
        String keyspace,
        List<AppliedMigration> applied,
        List<Migration> pending,
        List<String> problems) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
    }

    /** Compares the recorded migrations with the known ones. */
    public static MigrationStatus compare(
            String keyspace, List<Migration> known, List<AppliedMigration> applied) {
        Map<Integer, AppliedMigration> appliedByVersion =
                applied.stream()
                        .collect(Collectors.toMap(AppliedMigration::version, Function.identity()));
        Map<Integer, Migration> knownByVersion =
                known.stream().collect(Collectors.toMap(Migration::version, Function.identity()));
        List<Migration> pending = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Migration migration : known) {
            AppliedMigration record = appliedByVersion.get(migration.version());
            if (record == null) {
                pending.add(migration);
            } else if (!record.checksum().equals(migration.checksum())) {
                problems.add(
                        migration.label()
                                + " ("
                                + migration.source()
                                + ") was changed after it was applied to keyspace "
                                + keyspace
                                + ": checksum "
                                + migration.checksum()
                                + " differs from the applied "
                                + record.checksum()
                                + ". Restore the applied script and put the change in a new"
                                + " migration.");
            }
        }
        for (AppliedMigration record : applied) {
            if (!knownByVersion.containsKey(record.version())) {
                problems.add(
                        record.label()
                                + " ("
                                + record.description()
                                + ") is applied to keyspace "
                                + keyspace
                                + " but unknown to this tool: use the tool version that"
                                + " has it.");
            }
        }
        List<AppliedMigration> sortedApplied = new ArrayList<>(applied);
        sortedApplied.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return new MigrationStatus(keyspace, sortedApplied, pending, problems);
    }

    public boolean isUpToDate() {
        return pending.isEmpty() && problems.isEmpty();
    }
}
