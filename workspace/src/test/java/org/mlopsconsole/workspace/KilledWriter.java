package org.mlopsconsole.workspace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;

/**
 * The process {@link KillTest} kills with SIGKILL: it works on a workspace and prints a line after
 * each change that is saved (committed), until it is killed.
 *
 * <p>Arguments: {@code MODE LOCATION [SOURCE]}. Modes: {@code autosave} (rates question after
 * question, as the workshop's autosave does), {@code import} (imports an organization again and
 * again), {@code copy} (copies one from the workspace SOURCE again and again), {@code migrate
 * LOCATION...} (opens, and so creates and migrates, one empty workspace after the other).
 */
public final class KilledWriter {

    static final String MODEL = "google-mlops";

    private KilledWriter() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String mode = args[0];
        String location = args[1];
        if (mode.equals("migrate")) {
            for (int i = 1; i < args.length; i++) {
                out.println("opening " + i);
                try (Workspace opened = open(args[i])) {
                    out.println("migrated " + i);
                }
            }
            return;
        }
        try (Workspace workspace = open(location)) {
            switch (mode) {
                case "autosave" -> autosave(workspace, out);
                case "import" -> importAgainAndAgain(workspace, out);
                case "copy" -> {
                    try (Workspace source = open(args[2])) {
                        copyAgainAndAgain(source, workspace, out);
                    }
                }
                default -> throw new IllegalArgumentException(mode);
            }
        }
    }

    static Workspace open(String location) {
        return Workspaces.open(WorkspaceLocation.parse(location, Path.of(System.getProperty("java.io.tmpdir"))));
    }

    /** Participant {@code p} of three rates question {@code q}: what the test expects to find. */
    static Rating rating(int q, int p) {
        return Rating.values()[(q + p) % Rating.values().length];
    }

    static List<String> questions() {
        return ModelCatalog.bundled()
                .find(MODEL)
                .orElseThrow()
                .questions()
                .map(Question::id)
                .toList();
    }

    private static void autosave(Workspace workspace, PrintStream out) {
        long team = workspace
                .engagements()
                .createTeam(workspace.engagements().createOrganization("Killed").id(), "Workshop")
                .id();
        Assessment assessment = workspace
                .assessments()
                .create(new NewAssessment(
                        team,
                        "Autosave",
                        MODEL,
                        Optional.empty(),
                        LocalDate.of(2026, 12, 1),
                        "Ana",
                        List.of(
                                new NewAssessment.NewParticipant("Дмитрий", ""),
                                new NewAssessment.NewParticipant("Γιώργος", ""),
                                new NewAssessment.NewParticipant("李华", ""))));
        List<Participant> participants = workspace.assessments().participants(assessment.id());
        out.println("assessment " + assessment.id());
        List<String> questions = questions();
        for (int round = 0; ; round++) {
            for (int q = 0; q < questions.size(); q++) {
                for (int p = 0; p < participants.size(); p++) {
                    Optional<Rating> seen = round == 0 ? Optional.empty() : Optional.of(rating(q + round - 1, p));
                    workspace
                            .assessments()
                            .rate(participants.get(p).id(), questions.get(q), seen, Optional.of(rating(q + round, p)));
                    out.println("saved " + round + " " + q + " " + p);
                }
            }
        }
    }

    /** An organization with two teams and three assessments, every participant with ratings and notes. */
    static EngagementArchive sample() {
        List<String> questions = questions();
        java.util.Map<String, Rating> ratings = new java.util.HashMap<>();
        java.util.Map<String, String> notes = new java.util.HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            ratings.put(questions.get(q), rating(q, 0));
            notes.put(questions.get(q), "note " + q);
        }
        EngagementArchive.ArchivedAssessment assessment = new EngagementArchive.ArchivedAssessment(
                "Baseline",
                MODEL,
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana",
                AssessmentStatus.FINAL,
                false,
                List.of(
                        new EngagementArchive.ArchivedParticipant("p1", "Дмитрий", "", ratings, notes),
                        new EngagementArchive.ArchivedParticipant("p2", "Γιώργος", "", ratings, notes)),
                ratings,
                notes,
                java.util.Map.of("pipeline", 2),
                List.of());
        return new EngagementArchive.OfOrganization(
                new EngagementArchive.Provenance("ana", java.time.Instant.parse("2026-12-01T08:00:00Z")),
                new EngagementArchive.ArchivedOrganization(
                        "Copied",
                        false,
                        List.of(
                                new EngagementArchive.ArchivedTeam("One", false, List.of(assessment, assessment)),
                                new EngagementArchive.ArchivedTeam("Two", false, List.of(assessment)))));
    }

    private static void importAgainAndAgain(Workspace workspace, PrintStream out) {
        EngagementArchive archive = sample();
        for (int i = 1; ; i++) {
            workspace.transfers().importArchive(archive, OptionalLong.empty());
            out.println("imported " + i);
        }
    }

    private static void copyAgainAndAgain(Workspace source, Workspace target, PrintStream out) {
        long organization = source.engagements().organizations(true).get(0).id();
        for (int i = 1; ; i++) {
            Transfers.copyOrganization(source, organization, target);
            out.println("copied " + i);
        }
    }
}
