package org.mlopsconsole.app.cli.rolestools;

import picocli.CommandLine.Command;

/** {@code mlops-console tools}: a client's tool inventory against the nine MLOps components. */
@Command(
        name = "tools",
        description = "Tool inventories: component coverage (C1-C9) and suggestions for the gaps.",
        mixinStandardHelpOptions = true,
        subcommands = {
            ToolsCoverageCommand.class,
            EngagementDocument.ToolsExport.class,
            EngagementDocument.ToolsImport.class
        })
public final class ToolsCommand {}
