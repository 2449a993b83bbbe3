package io.tradestream.ingestion.taq;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real S3 HTTP endpoint in this JVM: Adobe's S3Mock, with both its connectors bound to 127.0.0.1
 * (plain HTTP for the tests, HTTPS on a random port) and its objects in a folder of the test.
 */
final class S3MockServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final S3MockApplication application;
    private final int httpPort;

    private S3MockServer(S3MockApplication application, int httpPort) {
        this.application = application;
        this.httpPort = httpPort;
    }

    /** Tomcat logs through java.util.logging; JUL holds its loggers weakly, so this keeps it. */
    private static final Logger TOMCAT_LOGGER = Logger.getLogger("org.apache");

    static S3MockServer start(Path root) {
        TOMCAT_LOGGER.setLevel(Level.WARNING);
        int httpPort = freePort();
        Map<String, Object> properties = new HashMap<>();
        properties.put(S3MockApplication.PROP_HTTPS_PORT, 0);
        properties.put(S3MockApplication.PROP_HTTP_PORT, httpPort);
        properties.put("server.address", LOOPBACK);
        properties.put(S3MockApplication.PROP_ROOT_DIRECTORY, root.toString());
        properties.put(S3MockApplication.PROP_SILENT, true);
        properties.put("server.ssl.enabled", false);
        properties.put("spring.main.sources", LoopbackConnectors.class.getName());
        return new S3MockServer(S3MockApplication.start(properties), httpPort);
    }

    URI endpoint() {
        return URI.create("http://" + LOOPBACK + ":" + httpPort);
    }

    @Override
    public void close() {
        application.stop();
    }

    /** A port free on 127.0.0.1 now; S3Mock binds it a moment later. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * S3Mock adds its plain HTTP connector beside Spring Boot's, and {@code server.address} only
     * reaches Spring Boot's: this binds the other to the loopback address too.
     */
    @Configuration(proxyBeanMethods = false)
    static class LoopbackConnectors {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> loopbackOnly() {
            return factory ->
                    factory.getAdditionalTomcatConnectors()
                            .forEach(connector -> connector.setProperty("address", LOOPBACK));
        }
    }
}
