package org.mlopsconsole.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.assessment.AssessmentDirectory;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.QuestionnaireImportException;
import org.mlopsconsole.reports.Questionnaires;
import org.mlopsconsole.reports.ResponsesJson;
import org.mlopsconsole.workspace.ImportMode;
import org.mlopsconsole.workspace.ImportResult;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "questionnaire",
        description = "Offline Excel questionnaires: export one for respondents, import it once filled.",
        mixinStandardHelpOptions = true,
        subcommands = {QuestionnaireCommand.Export.class, QuestionnaireCommand.Import.class})
final class QuestionnaireCommand {

    private QuestionnaireCommand() {}

    @Command(name = "export", description = "Write an .xlsx questionnaire with a sheet per respondent.")
    static final class Export implements Callable<Integer> {

        @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "Bundled model id or file.")
        private String model;

        @Option(
                names = "--respondents",
                required = true,
                paramLabel = "NAMES",
                description = "Comma-separated names, e.g. \"Ana,Bruno,Carla\".")
        private String respondents;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The questionnaire to write.")
        private Path out;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            List<String> names = Arrays.stream(respondents.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .toList();
            if (names.isEmpty()) {
                throw new UserInputException("--respondents names nobody; give names separated by commas");
            }
            MaturityModel resolved = ModelReference.resolve(model);
            try {
                Questionnaires.export(resolved, names, out);
            } catch (IOException e) {
                throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine()
                    .getOut()
                    .println("Questionnaire for " + names.size() + " respondent" + (names.size() == 1 ? "" : "s")
                            + " written to " + out.toAbsolutePath().normalize());
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "import",
            description = {
                "Read a filled questionnaire into the engine's responses JSON.",
                "Checks everything first: on any error it lists each one as Sheet!Cell: message and writes nothing."
            })
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.xlsx", description = "The filled questionnaire.")
        private Path file;

        @Option(names = "--model", paramLabel = "ID|FILE", description = "Bundled model id or file.")
        private String model;

        @Option(names = "--out", paramLabel = "FILE", description = "Responses file to write (default: stdout).")
        private Path out;

        @Option(
                names = "--assessment",
                paramLabel = "ID",
                description = "Import straight into this workspace assessment ('assess list' gives the ids):"
                        + " its respondents are added, or replaced when their id is already there.")
        private Long assessment;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            if (assessment != null) {
                return importIntoAssessment();
            }
            if (model == null) {
                throw new ParameterException(spec.commandLine(), "give --model ID|FILE, or --assessment ID");
            }
            MaturityModel resolved = ModelReference.resolve(model);
            Responses responses;
            try {
                responses = Questionnaires.read(file, resolved);
            } catch (QuestionnaireImportException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            if (out == null) {
                spec.commandLine().getOut().print(ResponsesJson.toJson(responses, resolved));
                spec.commandLine().getOut().flush();
                return CommandLineApp.EXIT_OK;
            }
            try {
                ResponsesJson.write(responses, resolved, out);
            } catch (IOException e) {
                throw new UserInputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine()
                    .getErr()
                    .println("Imported " + responses.respondents().size() + " respondents into "
                            + out.toAbsolutePath().normalize());
            return CommandLineApp.EXIT_OK;
        }

        @Option(
                names = "--replace",
                description = "With --assessment: overwrite the answers of respondents (matched by exact name) who"
                        + " already have some; without it such an import is refused whole.")
        private boolean replace;

        private int importIntoAssessment() {
            if (model != null || out != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--assessment takes the model from the workspace: leave out --model and --out");
            }
            try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
                AssessmentDirectory directory = new AssessmentDirectory(opened);
                MaturityModel resolved = directory.load(assessment).model();
                Responses responses;
                try {
                    responses = Questionnaires.read(file, resolved);
                } catch (QuestionnaireImportException e) {
                    throw new UserInputException(e.getMessage(), e);
                }
                ImportResult imported = directory.mergeRespondents(
                        assessment, responses, replace ? ImportMode.REPLACE : ImportMode.KEEP_EXISTING);
                spec.commandLine()
                        .getErr()
                        .println("Imported " + imported.respondents() + " respondents into assessment " + assessment
                                + " (" + imported.added().size() + " added, "
                                + imported.updated().size()
                                + " updated)");
            }
            return CommandLineApp.EXIT_OK;
        }
    }
}
