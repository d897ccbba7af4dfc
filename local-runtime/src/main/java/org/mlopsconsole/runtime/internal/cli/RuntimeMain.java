package org.mlopsconsole.runtime.internal.cli;

import java.util.concurrent.Callable;
import org.mlopsconsole.runtime.cli.BenchCommand;
import org.mlopsconsole.runtime.cli.DriftCommand;
import org.mlopsconsole.runtime.cli.ModelsCommand;
import org.mlopsconsole.runtime.cli.MonitorCommand;
import org.mlopsconsole.runtime.cli.PredictCommand;
import org.mlopsconsole.runtime.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The headless {@code mlops-runtime.jar}: serve, models, bench, drift, monitor and predict; no desktop app and no JavaFX. */
@Command(
        name = "mlops-runtime",
        mixinStandardHelpOptions = true,
        versionProvider = RuntimeVersionProvider.class,
        description = "Serve ONNX models over the Open Inference Protocol, headless; list versions and set stages;"
                + " benchmark models; compare datasets for drift; watch a running server; score files.",
        subcommands = {
            ServeCommand.class,
            ModelsCommand.class,
            BenchCommand.class,
            DriftCommand.class,
            MonitorCommand.class,
            PredictCommand.class
        })
public final class RuntimeMain implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty(
                    "logback.configurationFile", "org/mlopsconsole/runtime/internal/cli/runtime-logback.xml");
        }
        System.exit(new CommandLine(new RuntimeMain()).execute(args));
    }

    /** Without a command: say what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
