package org.mlopsconsole.app.cli.engagement;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.assessment.ResponsesExport;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.ModelReference;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.roles.Role;
import org.mlopsconsole.assessment.roles.RoleCatalog;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentEntry;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code assess} subcommands on the workspace's assessments ('assess list' gives the ids). */
public final class AssessmentCommands {

    private AssessmentCommands() {}

    /** The output formats of {@code assess show}. */
    enum Format {
        json,
        text
    }

    @Command(name = "create", description = "Create an assessment of a team; prints its id.")
    public static final class Create implements Callable<Integer> {

        @Option(names = "--team", required = true, paramLabel = "ID", description = "The team ('org list').")
        private long team;

        @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "Bundled model id or file.")
        private String model;

        @Option(names = "--title", paramLabel = "T", description = "Default: the model's name.")
        private String title;

        @Option(
                names = "--participants",
                paramLabel = "NAME[:ROLE],...",
                description = "Comma-separated names, each with its role from the roles catalog after a colon,"
                        + " e.g. \"Ana:data-scientist,Bruno:devops-engineer,Chen\" (more come with questionnaire"
                        + " import).")
        private String participants;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        private LocalDate date;

        @Option(names = "--facilitator", paramLabel = "NAME", description = "Default: who is signed in.")
        private String facilitator;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            MaturityModel resolved = ModelReference.resolve(model);
            Optional<String> customModel = ModelCatalog.bundled().find(model).isPresent()
                    ? Optional.empty()
                    : Optional.of(definition(Path.of(model)));
            List<NewAssessment.NewParticipant> people =
                    names(participants).stream().map(Create::participant).toList();
            long id = OpenedWorkspace.with(
                    workspace,
                    opened -> opened.assessments()
                            .create(new NewAssessment(
                                    team,
                                    title == null ? resolved.name() : title,
                                    resolved.id(),
                                    customModel,
                                    date == null ? LocalDate.now() : date,
                                    facilitator == null ? opened.signedInAs() : facilitator,
                                    people))
                            .id());
            spec.commandLine().getOut().println(id);
            return CommandLineApp.EXIT_OK;
        }

        private static String definition(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** "Ana:data-scientist": the role by catalog id or name, saved as its id. */
        private static NewAssessment.NewParticipant participant(String entry) {
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                return new NewAssessment.NewParticipant(entry, "");
            }
            String name = entry.substring(0, colon).strip();
            String role = entry.substring(colon + 1).strip();
            if (role.isEmpty()) {
                return new NewAssessment.NewParticipant(name, "");
            }
            Role found = RoleCatalog.bundled()
                    .recognize(role)
                    .orElseThrow(() -> new UserInputException("--participants: \"" + entry + "\" names the role \""
                            + role + "\", which the roles catalog does not have; use a role id such as "
                            + String.join(
                                    ", ",
                                    RoleCatalog.bundled().roles("common-profiles").stream()
                                            .map(Role::id)
                                            .toList())
                            + " or another of the catalog's "
                            + RoleCatalog.bundled().roles().size() + " roles"));
            return new NewAssessment.NewParticipant(name, found.id());
        }

        private static List<String> names(String commaSeparated) {
            if (commaSeparated == null) {
                return List.of();
            }
            return Arrays.stream(commaSeparated.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .toList();
        }
    }

    @Command(
            name = "show",
            description = {
                "Show an assessment: its details and participants (text), or its responses with notes in",
                "the responses file format (json), which 'assess score' and 'report --responses' read."
            })
    public static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(
                names = "--format",
                defaultValue = "text",
                paramLabel = "FORMAT",
                description = "json or text (default: ${DEFAULT-VALUE}).")
        private Format format;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            OpenedWorkspace.with(workspace, opened -> {
                AssessmentEntry entry = opened.assessments().entry(id);
                MaturityModel model = AssessmentModels.of(entry.assessment());
                Responses responses = opened.assessments().responses(id);
                if (format == Format.json) {
                    out.print(
                            ResponsesExport.toJson(responses, opened.evidence().book(id), model));
                } else {
                    printText(out, entry, model, responses, opened.assessments().participants(id));
                }
                return null;
            });
            out.flush();
            return CommandLineApp.EXIT_OK;
        }

        private static void printText(
                PrintWriter out,
                AssessmentEntry entry,
                MaturityModel model,
                Responses responses,
                List<Participant> participants) {
            Assessment a = entry.assessment();
            long questions = model.questions().count();
            out.printf(Locale.ROOT, "Assessment %d: %s%s%n", a.id(), a.title(), a.archived() ? " (archived)" : "");
            out.printf(
                    Locale.ROOT,
                    "Organization: %s (%d)   Team: %s (%d)%n",
                    entry.organization().name(),
                    entry.organization().id(),
                    entry.team().name(),
                    entry.team().id());
            out.printf(
                    Locale.ROOT,
                    "Model: %s   Date: %s   Facilitator: %s   Status: %s%n",
                    a.modelId(),
                    a.date(),
                    a.facilitator(),
                    a.status().label());
            out.printf(Locale.ROOT, "Participants (%d):%n", participants.size());
            for (Participant participant : participants) {
                Optional<Respondent> answers = responses.respondents().stream()
                        .filter(r -> r.id().equals(participant.respondentKey()))
                        .findFirst();
                out.printf(
                        Locale.ROOT,
                        "  %-4s %s%s: %d of %d questions rated, %d notes%n",
                        participant.respondentKey(),
                        participant.name(),
                        participant.role().isEmpty() ? "" : " (" + roleName(participant.role()) + ")",
                        answers.map(r -> r.ratings().size()).orElse(0),
                        questions,
                        answers.map(r -> r.notes().size()).orElse(0));
            }
            out.printf(
                    Locale.ROOT,
                    "Consensus: %d of %d questions%n",
                    responses.consensus().size(),
                    questions);
        }
    }

    @Command(name = "rename", description = "Give an assessment another title.")
    public static final class Rename implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID")
        private long id;

        @Parameters(index = "1", paramLabel = "TITLE")
        private String title;

        @Mixin
        private WorkspaceOption workspace;

        @Override
        public Integer call() {
            OpenedWorkspace.with(workspace, opened -> opened.assessments().rename(id, title));
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(name = "archive", description = "Archive an assessment (--restore brings it back).")
    public static final class Archive implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(names = "--restore", description = "Un-archive it.")
        private boolean restore;

        @Mixin
        private WorkspaceOption workspace;

        @Override
        public Integer call() {
            OpenedWorkspace.with(workspace, opened -> opened.assessments().archive(id, !restore));
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "rate",
            description = {
                "Set one rating: a participant's (--participant NAME) or the consensus (--consensus).",
                "With --expect, the rating you based it on: when someone changed it meanwhile, nothing is saved",
                "and the command reports the conflict and exits 1."
            })
    public static final class Rate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "The assessment.")
        private long id;

        @Option(names = "--question", required = true, paramLabel = "QUESTION")
        private String question;

        @ArgGroup(multiplicity = "1")
        private Whose whose;

        static final class Whose {
            @Option(names = "--participant", paramLabel = "NAME", description = "The participant, by exact name.")
            private String participant;

            @Option(names = "--consensus", description = "The facilitator's consensus rating.")
            private boolean consensus;
        }

        @Parameters(index = "1", paramLabel = "RATING", description = "FI, LI, PI, NI, NA, or - to clear it.")
        private String rating;

        @Option(names = "--expect", paramLabel = "RATING", description = "The rating it holds now (- for none).")
        private String expected;

        @Mixin
        private WorkspaceOption workspace;

        @Override
        public Integer call() {
            Optional<Rating> value = rating(rating, "RATING");
            OpenedWorkspace.with(workspace, opened -> {
                MaturityModel model = AssessmentModels.of(opened.assessments().assessment(id));
                if (model.question(question).isEmpty()) {
                    throw new UserInputException("model \"" + model.id() + "\" has no question \"" + question
                            + "\" ('models show " + model.id() + "' lists them)");
                }
                if (whose.consensus) {
                    Optional<Rating> seen = expected == null
                            ? Optional.ofNullable(opened.assessments()
                                    .responses(id)
                                    .consensus()
                                    .get(question))
                            : rating(expected, "--expect");
                    opened.assessments().setConsensus(id, question, seen, value);
                } else {
                    Participant participant = participant(opened, id, whose.participant);
                    Optional<Rating> seen = expected == null
                            ? current(opened, id, participant, question)
                            : rating(expected, "--expect");
                    opened.assessments().rate(participant.id(), question, seen, value);
                }
                return null;
            });
            return CommandLineApp.EXIT_OK;
        }

        private static Optional<Rating> current(Workspace opened, long id, Participant participant, String question) {
            return opened.assessments().responses(id).respondents().stream()
                    .filter(r -> r.id().equals(participant.respondentKey()))
                    .findFirst()
                    .map(r -> r.ratings().get(question));
        }

        private static Optional<Rating> rating(String code, String what) {
            if (code.equals("-")) {
                return Optional.empty();
            }
            return Optional.of(Rating.parse(code.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new UserInputException(
                            what + " \"" + code + "\" is not a rating: give FI, LI, PI, NI, NA or -")));
        }
    }

    /** A saved role as people read it: the catalog role's name, or the text typed in earlier. */
    static String roleName(String saved) {
        return RoleCatalog.bundled().recognize(saved).map(Role::name).orElse(saved);
    }

    static Participant participant(Workspace opened, long assessmentId, String name) {
        List<Participant> all = opened.assessments().participants(assessmentId);
        String wanted = org.mlopsconsole.workspace.Names.normalize(name);
        return all.stream()
                .filter(p -> p.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new EngagementException("Assessment " + assessmentId + " has no participant named \""
                        + wanted + "\" ('assess show " + assessmentId + "' lists them)."));
    }

    @Command(name = "export", description = "Write an assessment (participants, ratings, notes, history) to one file.")
    public static final class Export implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(names = "--out", required = true, paramLabel = "FILE.mlops")
        private Path out;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            EngagementArchive archive =
                    OpenedWorkspace.with(workspace, opened -> opened.transfers().exportAssessment(id));
            EngagementFiles.write(spec, archive, out);
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "import",
            description = {
                "Add the assessment of an engagement file to a team; prints its new id.",
                "The file is checked whole first: a broken or foreign file changes nothing."
            })
    public static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.mlops")
        private Path file;

        @Option(names = "--team", required = true, paramLabel = "ID")
        private long team;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            EngagementArchive archive = EngagementFiles.read(
                    file,
                    EngagementArchive.OfAssessment.class,
                    "holds a whole organization: import it with 'org import FILE'");
            long id = OpenedWorkspace.with(
                    workspace, opened -> opened.transfers().importArchive(archive, OptionalLong.of(team)));
            spec.commandLine().getOut().println(id);
            return CommandLineApp.EXIT_OK;
        }
    }

    @Command(
            name = "copy",
            description = "Copy an assessment to a team of another workspace (a folder or jdbc:postgresql://...);"
                    + " prints the copy's id there.")
    public static final class Copy implements Callable<Integer> {

        @Parameters(paramLabel = "ID")
        private long id;

        @Option(names = "--to", required = true, paramLabel = "WORKSPACE")
        private String target;

        @Option(names = "--team", required = true, paramLabel = "ID", description = "The team there.")
        private long team;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            EngagementArchive archive =
                    OpenedWorkspace.with(workspace, opened -> opened.transfers().exportAssessment(id));
            long copied = OpenedWorkspace.withTarget(
                    target, opened -> opened.transfers().importArchive(archive, OptionalLong.of(team)));
            spec.commandLine().getOut().println(copied);
            return CommandLineApp.EXIT_OK;
        }
    }
}
