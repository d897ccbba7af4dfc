package org.mlopsconsole.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlopsconsole.app.assessment.OrganizationRollups;
import org.mlopsconsole.reports.ReportFormat;
import org.mlopsconsole.reports.Reports;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code report --organization-rollup ORG_ID}: the organization's teams rolled up exactly as the
 * Assessments section shows them, written as xlsx or pdf. Teams with no assessment on the model
 * are named in the file and on stderr, with the way to choose another model instead; stdout names
 * the assessment (title and date) taken for each team.
 */
final class OrganizationRollupReport {

    static final String OPTION = "--organization-rollup";

    /** What a roll-up takes besides itself; any other option of {@code report} is a usage error. */
    private static final Set<String> APPLIES =
            Set.of(OPTION, "--model", "--format", "--out", "--workspace", "--organization", "--date");

    /** What the user asked for; the optional parts were left out when empty. */
    record Request(
            long organizationId,
            Optional<String> modelId,
            String format,
            Path out,
            Optional<String> organizationName,
            Optional<LocalDate> date) {}

    private OrganizationRollupReport() {}

    static int write(CommandSpec spec, WorkspaceLocation location, Request request) {
        refuseOptionsThatDoNotApply(spec);
        ReportFormat format = format(spec, request.format());
        OrganizationRollups.Rolled rolled;
        try (Workspace opened = WorkspaceCommand.open(location)) {
            OrganizationRollups rollups = new OrganizationRollups(opened.engagements(), opened.assessments());
            Organization organization = rollups.organization(request.organizationId());
            OrganizationRollups.Outcome outcome = rollups.roll(organization, request.modelId());
            if (outcome instanceof OrganizationRollups.NothingToRoll nothing) {
                throw new EngagementException(nothing.reason() + " Nothing was written.");
            }
            rolled = (OrganizationRollups.Rolled) outcome;
        }
        try {
            Reports.writeRollUp(
                    rolled.report(
                            request.organizationName()
                                    .orElse(rolled.organization().name()),
                            request.date().orElseGet(LocalDate::now)),
                    format,
                    request.out());
        } catch (IOException e) {
            throw new UserInputException("cannot write " + request.out() + ": " + e.getMessage(), e);
        }
        noteLeftOut(spec, rolled);
        spec.commandLine().getOut().println(OrganizationRollups.assessmentsUsed(rolled));
        spec.commandLine()
                .getOut()
                .println("Roll-up of " + rolled.teams().size() + (rolled.teams().size() == 1 ? " team" : " teams")
                        + " on " + rolled.model().id() + " written to "
                        + request.out().toAbsolutePath().normalize());
        return CommandLineApp.EXIT_OK;
    }

    private static void refuseOptionsThatDoNotApply(CommandSpec spec) {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName)
                .filter(name -> !APPLIES.contains(name))
                .distinct()
                .toList();
        if (!others.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    OPTION + " takes the teams from the workspace: leave out " + String.join(", ", others));
        }
    }

    private static ReportFormat format(CommandSpec spec, String code) {
        return ReportFormat.parse(code)
                .filter(format -> format == ReportFormat.XLSX || format == ReportFormat.PDF)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "the organization roll-up is written as xlsx or pdf, not \"" + code + "\""));
    }

    private static void noteLeftOut(CommandSpec spec, OrganizationRollups.Rolled rolled) {
        if (rolled.leftOut().isEmpty()) {
            return;
        }
        String teams = rolled.leftOut().stream()
                .map(out -> out.team().name() + " (" + out.reason() + ")")
                .collect(Collectors.joining(", "));
        spec.commandLine()
                .getErr()
                .println("note: left out, named in the file too: " + teams + ". Roll those up with --model ID.");
    }
}
