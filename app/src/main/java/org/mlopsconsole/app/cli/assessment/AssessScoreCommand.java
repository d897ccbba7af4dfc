package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.assessment.InvalidInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.assessment.Scorer;
import org.mlopsconsole.assessment.analysis.RoleBreakdown;
import org.mlopsconsole.assessment.analysis.RoleBreakdown.RoleGroup;
import org.mlopsconsole.assessment.roles.RoleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        description = "Score a responses file: overall, per dimension (level, score, gap, next steps), per question.",
        mixinStandardHelpOptions = true)
public final class AssessScoreCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "Bundled model id or model file.")
    private String model;

    @Option(names = "--responses", required = true, paramLabel = "FILE", description = "The responses file.")
    private Path responses;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            description = "Score only the ratings of the participants in this role (a catalog role's id or name,"
                    + " or the role as the file gives it, any case); the consensus is the whole room's and is"
                    + " left out.")
    private String role;

    @Mixin
    private ScoreOutput output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MaturityModel resolved = ModelReference.resolve(model);
        Responses scored = load(responses, resolved);
        String heading = "";
        if (role != null) {
            RoleBreakdown breakdown = RoleBreakdown.of(resolved, scored, RoleCatalog.bundled());
            RoleGroup group = roleIn(breakdown, role);
            scored = breakdown.responsesOf(group);
            heading = roleHeading(group);
        }
        ScoreReport report = Scorer.score(resolved, scored);
        String text = output.json()
                ? ScoreReportFormat.json(report) + System.lineSeparator()
                : heading + ScoreReportFormat.text(report, resolved);
        output.write(spec, text);
        return CommandLineApp.EXIT_OK;
    }

    private RoleGroup roleIn(RoleBreakdown breakdown, String typed) {
        return breakdown
                .find(typed, RoleCatalog.bundled())
                .orElseThrow(() -> new UserInputException(responses
                        + ": no participant has the role '" + typed.strip() + "'; "
                        + (breakdown.roles().isEmpty()
                                ? "no participant there has a role"
                                : "the roles there: "
                                        + breakdown.roles().stream()
                                                .map(group -> group.name() + " ("
                                                        + group.respondents().size() + ")")
                                                .collect(Collectors.joining(", ")))));
    }

    private static String roleHeading(RoleGroup group) {
        int people = group.respondents().size();
        return "Only the ratings of the " + people + " participant" + (people == 1 ? "" : "s") + " in the role "
                + group.name() + " (the consensus is the whole room's, so it is left out)."
                + System.lineSeparator() + System.lineSeparator();
    }

    static Responses load(Path file, MaturityModel model) {
        try {
            return ResponsesLoader.load(file, model);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
