package org.mlopsconsole.app.cli.rolestools;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciCheck;
import org.mlopsconsole.assessment.roles.RaciCheckFormat;
import org.mlopsconsole.assessment.roles.RaciReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        description = {
            "Check a RACI file: every activity needs exactly one Accountable and at least one Responsible role"
                    + " (errors); roles with too many R or A, activities no person covers and one person approving"
                    + " and deploying models are warnings.",
            "Exit 0 when there is no error (warnings allowed), 1 when the RACI has errors or the file is invalid"
                    + " (each problem as FILE:LINE:COLUMN: POINTER: message)."
        },
        mixinStandardHelpOptions = true)
final class RolesCheckCommand implements Callable<Integer> {

    @Option(names = "--raci", paramLabel = "FILE", description = "The RACI file (JSON).")
    private Path raci;

    @Option(
            names = "--engagement",
            paramLabel = "ID",
            description = "Instead of a file: the RACI stored for this organization of the workspace.")
    private Long engagement;

    @Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Raci read = EngagementDocument.RACI.fromFileOrEngagement(raci, engagement, workspace);
        RaciCheck check = RaciCheck.withDefaultLimits();
        RaciReport report = check.check(read);
        String output = format == OutputFormat.json
                ? RaciCheckFormat.json(read, report, check.limits())
                : RaciCheckFormat.text(read, report);
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return report.passes() ? CommandLineApp.EXIT_OK : CommandLineApp.EXIT_FAILED;
    }
}
