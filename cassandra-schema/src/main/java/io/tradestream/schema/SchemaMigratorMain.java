package io.tradestream.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Command line of the {@link SchemaMigrator}: prints each applied version, or "schema is up to
 * date". Exit codes: 0 done, 1 the migration failed (the reason is printed), 2 bad command line.
 */
public final class SchemaMigratorMain {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private SchemaMigratorMain() {}

    public static void main(String[] args) {
        // Before any logger exists: a log4j2 file of its own, so that this jar does not take over
        // the configuration of an application that has it on its classpath.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "log4j2-schema-migrator.xml");
        }
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Optional<SchemaMigratorOptions> parsed;
        try {
            parsed = SchemaMigratorOptions.parse(args, env);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE;
        }
        if (parsed.isEmpty()) {
            out.print(SchemaMigratorOptions.USAGE);
            return OK;
        }
        SchemaMigratorOptions options = parsed.get();
        try (CqlSession session = connect(options)) {
            SchemaMigrator migrator = new SchemaMigrator(session);
            return options.statusOnly()
                    ? printStatus(migrator.status(options.keyspace()), out)
                    : migrate(migrator, options, out);
        } catch (SchemaMigrationException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (DriverException e) {
            err.println("error: Cassandra at " + describe(options) + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static CqlSession connect(SchemaMigratorOptions options) {
        CqlSessionBuilder builder =
                CqlSession.builder()
                        .addContactPoints(options.contactPoints())
                        .withLocalDatacenter(options.datacenter())
                        .withApplicationName("tradestream-schema-migrator");
        options.username()
                .ifPresent(user -> builder.withAuthCredentials(user, options.password().get()));
        return builder.build();
    }

    private static String describe(SchemaMigratorOptions options) {
        return options.contactPoints().stream()
                .map(point -> point.getHostString() + ":" + point.getPort())
                .collect(Collectors.joining(","));
    }

    private static int migrate(
            SchemaMigrator migrator, SchemaMigratorOptions options, PrintStream out) {
        List<AppliedMigration> applied =
                migrator.migrate(options.keyspace(), options.replication());
        for (AppliedMigration migration : applied) {
            out.printf(
                    "applied %s %s (%d ms)%n",
                    migration.label(), migration.description(), migration.executionMillis());
        }
        if (applied.isEmpty()) {
            out.println("schema is up to date");
        } else {
            out.printf(
                    "keyspace %s: %d migration(s) applied%n", options.keyspace(), applied.size());
        }
        return OK;
    }

    private static int printStatus(MigrationStatus status, PrintStream out) {
        out.println("keyspace " + status.keyspace());
        for (AppliedMigration migration : status.applied()) {
            out.printf(
                    "  applied  %s %s  (%s by %s)%n",
                    migration.label(),
                    migration.description(),
                    migration.appliedAt(),
                    migration.appliedBy());
        }
        for (Migration migration : status.pending()) {
            out.printf("  pending  %s %s%n", migration.label(), migration.description());
        }
        for (String problem : status.problems()) {
            out.println("  problem  " + problem);
        }
        if (!status.problems().isEmpty()) {
            return FAILED;
        }
        out.println(
                status.pending().isEmpty()
                        ? "schema is up to date"
                        : status.pending().size() + " pending migration(s)");
        return OK;
    }
}
