package org.mlopsconsole.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The desktop opener judged by its exit status, with a script standing in for xdg-open: no desktop needed. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in opener is a shell script")
class DesktopFileOpenerTest {

    @TempDir
    Path dir;

    private Path opener(int exitStatus) throws IOException {
        Path script = dir.resolve("fake-open-" + exitStatus);
        Files.writeString(script, "#!/bin/sh\nexit " + exitStatus + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void anOpenerThatFailsMeansNoProgramOpensTheType() throws IOException {
        DesktopFileOpener opener = new DesktopFileOpener(List.of(opener(3).toString()));

        assertThat(opener.open(dir.resolve("acme-fraud-2027-06-01.pptx")))
                .hasValue("no program on this computer opens .pptx files");
    }

    @Test
    void anOpenerThatSucceedsOpenedTheFile() throws IOException {
        DesktopFileOpener opener = new DesktopFileOpener(List.of(opener(0).toString()));

        assertThat(opener.open(dir.resolve("report.pdf"))).isEmpty();
    }

    @Test
    void anOpenerThatIsNotInstalledSaysSo() {
        DesktopFileOpener opener =
                new DesktopFileOpener(List.of(dir.resolve("no-such-opener").toString()));

        assertThat(opener.open(dir.resolve("report.pdf")))
                .hasValueSatisfying(why ->
                        assertThat(why).startsWith("the desktop's opener (").contains("could not be started"));
    }
}
