package org.mlopsconsole.app.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.QuestionnaireImportException;
import org.mlopsconsole.reports.Questionnaires;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.ImportMode;
import org.mlopsconsole.workspace.ImportResult;
import org.mlopsconsole.workspace.Participant;

/**
 * Offline questionnaires from the app, as the CLI's {@code questionnaire} commands do them: an
 * .xlsx for the assessment's participants (a sheet each), and the filled files read back into it.
 * Every file is checked before anything is saved: if one has errors, none is imported and each
 * error is reported with its file, sheet and cell.
 */
public final class OfflineQuestionnaires {

    /** A file that could not be imported, with its located errors ("Ana!C7: …"). */
    public record FileProblems(String file, List<String> errors) {}

    /** What an import did, or why it did nothing. */
    public sealed interface Outcome {
        String summary();
    }

    /** Every file was read and its respondents merged into the assessment. */
    public record Imported(int files, List<String> added, List<String> updated) implements Outcome {
        @Override
        public String summary() {
            return "Imported " + files + " questionnaire" + (files == 1 ? "" : "s") + ": " + added.size()
                    + " respondent" + (added.size() == 1 ? "" : "s") + " added, " + updated.size() + " updated";
        }
    }

    /** Nothing was imported: at least one file has errors (all of them listed). */
    public record Refused(List<FileProblems> problems) implements Outcome {
        @Override
        public String summary() {
            int errors = problems.stream().mapToInt(p -> p.errors().size()).sum();
            return "Nothing was imported: " + problems.size() + " file" + (problems.size() == 1 ? " has " : "s have ")
                    + errors + " problem" + (errors == 1 ? "" : "s") + "; fix them and import again.";
        }

        /** Each error prefixed with its file, for the problems dialog. */
        public List<String> lines() {
            return problems.stream()
                    .flatMap(p -> p.errors().stream().map(error -> p.file() + ": " + error))
                    .toList();
        }
    }

    private final Assessments assessments;
    private final Executor background;

    public OfflineQuestionnaires(Assessments assessments, Executor background) {
        this.assessments = assessments;
        this.background = background;
    }

    /** The questionnaire's suggested file name: the assessment's title made safe, .xlsx. */
    public static String suggestedFileName(String assessmentTitle) {
        String safe =
                assessmentTitle.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "questionnaire" : safe + "-questionnaire") + ".xlsx";
    }

    /** Writes the questionnaire with a sheet per participant; refused when there is no participant. */
    public CompletableFuture<Path> export(long assessmentId, Path target) {
        return CompletableFuture.supplyAsync(
                () -> {
                    List<String> names = assessments.participants(assessmentId).stream()
                            .map(Participant::name)
                            .toList();
                    if (names.isEmpty()) {
                        throw new EngagementException(
                                "The assessment has no participants: add them (Edit…) before exporting a questionnaire");
                    }
                    try {
                        Questionnaires.export(model(assessmentId), names, target);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
                    }
                    return target;
                },
                background);
    }

    /**
     * Reads every file, then, when none has errors, merges each into the assessment ({@code mode}
     * decides about respondents who already have answers).
     */
    public CompletableFuture<Outcome> importFiles(long assessmentId, List<Path> files, ImportMode mode) {
        return CompletableFuture.supplyAsync(() -> importNow(assessmentId, files, mode), background);
    }

    private Outcome importNow(long assessmentId, List<Path> files, ImportMode mode) {
        MaturityModel model = model(assessmentId);
        // Each participant fills their own sheet of a copy; the other sheets of that copy stay blank.
        Map<String, Respondent> answered = new LinkedHashMap<>();
        Map<String, String> answeredIn = new HashMap<>();
        List<FileProblems> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                List<String> clashes = new ArrayList<>();
                for (Respondent respondent : Questionnaires.read(file, model).respondents()) {
                    if (respondent.ratings().isEmpty() && respondent.notes().isEmpty()) {
                        continue;
                    }
                    String earlier = answeredIn.putIfAbsent(respondent.name(), name);
                    if (earlier != null) {
                        clashes.add(respondent.name() + " answered in " + earlier + " too; keep one of the two files");
                    } else {
                        answered.put(respondent.name(), respondent);
                    }
                }
                if (!clashes.isEmpty()) {
                    problems.add(new FileProblems(name, clashes));
                }
            } catch (QuestionnaireImportException e) {
                problems.add(new FileProblems(name, e.errors()));
            } catch (RuntimeException e) {
                problems.add(new FileProblems(name, List.of(String.valueOf(e.getMessage()))));
            }
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        // One merge in one transaction: all the files' answers, or none of them.
        Responses together = new Responses(model.id(), List.copyOf(answered.values()), Map.of(), Map.of());
        ImportResult result;
        try {
            result = assessments.importResponses(assessmentId, together, mode);
        } catch (EngagementException e) {
            return new Refused(List.of(new FileProblems("the assessment", List.of(e.getMessage()))));
        }
        return new Imported(files.size(), result.added(), result.updated());
    }

    private MaturityModel model(long assessmentId) {
        return org.mlopsconsole.workspace.AssessmentModels.of(
                assessments.entry(assessmentId).assessment());
    }
}
