package io.tradestream.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * The memory settings Flink derives for one process from its configuration, as its start scripts
 * get them from {@code BashJavaUtils}: JVM options (heap, direct memory, metaspace) and dynamic
 * properties ({@code -D key=value} arguments) that the TaskManager refuses to start without.
 */
record FlinkMemoryFlags(List<String> jvmOptions, List<String> dynamicProperties) {
    static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    FlinkMemoryFlags {
        jvmOptions = List.copyOf(jvmOptions);
        dynamicProperties = List.copyOf(dynamicProperties);
    }

    /**
     * Parses the output of {@code BashJavaUtils GET_JM_RESOURCE_PARAMS|GET_TM_RESOURCE_PARAMS}:
     * among any log lines, two result lines, JVM options first.
     */
    static FlinkMemoryFlags parse(String output) {
        List<String> results = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith(RESULT_PREFIX)) {
                results.add(line.substring(RESULT_PREFIX.length()).strip());
            }
        }
        if (results.size() != 2) {
            throw new StackException(
                    "Flink's BashJavaUtils printed "
                            + results.size()
                            + " result lines instead of 2:\n"
                            + output);
        }
        return new FlinkMemoryFlags(words(results.get(0)), words(results.get(1)));
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }
}
