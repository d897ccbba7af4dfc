package org.mlopsconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DesktopStartTest {

    @TempDir
    static Path dir;

    static Path engagementFile;

    static Stream<Arguments> commandLines() throws Exception {
        engagementFile = Files.writeString(dir.resolve("client.mlops"), "{}");
        String file = engagementFile.toString();
        return Stream.of(
                Arguments.of(new String[] {}, true),
                Arguments.of(new String[] {"--workspace", "ws"}, true),
                Arguments.of(new String[] {"--workspace=ws"}, true),
                Arguments.of(new String[] {file}, true),
                Arguments.of(new String[] {"--workspace", "ws", file}, true),
                Arguments.of(new String[] {file, "--workspace", "ws"}, true),
                Arguments.of(new String[] {"serve"}, false),
                Arguments.of(new String[] {"--workspace", "ws", "assess", "list"}, false),
                Arguments.of(new String[] {"--version"}, false),
                Arguments.of(new String[] {"--help"}, false),
                Arguments.of(new String[] {"--workspace"}, false),
                Arguments.of(new String[] {"--workspace", "a", "--workspace", "b"}, false),
                Arguments.of(new String[] {file, file}, false),
                Arguments.of(new String[] {dir.resolve("missing.mlops").toString()}, false),
                Arguments.of(new String[] {"notes.txt"}, false));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void onlyAPlainDesktopStartSkipsTheFullCommandLine(String[] args, boolean desktop) {
        assertThat(DesktopStart.recognize(args).isPresent())
                .as(String.join(" ", args))
                .isEqualTo(desktop);
    }

    @Test
    void theWorkspaceAndTheEngagementFileAreTakenAsGiven() throws Exception {
        Path file = Files.writeString(dir.resolve("other.mlops"), "{}");
        DesktopStart start = DesktopStart.recognize("--workspace", "jdbc:postgresql://db/ws", file.toString())
                .orElseThrow();
        assertThat(start.workspace()).contains("jdbc:postgresql://db/ws");
        assertThat(start.engagementFile()).contains(file.toAbsolutePath().normalize());
    }
}
