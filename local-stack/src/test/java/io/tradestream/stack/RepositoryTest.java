package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {
    @TempDir Path folder;

    @Test
    void isTheNearestFolderAboveThatHoldsTheRuntimeModules() throws IOException {
        Files.createDirectories(folder.resolve("local-stack-runtime"));
        Path deep = Files.createDirectories(folder.resolve("local-stack/target/classes"));

        assertThat(Repository.findAbove(deep)).contains(folder);
        assertThat(Repository.findAbove(folder.getRoot())).isEmpty();
    }

    @Test
    void saysHowToBuildAMissingServerClasspath() {
        Repository repository = new Repository(folder);

        assertThatThrownBy(() -> repository.runtimeLib(Component.CASSANDRA))
                .isInstanceOf(StackException.class)
                .hasMessage(
                        "The cassandra server's classpath is missing: no jars in "
                                + folder.resolve("local-stack-runtime/cassandra/target/lib")
                                + ". Build it first: cd "
                                + folder
                                + " && mvn -DskipTests install (or only this server: mvn"
                                + " -DskipTests install -pl local-stack-runtime/cassandra)");
    }
}
