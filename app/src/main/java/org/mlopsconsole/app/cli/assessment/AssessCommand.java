package org.mlopsconsole.app.cli.assessment;

import org.mlopsconsole.app.cli.AssessListCommand;
import org.mlopsconsole.app.cli.AssessOrganizationsCommand;
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
            AssessOrganizationsCommand.class
        })
public final class AssessCommand {

    /** Output formats of the scoring commands. */
    enum Format {
        json,
        text
    }
}
