package io.tradestream.stack.junit;

import io.tradestream.stack.Component;
import io.tradestream.stack.LocalStack;
import io.tradestream.stack.PortPlan;
import io.tradestream.stack.StackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives tests a running {@link LocalStack}: declare a {@code LocalStack} parameter on a test
 * method, constructor or {@code @BeforeAll} method of a class annotated with
 * {@code @ExtendWith(LocalStackExtension.class)}.
 *
 * <p>The stack (all components, unless the class says otherwise with {@link RequiresStack}) runs on
 * ephemeral ports with a fresh home under {@code target/}. It starts when a test first needs it and
 * is shared by every test class of the test JVM; it stops when all tests of the JVM are done (logs
 * stay in its home). A stack that fails to start fails every test that needs it, without a second
 * attempt.
 */
public final class LocalStackExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Set<Component> components = requestedComponents(context);
        // The root context lives as long as the test JVM's test run; its store closes the stack.
        SharedStack shared =
                context.getRoot()
                        .getStore(NAMESPACE)
                        .getOrComputeIfAbsent(components, SharedStack::start, SharedStack.class);
        return shared.stack();
    }

    private static Set<Component> requestedComponents(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, RequiresStack.class))
                .map(requires -> Arrays.asList(requires.components()))
                .map(list -> list.isEmpty() ? EnumSet.allOf(Component.class) : EnumSet.copyOf(list))
                .orElseGet(() -> EnumSet.allOf(Component.class));
    }

    /** A started stack (or why it did not start), stopped when the store closes. */
    private static final class SharedStack implements ExtensionContext.Store.CloseableResource {
        private final LocalStack stack;
        private final RuntimeException failure;
        private final Thread shutdownHook;

        private SharedStack(LocalStack stack, RuntimeException failure) {
            this.stack = stack;
            this.failure = failure;
            // Stops the servers even if the test JVM is interrupted before the store closes.
            this.shutdownHook = new Thread(stack::stop, "local-stack-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }

        static SharedStack start(Object key) {
            @SuppressWarnings("unchecked")
            Set<Component> components = (Set<Component>) key;
            LocalStack stack =
                    LocalStack.builder()
                            .home(freshHome(components))
                            .ports(PortPlan.ephemeral())
                            .components(components)
                            .build();
            try {
                stack.start();
                return new SharedStack(stack, null);
            } catch (RuntimeException e) {
                return new SharedStack(stack, e);
            }
        }

        LocalStack stack() {
            if (failure != null) {
                throw new StackException("The shared local stack did not start", failure);
            }
            return stack;
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException jvmShuttingDown) {
                // The hook runs (or ran) anyway; stopping twice is harmless.
            }
            stack.stop();
        }

        private static Path freshHome(Set<Component> components) {
            String name = components.stream().map(Component::id).collect(Collectors.joining("-"));
            try {
                Path target = Files.createDirectories(Path.of("target"));
                return Files.createTempDirectory(target, "local-stack-" + name + "-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a stack home under target/", e);
            }
        }
    }
}
