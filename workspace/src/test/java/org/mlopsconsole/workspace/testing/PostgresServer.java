package org.mlopsconsole.workspace.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's {@code postgresql} package ({@code initdb} and
 * {@code pg_ctl}), a cluster in a temporary folder, listening on a free loopback port, started once
 * per test run and stopped at its end. Each test gets a database of its own.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (containers, CI), the cluster is
 * created and run as the {@code postgres} user the package installs, through {@code runuser}; the
 * temporary folder is handed to that user.
 */
public final class PostgresServer implements AutoCloseable {

    /** Why the PostgreSQL tests are skipped here, shown by JUnit. */
    public static final String MISSING = "PostgreSQL is not installed (no initdb and pg_ctl on the PATH or in"
            + " /usr/lib/postgresql/*/bin): the PostgreSQL half of these tests is skipped. Install Debian's"
            + " postgresql package (.ci/run does) to run it.";

    private static final String SUPERUSER = "postgres";
    private static PostgresServer running;

    private final Path binaries;
    private final Path folder;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path binaries, Path folder, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.folder = folder;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Where initdb and pg_ctl are, if installed. */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.sorted(java.util.Comparator.reverseOrder())
                    .map(v -> v.resolve("bin"))
                    .forEach(candidates::add);
        } catch (IOException e) {
            // not installed there
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .map(dir -> dir.resolve("initdb").toAbsolutePath())
                .map(PostgresServer::realParent)
                .findFirst();
    }

    private static Path realParent(Path initdb) {
        try {
            return initdb.toRealPath().getParent();
        } catch (IOException e) {
            return initdb.getParent();
        }
    }

    /** The server of this test run, started on first use; stopped by {@link PostgresExtension}. */
    static synchronized PostgresServer shared() {
        if (running == null) {
            running = start(binaries().orElseThrow(() -> new IllegalStateException(MISSING)));
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "stop-test-postgres"));
        }
        return running;
    }

    static synchronized void stopShared() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private static PostgresServer start(Path binaries) {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path folder = Files.createTempDirectory("mlops-console-postgres");
            int port = freePort();
            PostgresServer server = new PostgresServer(binaries, folder, port, root);
            if (root) {
                run(List.of("chown", SUPERUSER, folder.toString()));
            }
            server.pg(List.of(
                    binaries.resolve("initdb").toString(),
                    "-D",
                    folder.resolve("data").toString(),
                    "-U",
                    SUPERUSER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync"));
            server.pg(List.of(
                    binaries.resolve("pg_ctl").toString(),
                    "-D",
                    folder.resolve("data").toString(),
                    "-l",
                    folder.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off",
                    "start"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private void pg(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** A new, empty database; returns its URL. */
    public String createDatabase() {
        String name = "ws_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(adminUrl("postgres"), SUPERUSER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + SUPERUSER;
    }

    /** Runs SQL as the superuser in {@code database} (roles and grants for tests). */
    public void execute(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(adminUrl(database), SUPERUSER, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not run " + String.join("; ", statements) + ": " + e.getMessage(), e);
        }
    }

    private String adminUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            pg(List.of(
                    binaries.resolve("pg_ctl").toString(),
                    "-D",
                    folder.resolve("data").toString(),
                    "-m",
                    "fast",
                    "-w",
                    "stop"));
        } catch (IOException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it eventually
        }
    }
}
