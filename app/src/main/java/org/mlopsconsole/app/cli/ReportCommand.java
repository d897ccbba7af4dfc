package org.mlopsconsole.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.mlopsconsole.app.assessment.AssessmentDirectory;
import org.mlopsconsole.app.reports.ReportLogos;
import org.mlopsconsole.app.reports.ReportSettings;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.PaperSize;
import org.mlopsconsole.reports.ReportFormat;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.reports.Reports;
import org.mlopsconsole.workspace.ScorableResponses;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        description = {
            "Write the report of an assessment: one of the workspace (--assessment ID, see 'assess list'),",
            "or a model and a responses file.",
            "Formats: xlsx (workbook with native charts), docx (client report), pptx (deck), pdf (report).",
            "xlsx, pptx and pdf can compare with an earlier assessment: --baseline FILE or --baseline-assessment ID.",
            "--organization-rollup ORG_ID ('assess organizations' lists them): every team's",
            "latest assessment on the model rolled up, as xlsx or pdf.",
            "A workspace assessment's report carries the branding and paper saved in Settings → Reports;",
            "--consultancy, --logo and --paper override them."
        },
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Option(
            names = "--assessment",
            paramLabel = "ID",
            description = "An assessment of the workspace: its model, responses, organization, team, facilitator"
                    + " and date ('mlops-console assess list' gives the ids).")
    private Long assessment;

    @Option(
            names = OrganizationRollupReport.OPTION,
            paramLabel = "ORG_ID",
            description = "Roll up an organization of the workspace: each team's latest assessment, on the model"
                    + " most of them use or --model ID; xlsx or pdf ('mlops-console assess organizations' gives the"
                    + " ids).")
    private Long organizationRollup;

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "ID|FILE", description = "Bundled model id or model file.")
    private String model;

    @Option(names = "--responses", paramLabel = "FILE", description = "The responses file (JSON).")
    private Path responses;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "xlsx|docx|pptx|pdf",
            description = "The report's file format.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The report file to write.")
    private Path out;

    @Option(names = "--organization", paramLabel = "NAME", description = "Organization assessed, for the cover.")
    private String organization;

    @Option(names = "--team", paramLabel = "NAME", description = "Team assessed, for the cover.")
    private String team;

    @Option(names = "--assessor", paramLabel = "NAME", description = "Who ran the assessment.")
    private String assessor;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the assessment (default: today).")
    private LocalDate date;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Responses of an earlier assessment of the same team and model: adds the Comparison"
                    + " and Question changes sheets (xlsx), the comparison section (pdf) or slide (pptx).")
    private Path baseline;

    @Option(
            names = "--baseline-date",
            paramLabel = "YYYY-MM-DD",
            description = "Date of the baseline assessment (default: the baseline file's last change).")
    private LocalDate baselineDate;

    @Option(
            names = "--baseline-assessment",
            paramLabel = "ID",
            description = "With --assessment: an earlier workspace assessment of the same model to compare with"
                    + " (xlsx, pptx or pdf).")
    private Long baselineAssessment;

    @Option(
            names = "--consultancy",
            paramLabel = "NAME",
            description = "Consultancy named on the cover and in the headers (default: Settings → Reports of the"
                    + " workspace, with --assessment; \"\" for none).")
    private String consultancy;

    @Option(
            names = "--logo",
            paramLabel = "FILE.png",
            description = "Consultancy's logo, a PNG of at most 1 MB and 2000x2000 pixels (default: the one saved in"
                    + " Settings → Reports, with --assessment).")
    private Path logo;

    @Option(
            names = "--paper",
            paramLabel = "a4|letter",
            description = "Page size of the docx and pdf reports (default: Settings → Reports, with --assessment;"
                    + " else a4).")
    private String paper;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (organizationRollup != null) {
            return OrganizationRollupReport.write(
                    spec,
                    workspace.location(),
                    new OrganizationRollupReport.Request(
                            organizationRollup,
                            Optional.ofNullable(model),
                            format,
                            out,
                            Optional.ofNullable(organization),
                            Optional.ofNullable(date)));
        }
        ReportFormat chosen = ReportFormat.parse(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "unknown report format \"" + format + "\"; use xlsx, docx, pptx or pdf"));
        if (baseline != null && baselineAssessment != null) {
            throw new ParameterException(
                    spec.commandLine(), "give either --baseline FILE or --baseline-assessment ID, not both");
        }
        if (baselineAssessment != null && assessment == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--baseline-assessment compares two workspace assessments: give --assessment ID too");
        }
        String baselineOption = baseline != null ? "--baseline" : "--baseline-assessment";
        if ((baseline != null || baselineAssessment != null) && !chosen.hasComparison()) {
            spec.commandLine()
                    .getErr()
                    .println("error: " + baselineOption + " works with --format xlsx, pptx or pdf only; a "
                            + chosen.code() + " comparison is not available. Nothing was written.");
            return CommandLineApp.EXIT_USAGE;
        }
        ReportOptions saved = ReportOptions.defaults();
        MaturityModel resolved;
        Responses loaded;
        Engagement engagement;
        Optional<AssessmentDirectory.Loaded> earlierAssessment = Optional.empty();
        // What the workspace recorded beside the ratings: evidence, plan, risk overrides.
        UnaryOperator<ReportInput> recorded = UnaryOperator.identity();
        if (assessment != null) {
            if (model != null || responses != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--assessment takes the model and responses from the workspace: leave out --model and --responses");
            }
            AssessmentDirectory.Loaded found;
            try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
                AssessmentDirectory directory = new AssessmentDirectory(opened);
                found = directory.load(assessment);
                saved = ReportSettings.of(opened).load();
                if (baselineAssessment != null) {
                    earlierAssessment = Optional.of(sameModel(found, directory.load(baselineAssessment)));
                }
            }
            resolved = found.model();
            recorded = found::withRecorded;
            ScorableResponses scorable = found.scorable();
            scorable.notice().ifPresent(notice -> spec.commandLine().getErr().println("warning: " + notice));
            loaded = scorable.responses();
            engagement = new Engagement(
                    organization != null
                            ? organization
                            : found.entry().organization().name(),
                    team != null ? team : found.entry().team().name(),
                    assessor != null ? assessor : found.entry().assessment().facilitator(),
                    date != null ? date : found.entry().assessment().date());
        } else {
            if (model == null || responses == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "give --assessment ID, or both --model and --responses"
                                + " (or --organization-rollup ORG_ID for an organization's roll-up)");
            }
            resolved = ModelReference.resolve(model);
            loaded = ModelReference.responses(responses, resolved);
            engagement = new Engagement(organization, team, assessor, date == null ? LocalDate.now() : date);
        }
        ReportOptions options = overridden(saved);
        ReportInput current =
                recorded.apply(ReportInput.of(resolved, loaded, engagement).withOptions(options));
        try {
            Optional<ReportInput> before =
                    earlierAssessment.map(earlier -> earlier.reportInput().withOptions(options));
            if (baseline != null) {
                Responses earlier = ModelReference.responses(baseline, resolved);
                LocalDate earlierDate = baselineDate != null ? baselineDate : lastChange(baseline);
                before = Optional.of(
                        ReportInput.of(resolved, earlier, new Engagement(organization, team, assessor, earlierDate))
                                .withOptions(options));
            }
            if (before.isPresent()) {
                Reports.writeComparison(before.get(), current, chosen, out);
            } else {
                Reports.write(current, chosen, out);
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
        }
        spec.commandLine()
                .getOut()
                .println("Report written to " + out.toAbsolutePath().normalize());
        return CommandLineApp.EXIT_OK;
    }

    /** {@code saved} with what --consultancy, --logo and --paper say instead. */
    private ReportOptions overridden(ReportOptions saved) {
        PaperSize size = paper == null
                ? saved.paper()
                : ReportSettings.paper(paper)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "unknown paper size \"" + paper + "\"; use a4 or letter"));
        Branding branding = consultancy == null
                ? saved.branding()
                : new Branding(consultancy, saved.branding().logo());
        if (logo != null) {
            try {
                branding = branding.withLogo(ReportLogos.read(logo));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--logo " + logo + ": " + e.getMessage() + ". Nothing was written.", e);
            }
        }
        return new ReportOptions(size, branding);
    }

    /** The baseline assessment, refused unless it rates the same model as {@code current}. */
    private AssessmentDirectory.Loaded sameModel(
            AssessmentDirectory.Loaded current, AssessmentDirectory.Loaded earlier) {
        if (!earlier.model().id().equals(current.model().id())) {
            throw new UserInputException("--baseline-assessment " + baselineAssessment + " is an assessment of model \""
                    + earlier.model().id() + "\", but assessment " + assessment + " is of model \""
                    + current.model().id() + "\": a baseline must be an assessment of the same model."
                    + " Nothing was written.");
        }
        return earlier;
    }

    private static LocalDate lastChange(Path file) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }
}
