package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the ONNX Runtime pin: 1.29.0 kills the JVM (SIGSEGV, exit 139) in
 * OrtEnvironment.getEnvironment() when the command line is about 4 KB or longer. A JVM started
 * with a 6 KB property must still load ONNX Runtime.
 */
class LongCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void onnxRuntimeLoadsInAJvmWithALongCommandLine() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path arguments = Files.writeString(
                temp.resolve("classpath.args"),
                "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"");
        String longProperty = "-Dpadding=" + "x".repeat(6 * 1024);
        Process process = new ProcessBuilder(
                        List.of(java.toString(), longProperty, "@" + arguments, OnnxRuntimeVersionMain.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("ONNX Runtime " + OnnxRuntimeInfo.version());
    }
}
