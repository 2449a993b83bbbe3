package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlinkMemoryFlagsTest {

    @Test
    void parsesJvmOptionsAndDynamicPropertiesAmongLogLines() {
        String output =
                String.join(
                        "\n",
                        "INFO  [] - Loading configuration property: taskmanager.numberOfTaskSlots,"
                                + " 4",
                        "BASH_JAVA_UTILS_EXEC_RESULT:-Xmx939524079 -Xms939524079"
                            + " -XX:MaxDirectMemorySize=348966095 -XX:MaxMetaspaceSize=268435456",
                        "INFO  [] - Final TaskExecutor Memory configuration:",
                        "BASH_JAVA_UTILS_EXEC_RESULT:-D taskmanager.cpu.cores=4.0"
                                + " -D taskmanager.memory.task.heap.size=805306351b",
                        "");

        FlinkMemoryFlags flags = FlinkMemoryFlags.parse(output);

        assertThat(flags.jvmOptions())
                .containsExactly(
                        "-Xmx939524079",
                        "-Xms939524079",
                        "-XX:MaxDirectMemorySize=348966095",
                        "-XX:MaxMetaspaceSize=268435456");
        assertThat(flags.dynamicProperties())
                .containsExactly(
                        "-D",
                        "taskmanager.cpu.cores=4.0",
                        "-D",
                        "taskmanager.memory.task.heap.size=805306351b");
    }

    @Test
    void failsWithTheOutputWhenAResultLineIsMissing() {
        assertThatThrownBy(
                        () ->
                                FlinkMemoryFlags.parse(
                                        "BASH_JAVA_UTILS_EXEC_RESULT:-Xmx1\nException in main"))
                .isInstanceOf(StackException.class)
                .hasMessage(
                        "Flink's BashJavaUtils printed 1 result lines instead of 2:\n"
                                + "BASH_JAVA_UTILS_EXEC_RESULT:-Xmx1\nException in main");
    }

    @Test
    void cacheKeyDependsOnEveryTextAndItsBoundaries() {
        assertThat(FlinkMemoryCalculator.cacheKey("a", "b"))
                .hasSize(16)
                .isEqualTo(FlinkMemoryCalculator.cacheKey("a", "b"))
                .isNotEqualTo(FlinkMemoryCalculator.cacheKey("ab", ""))
                .isNotEqualTo(FlinkMemoryCalculator.cacheKey("a", "c"));
    }
}
