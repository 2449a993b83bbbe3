package io.tradestream.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments with the options every command shares taken out: {@code --home DIR}. What
 * remains is the command's own arguments.
 */
final class Options {
    private final Path home;
    private final List<String> rest;

    private Options(Path home, List<String> rest) {
        this.home = home;
        this.rest = rest;
    }

    static Options parse(List<String> args, Path defaultHome) {
        Path home = defaultHome;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--home")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--home needs a folder");
                }
                home = Path.of(args.get(++i)).toAbsolutePath();
            } else {
                rest.add(args.get(i));
            }
        }
        return new Options(home, rest);
    }

    Path home() {
        return home;
    }

    List<String> rest() {
        return rest;
    }

    boolean flag(String name) {
        return rest.contains(name);
    }

    /** The value after {@code name}, or {@code fallback} when it is absent. */
    String value(String name, String fallback) {
        int at = rest.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= rest.size()) {
            throw new UsageException(name + " needs a value");
        }
        return rest.get(at + 1);
    }
}
