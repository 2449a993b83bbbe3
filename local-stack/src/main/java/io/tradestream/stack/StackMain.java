package io.tradestream.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Command line of the local stack.
 *
 * <pre>
 * up [--ephemeral-ports]      start Kafka, Cassandra and Flink; return once they are ready
 * down [--purge]              stop them (--purge: also delete logs and data)
 * status                      show pids, ports and readiness
 * logs [name] [--follow]      list the log files, or print one (e.g. kafka, flink-taskmanager)
 * Every command: --home DIR   work folder, default &lt;repository&gt;/.tradestream
 * </pre>
 */
public final class StackMain {
    private static final String USAGE =
            String.join(
                    "\n",
                    "Usage: StackMain <command> [options]",
                    "  up [--ephemeral-ports]   Start the local stack (Kafka, Cassandra, Flink)"
                            + " in the background.",
                    "  down [--purge]           Stop it; --purge also deletes its logs and data.",
                    "  status                   Show its processes, ports and readiness.",
                    "  logs [name] [--follow]   List the log files, or print one: kafka,"
                            + " cassandra,",
                    "                           flink-jobmanager, flink-taskmanager, flink-client.",
                    "  Options: --home DIR (default: .tradestream in the repository)");

    private final PrintStream out;
    private final PrintStream err;

    private StackMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code: 0 success, 1 failure, 2 bad usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new StackMain(out, err).execute(args);
    }

    private int execute(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            return switch (arguments.command) {
                case "up" -> up(arguments);
                case "down" -> down(arguments);
                case "status" -> status(arguments);
                case "logs" -> logs(arguments);
                default -> {
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (StackException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int up(Arguments arguments) {
        Path home = arguments.home();
        Optional<LocalStack> existing = LocalStack.attach(home);
        if (existing.isPresent() && existing.get().isRunning()) {
            LocalStack stack = existing.get();
            StackStatus status = stack.status();
            if (!status.allReady()) {
                StackReport.printStatus(status, out);
                err.println(
                        "Part of the local stack is not running or not ready: run down, then up.");
                return 1;
            }
            out.println("The local stack already runs in " + stack.home() + ":");
            StackReport.printAddresses(stack, out);
            return 0;
        }
        LocalStack stack =
                LocalStack.builder()
                        .home(home)
                        .ports(
                                arguments.ephemeralPorts
                                        ? PortPlan.ephemeral()
                                        : PortPlan.defaults())
                        .build();
        out.println("Starting Kafka, Cassandra and Flink in " + stack.home() + " ...");
        long started = System.nanoTime();
        stack.start();
        out.printf(
                Locale.ROOT,
                "The local stack is ready (%.1f s). Its servers run in the background:%n",
                (System.nanoTime() - started) / 1e9);
        StackReport.printAddresses(stack, out);
        return 0;
    }

    private int down(Arguments arguments) {
        Optional<LocalStack> stack = LocalStack.attach(arguments.home());
        if (stack.isEmpty() || !stack.get().isRunning()) {
            out.println("No local stack runs in " + arguments.home() + ".");
            // Clears what a killed stack left behind (pid files, tmp/), and purges if asked.
            stack.ifPresent(stale -> stale.stop(arguments.purge));
            if (stack.isEmpty() && arguments.purge) {
                new StackLayout(arguments.home()).purge();
            }
            return 0;
        }
        long started = System.nanoTime();
        stack.get().stop(arguments.purge);
        out.printf(
                Locale.ROOT,
                "Stopped the local stack in %s (%.1f s)%s.%n",
                stack.get().home(),
                (System.nanoTime() - started) / 1e9,
                arguments.purge ? "; deleted its logs and data" : "");
        return 0;
    }

    private int status(Arguments arguments) {
        Optional<LocalStack> stack = LocalStack.attach(arguments.home());
        if (stack.isEmpty()) {
            out.println("No local stack runs in " + arguments.home() + ".");
            return 1;
        }
        StackStatus status = stack.get().status();
        StackReport.printStatus(status, out);
        return status.allReady() ? 0 : 1;
    }

    private int logs(Arguments arguments) {
        LogFiles logs = new LogFiles(new StackLayout(arguments.home()).logs());
        if (arguments.name == null) {
            List<Path> files = logs.list();
            if (files.isEmpty()) {
                out.println("No logs in " + new StackLayout(arguments.home()).logs() + ".");
            }
            for (Path file : files) {
                out.printf("%10d  %s%n", size(file), file);
            }
            return 0;
        }
        Optional<Path> file = logs.find(arguments.name);
        if (file.isEmpty()) {
            err.println(
                    "No log named "
                            + arguments.name
                            + " in "
                            + new StackLayout(arguments.home()).logs());
            return 1;
        }
        LogFiles.print(file.get(), arguments.follow, out);
        return 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The parsed command line. */
    private static final class Arguments {
        String command;
        Path home;
        boolean ephemeralPorts;
        boolean purge;
        boolean follow;
        String name;

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--home")) {
                    if (++i == args.length) {
                        throw new IllegalArgumentException("--home needs a folder");
                    }
                    parsed.home = Path.of(args[i]);
                } else if (arg.startsWith("--home=")) {
                    parsed.home = Path.of(arg.substring("--home=".length()));
                } else if (arg.equals("--ephemeral-ports")) {
                    parsed.ephemeralPorts = true;
                } else if (arg.equals("--purge")) {
                    parsed.purge = true;
                } else if (arg.equals("--follow") || arg.equals("-f")) {
                    parsed.follow = true;
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("Unknown option " + arg);
                } else {
                    positional.add(arg);
                }
            }
            if (positional.isEmpty()) {
                throw new IllegalArgumentException("No command given");
            }
            parsed.command = positional.get(0);
            if (positional.size() > 2
                    || (positional.size() == 2 && !parsed.command.equals("logs"))) {
                throw new IllegalArgumentException("Too many arguments: " + positional);
            }
            parsed.name = positional.size() == 2 ? positional.get(1) : null;
            return parsed;
        }

        Path home() {
            return home != null ? home : Repository.locate().root().resolve(".tradestream");
        }
    }
}
