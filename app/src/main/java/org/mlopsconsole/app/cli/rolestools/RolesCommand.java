package org.mlopsconsole.app.cli.rolestools;

import picocli.CommandLine.Command;

/** {@code mlops-console roles}: RACI files checked and started from templates. */
@Command(
        name = "roles",
        description = "RACI of roles × lifecycle activities: check a RACI file, or write a starting template.",
        mixinStandardHelpOptions = true,
        subcommands = {
            RolesCheckCommand.class,
            RolesTemplateCommand.class,
            EngagementDocument.RolesExport.class,
            EngagementDocument.RolesImport.class
        })
public final class RolesCommand {}
