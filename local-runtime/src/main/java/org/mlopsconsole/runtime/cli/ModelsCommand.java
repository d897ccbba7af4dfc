package org.mlopsconsole.runtime.cli;

import picocli.CommandLine.Command;

/** {@code mlops-runtime models}: a model repository's versions and their stages. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "A model repository's versions (versions) and their promotion stages (stage).",
        subcommands = {ModelVersionsCommand.class, ModelStageCommand.class})
public final class ModelsCommand {}
