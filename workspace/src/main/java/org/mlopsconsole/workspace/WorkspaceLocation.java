package org.mlopsconsole.workspace;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a workspace lives: a folder holding an H2 database file (the default, one consultant on a
 * laptop) or a database on a PostgreSQL server (a team). Anything else that looks like a URL is
 * refused by {@link #parse}, with a message naming what is supported.
 */
public sealed interface WorkspaceLocation permits WorkspaceLocation.Folder, WorkspaceLocation.PostgresUrl {

    /** Environment variable that chooses the workspace when {@code --workspace} is not given. */
    String ENVIRONMENT_VARIABLE = "MLOPS_CONSOLE_WORKSPACE";

    /** What {@link #parse} accepts, for messages and help texts. */
    String SUPPORTED = "a folder (an H2 workspace) or jdbc:postgresql://HOST[:PORT]/DATABASE (a team workspace)";

    /**
     * The folder of this machine's own files for this workspace: logs, backups, the model
     * repository, window state. For a folder it is the folder; for a server, a folder under the
     * user's home named after the server and database.
     */
    Path localDirectory();

    /** The folder or the URL (never a password), as the user would type it again. */
    String display();

    default Path logsDirectory() {
        return localDirectory().resolve("logs");
    }

    /** The model repository the desktop app deploys from (Triton's layout). */
    default Path modelsDirectory() {
        return localDirectory().resolve("models");
    }

    default Path backupsDirectory() {
        return localDirectory().resolve("backups");
    }

    /** What the Deployments section brings back at the next start. */
    default Path deploymentsFile() {
        return localDirectory().resolve("deployments.properties");
    }

    /** The UI's per-machine state (window bounds, theme, last section). */
    default Path uiStateFile() {
        return localDirectory().resolve("ui-state.properties");
    }

    /**
     * A folder, or {@code jdbc:postgresql://...}; {@link WorkspaceException} for any other URL
     * ({@code jdbc:h2:...}, {@code http://...}, {@code file:...}).
     *
     * @param userHome where a server workspace keeps this machine's files
     */
    static WorkspaceLocation parse(String text, Path userHome) {
        String value = Objects.requireNonNull(text, "text").strip();
        if (value.isEmpty()) {
            throw new WorkspaceException("The workspace location is empty: give " + SUPPORTED + ".");
        }
        if (value.regionMatches(true, 0, PostgresUrl.PREFIX, 0, "jdbc:postgresql:".length())) {
            return PostgresUrl.parse(value, userHome);
        }
        if (Folder.LOOKS_LIKE_URL.matcher(value).lookingAt()) {
            throw new WorkspaceException(
                    "'" + value + "' is not a workspace location this version supports: give " + SUPPORTED + ".");
        }
        return new Folder(Path.of(value));
    }

    /**
     * The command-line option first, then {@value #ENVIRONMENT_VARIABLE}, then the folder
     * {@code ~/.mlops-console}.
     */
    static WorkspaceLocation resolve(
            Optional<String> commandLineOption, Map<String, String> environment, Path userHome) {
        return commandLineOption
                .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE))
                        .filter(v -> !v.isBlank()))
                .map(text -> parse(text, userHome))
                .orElseGet(() -> defaultFolder(userHome));
    }

    /** {@link #resolve(Optional, Map, Path)} from this process's environment and {@code user.home}. */
    static WorkspaceLocation resolve(Optional<String> commandLineOption) {
        return resolve(commandLineOption, System.getenv(), userHome());
    }

    static Folder defaultFolder(Path userHome) {
        return new Folder(userHome.resolve(".mlops-console"));
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    /**
     * An H2 workspace: a folder holding {@code workspace.mv.db}, its logs and its backups.
     *
     * @param directory absolute and normalized
     */
    record Folder(Path directory) implements WorkspaceLocation {

        /** A scheme of two or more letters and a colon; one letter is a Windows drive. */
        private static final Pattern LOOKS_LIKE_URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

        public static final String DATABASE_NAME = "workspace";
        public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";

        public Folder {
            Objects.requireNonNull(directory, "directory");
            directory = directory.toAbsolutePath().normalize();
        }

        public Path databaseFile() {
            return directory.resolve(DATABASE_FILE);
        }

        @Override
        public Path localDirectory() {
            return directory;
        }

        @Override
        public String display() {
            return directory.toString();
        }
    }

    /**
     * A team workspace: one database on a PostgreSQL server. The user comes from the URL, else
     * {@code PGUSER}, else the operating-system user; the password never from the URL (see
     * {@link PasswordSource}).
     *
     * @param parameters the few connection parameters accepted ({@code sslmode}, {@code user},
     *     {@code ApplicationName}); driver settings that load classes or write files are refused
     */
    record PostgresUrl(String host, int port, String database, Map<String, String> parameters, Path localDirectory)
            implements WorkspaceLocation {

        static final String PREFIX = "jdbc:postgresql://";
        public static final int DEFAULT_PORT = 5432;
        private static final Set<String> ACCEPTED_PARAMETERS = Set.of("sslmode", "user", "applicationname");
        private static final Pattern URL = Pattern.compile(
                "jdbc:postgresql://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?/([^/?#]+)(?:\\?(.*))?");

        public PostgresUrl {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            parameters = Map.copyOf(parameters);
            Objects.requireNonNull(localDirectory, "localDirectory");
        }

        static PostgresUrl parse(String text, Path userHome) {
            Matcher matcher = URL.matcher(text);
            if (!text.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || !matcher.matches()) {
                throw new WorkspaceException("'" + text + "' is not a PostgreSQL workspace URL: write it as"
                        + " jdbc:postgresql://HOST[:PORT]/DATABASE, for example jdbc:postgresql://127.0.0.1:5432/ws.");
            }
            String host = matcher.group(1);
            int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
            if (port < 1 || port > 65535) {
                throw new WorkspaceException("'" + text + "' names port " + port + "; a port is 1 to 65535.");
            }
            String database = URLDecoder.decode(matcher.group(3), StandardCharsets.UTF_8);
            Map<String, String> parameters = parameters(text, matcher.group(4));
            Path local = userHome.resolve(".mlops-console")
                    .resolve("servers")
                    .resolve(safeName(host + "-" + port + "-" + database));
            return new PostgresUrl(host, port, database, parameters, local);
        }

        private static Map<String, String> parameters(String text, String query) {
            Map<String, String> parameters = new TreeMap<>();
            if (query == null || query.isEmpty()) {
                return parameters;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (key.equalsIgnoreCase("password")) {
                    throw new WorkspaceException(
                            "'" + text.substring(0, text.indexOf('?')) + "?...' carries a password:"
                                    + " leave it out of the URL and set MLOPS_CONSOLE_WORKSPACE_PASSWORD (or PGPASSWORD), or"
                                    + " type it when asked.");
                }
                if (!ACCEPTED_PARAMETERS.contains(key.toLowerCase(Locale.ROOT))) {
                    throw new WorkspaceException("The workspace URL parameter '" + key
                            + "' is not accepted; only sslmode, user and ApplicationName are.");
                }
                parameters.put(key, value);
            }
            return parameters;
        }

        private static String safeName(String text) {
            return text.replaceAll("[^A-Za-z0-9._-]", "_");
        }

        /** The user named in the URL, if any. */
        public Optional<String> user() {
            return parameters.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("user"))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }

        /** The JDBC URL without any user or password: those are passed as connection properties. */
        public String jdbcUrl() {
            String hostPart = host + (port == DEFAULT_PORT ? "" : ":" + port);
            StringBuilder url = new StringBuilder(PREFIX + hostPart + "/" + encode(database));
            String separator = "?";
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                if (!parameter.getKey().equalsIgnoreCase("user")) {
                    url.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
                    separator = "&";
                }
            }
            return url.toString();
        }

        private static String encode(String text) {
            return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String display() {
            StringBuilder url = new StringBuilder(PREFIX + host + ":" + port + "/" + encode(database));
            String separator = "?";
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                url.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
                separator = "&";
            }
            return url.toString();
        }

        @Override
        public String toString() {
            return display();
        }
    }
}
