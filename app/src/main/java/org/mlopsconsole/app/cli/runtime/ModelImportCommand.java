package org.mlopsconsole.app.cli.runtime;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.TensorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code models import FILE.onnx --name M [--version N] --repository DIR}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import an ONNX model into a model repository as <repository>/<name>/<version>/model.onnx.",
            "The file is checked with ONNX Runtime first; a failed import writes nothing."
        })
public final class ModelImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.onnx", description = "The ONNX model file.")
    private Path file;

    @Option(names = "--name", required = true, paramLabel = "M", description = "Model name: letters, digits, _ . -")
    private String name;

    @Option(names = "--version", paramLabel = "N", description = "Version number (default: the next one).")
    private Long version;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ModelVersionRecord record;
        try {
            record = ModelRepository.open(repository)
                    .importModel(file, name, version == null ? OptionalLong.empty() : OptionalLong.of(version));
        } catch (ServingException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "Imported %s version %d into %s%n",
                record.name(),
                record.version(),
                repository.toAbsolutePath().normalize());
        out.printf(Locale.ROOT, "  sha256   %s%n  size     %,d bytes%n", record.sha256(), record.sizeBytes());
        out.printf(Locale.ROOT, "  inputs   %s%n", describe(record.signature().inputs()));
        out.printf(Locale.ROOT, "  outputs  %s%n", describe(record.signature().outputs()));
        return 0;
    }

    private static String describe(List<TensorSpec> specs) {
        return specs.stream()
                .map(spec -> spec.name() + " " + spec.datatype() + spec.shape())
                .collect(Collectors.joining(", "));
    }
}
