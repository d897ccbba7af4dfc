package org.mlopsconsole.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.OnnxRuntimeInfo;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import picocli.CommandLine;

class RuntimeVersionTest {

    @Test
    void versionNamesTheRuntimeJavaAndOnnxRuntime() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .execute("--version");

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).hasSize(3).first().asString().matches("mlops-runtime \\d+\\.\\d+\\.\\d+.*");
        assertThat(out.toString())
                .contains("Java " + System.getProperty("java.version"))
                .contains("ONNX Runtime " + OnnxRuntimeInfo.version());
    }
}
