package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDescriptorTest {
    @TempDir Path home;

    @Test
    void survivesAWriteAndReadAndCarriesTheAddresses() {
        StackDescriptor descriptor =
                new StackDescriptor(
                        home,
                        Path.of("/repo"),
                        EnumSet.of(Component.FLINK, Component.KAFKA),
                        new PortPlan(1001, 1002, 1003, 1004, 1005, 1006));
        Path file = new StackLayout(home).stackProperties();

        descriptor.write(file);

        assertThat(StackDescriptor.read(file)).contains(descriptor);
        assertThat(descriptor.toProperties())
                .containsEntry("components", "kafka,flink")
                .containsEntry("kafka.bootstrap.servers", "127.0.0.1:1001")
                .containsEntry("cassandra.contact.point", "127.0.0.1:1003")
                .containsEntry("flink.rest.url", "http://127.0.0.1:1005")
                .containsEntry("cassandra.authentication", "false");
    }

    @Test
    void remembersThatCassandraAsksClientsToLogIn() {
        StackDescriptor descriptor =
                new StackDescriptor(
                        home,
                        Path.of("/repo"),
                        EnumSet.of(Component.CASSANDRA),
                        new PortPlan(1001, 1002, 1003, 1004, 1005, 1006),
                        true);
        Path file = new StackLayout(home).stackProperties();

        descriptor.write(file);

        assertThat(StackDescriptor.read(file)).contains(descriptor);
        assertThat(StackDescriptor.read(file).orElseThrow().cassandraAuthentication()).isTrue();
    }

    @Test
    void isAbsentWhenNoStackWasStarted() {
        assertThat(StackDescriptor.read(home.resolve("run/stack.properties")))
                .isEqualTo(Optional.empty());
        assertThat(LocalStack.attach(home)).isEmpty();
    }
}
