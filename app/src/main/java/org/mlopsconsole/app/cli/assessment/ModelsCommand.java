package org.mlopsconsole.app.cli.assessment;

import picocli.CommandLine.Command;

/**
 * {@code mlops-console models}: the maturity model catalog. Each action is its own subcommand
 * class so that further ones (ONNX model import and deployment export) can be added beside them.
 */
@Command(
        name = "models",
        description = "Maturity models (and, later, ONNX models).",
        mixinStandardHelpOptions = true,
        subcommands = {
            ModelsListCommand.class,
            ModelsShowCommand.class,
            ModelsValidateCommand.class,
            ModelsExportCommand.class
        })
public final class ModelsCommand {}
