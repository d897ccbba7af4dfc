package org.mlopsconsole.app.cli;

import org.mlopsconsole.app.cli.assessment.ModelsExportCommand;
import org.mlopsconsole.app.cli.assessment.ModelsListCommand;
import org.mlopsconsole.app.cli.assessment.ModelsShowCommand;
import org.mlopsconsole.app.cli.assessment.ModelsValidateCommand;
import org.mlopsconsole.app.cli.runtime.DeploymentExportCommand;
import org.mlopsconsole.app.cli.runtime.ModelImportCommand;
import org.mlopsconsole.runtime.cli.ModelShowPipelineCommand;
import org.mlopsconsole.runtime.cli.ModelStageCommand;
import org.mlopsconsole.runtime.cli.ModelVersionsCommand;
import picocli.CommandLine.Command;

/**
 * {@code mlops-console models}: both kinds of model. Maturity models (list, show, validate,
 * export) and ONNX models in a model repository (import, versions, stage, export-deployment);
 * each action is its own subcommand class (versions and stage shared with mlops-runtime.jar).
 */
@Command(
        name = "models",
        description = "Maturity models (list, show, validate, export) and ONNX models (import, versions, stage,"
                + " export-deployment, show-pipeline).",
        mixinStandardHelpOptions = true,
        subcommands = {
            ModelsListCommand.class,
            ModelsShowCommand.class,
            ModelsValidateCommand.class,
            ModelsExportCommand.class,
            ModelImportCommand.class,
            ModelVersionsCommand.class,
            ModelStageCommand.class,
            ModelShowPipelineCommand.class,
            DeploymentExportCommand.class
        })
public final class ModelsCommand {}
