package org.mlopsconsole.runtime.cli;

import picocli.CommandLine.Command;

/** {@code mlops-runtime models}: a model repository's versions and their stages. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "A model repository's versions (versions), their promotion stages (stage) and pipelines"
                + " (show-pipeline).",
        subcommands = {ModelVersionsCommand.class, ModelStageCommand.class, ModelShowPipelineCommand.class})
public final class ModelsCommand {}
