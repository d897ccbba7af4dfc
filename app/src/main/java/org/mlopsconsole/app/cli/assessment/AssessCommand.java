package org.mlopsconsole.app.cli.assessment;

import org.mlopsconsole.app.cli.AssessListCommand;
import org.mlopsconsole.app.cli.AssessOrganizationsCommand;
import org.mlopsconsole.app.cli.engagement.AssessmentCommands;
import org.mlopsconsole.app.cli.engagement.FollowThroughCommands;
import picocli.CommandLine.Command;

/** {@code mlops-console assess}: templates, scoring and the practice crosswalk. */
@Command(
        name = "assess",
        description = "Score responses against a maturity model.",
        mixinStandardHelpOptions = true,
        subcommands = {
            AssessTemplateCommand.class,
            AssessScoreCommand.class,
            AssessCrosswalkCommand.class,
            AssessListCommand.class,
            AssessOrganizationsCommand.class,
            AssessmentCommands.Create.class,
            AssessmentCommands.Show.class,
            AssessmentCommands.Rename.class,
            AssessmentCommands.Archive.class,
            AssessmentCommands.Rate.class,
            AssessmentCommands.Export.class,
            AssessmentCommands.Import.class,
            AssessmentCommands.Copy.class,
            FollowThroughCommands.FollowUp.class,
            FollowThroughCommands.Plan.class
        })
public final class AssessCommand {

    /** Output formats of the scoring commands. */
    enum Format {
        json,
        text
    }
}
