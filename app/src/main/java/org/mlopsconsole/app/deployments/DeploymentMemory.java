package org.mlopsconsole.app.deployments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * What the user deployed and whether the server ran, kept in the workspace so the next start of
 * the app can bring it back. The server's token is never written: a server that had one is
 * remembered as such, and the user starts it again.
 */
public final class DeploymentMemory {

    /**
     * Where the server listened: REST's port, gRPC's when it served gRPC too; {@code withToken}: it
     * asked for a bearer token.
     */
    public record ServerSettings(String host, int port, OptionalInt grpcPort, boolean withToken) {}

    /** @param deployed models, in the order they were deployed */
    public record State(List<String> deployed, Optional<ServerSettings> server) {
        public State {
            deployed = List.copyOf(deployed);
        }
    }

    private static final String DEPLOYED = "deployed";
    private static final String HOST = "server.host";
    private static final String PORT = "server.port";
    private static final String TOKEN = "server.token";
    private static final String GRPC_PORT = "server.grpc-port";

    private final Optional<Path> file;

    private DeploymentMemory(Optional<Path> file) {
        this.file = file;
    }

    public static DeploymentMemory in(Path file) {
        return new DeploymentMemory(Optional.of(file));
    }

    /** Remembers nothing (tests, and views that do not restore). */
    public static DeploymentMemory none() {
        return new DeploymentMemory(Optional.empty());
    }

    public synchronized State load() {
        Properties properties = read();
        List<String> deployed = Arrays.stream(
                        properties.getProperty(DEPLOYED, "").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        Optional<ServerSettings> server = Optional.ofNullable(properties.getProperty(HOST))
                .flatMap(host -> port(properties.getProperty(PORT, ""))
                        .map(port -> new ServerSettings(
                                host,
                                port,
                                port(properties.getProperty(GRPC_PORT, ""))
                                        .map(OptionalInt::of)
                                        .orElse(OptionalInt.empty()),
                                Boolean.parseBoolean(properties.getProperty(TOKEN)))));
        return new State(deployed, server);
    }

    synchronized void deployed(String model) {
        Set<String> models = new LinkedHashSet<>(load().deployed());
        models.add(model);
        update(properties -> properties.setProperty(DEPLOYED, String.join(",", models)));
    }

    synchronized void undeployed(String model) {
        Set<String> models = new LinkedHashSet<>(load().deployed());
        models.remove(model);
        update(properties -> properties.setProperty(DEPLOYED, String.join(",", models)));
    }

    synchronized void serverStarted(ServerSettings server) {
        update(properties -> {
            properties.setProperty(HOST, server.host());
            properties.setProperty(PORT, Integer.toString(server.port()));
            server.grpcPort()
                    .ifPresentOrElse(
                            grpc -> properties.setProperty(GRPC_PORT, Integer.toString(grpc)),
                            () -> properties.remove(GRPC_PORT));
            properties.setProperty(TOKEN, Boolean.toString(server.withToken()));
        });
    }

    synchronized void serverStopped() {
        update(properties -> {
            properties.remove(HOST);
            properties.remove(PORT);
            properties.remove(GRPC_PORT);
            properties.remove(TOKEN);
        });
    }

    private static Optional<Integer> port(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Properties read() {
        Properties properties = new Properties();
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try (InputStream in = Files.newInputStream(file.get())) {
                properties.load(in);
            } catch (IOException e) {
                // an unreadable memory restores nothing; the next change writes it anew
            }
        }
        return properties;
    }

    private void update(java.util.function.Consumer<Properties> change) {
        if (file.isEmpty()) {
            return;
        }
        Properties properties = read();
        change.accept(properties);
        try {
            Files.createDirectories(file.get().toAbsolutePath().getParent());
            Path written = Files.createTempFile(file.get().toAbsolutePath().getParent(), ".deployments-", ".tmp");
            try (OutputStream out = Files.newOutputStream(written)) {
                properties.store(out, "What the Deployments section brings back when the app starts");
            }
            Files.move(written, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remember the deployments in " + file.get(), e);
        }
    }
}
