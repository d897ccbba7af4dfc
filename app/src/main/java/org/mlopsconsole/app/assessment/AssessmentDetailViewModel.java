package org.mlopsconsole.app.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.InvalidInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;
import org.mlopsconsole.assessment.ValidationError;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentEntry;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementException;

/** One open assessment: its workshop, its results, its change history, and its responses files. */
public final class AssessmentDetailViewModel {

    private final Assessment assessment;
    private final MaturityModel model;
    private final Assessments repository;
    private final Executor background;
    private final Executor ui;
    private final WorkshopViewModel workshop;
    private final ResultsViewModel results;
    private final ChangeHistoryViewModel history;
    private final PlanViewModel plan;
    private final RisksViewModel risks;
    private final WorkshopEvidenceViewModel evidence;
    private final WorkshopAgendaViewModel agenda;
    private final String clientAndTeam;
    private final AssessmentUseCases useCases;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private org.mlopsconsole.app.livevote.desktop.LiveVoteViewModel liveVote;

    public AssessmentDetailViewModel(
            Assessment assessment, MaturityModel model, AssessmentUseCases useCases, Executor background, Executor ui) {
        this.assessment = assessment;
        this.model = model;
        this.useCases = useCases;
        Assessments repository = useCases.assessments();
        this.repository = repository;
        this.background = background;
        this.ui = ui;
        this.workshop = new WorkshopViewModel(assessment.id(), model, repository, background, ui);
        this.results = new ResultsViewModel(assessment.id(), model, repository, background, ui);
        this.history = new ChangeHistoryViewModel(assessment.id(), repository, background, ui, ZoneId.systemDefault());
        this.plan = new PlanViewModel(assessment.id(), useCases, background, ui);
        this.risks = new RisksViewModel(assessment.id(), model, useCases.plans(), background, ui);
        this.evidence = new WorkshopEvidenceViewModel(workshop, assessment.id(), useCases, background, ui);
        this.agenda = new WorkshopAgendaViewModel(
                assessment.id(), model, repository, workshop, java.time.Clock.systemUTC(), background, ui);
        // Made on the background executor (see open), so one more read here costs the UI nothing.
        AssessmentEntry entry = repository.entry(assessment.id());
        this.clientAndTeam = entry.organization().name() + " · " + entry.team().name();
    }

    /** Resolves the assessment's model in the background (a custom one is parsed and checked). */
    public static CompletableFuture<AssessmentDetailViewModel> open(
            Assessment assessment, AssessmentUseCases useCases, Executor background, Executor ui) {
        return CompletableFuture.supplyAsync(
                () -> new AssessmentDetailViewModel(
                        assessment, AssessmentModels.of(assessment), useCases, background, ui),
                background);
    }

    public Assessment assessment() {
        return assessment;
    }

    public WorkshopViewModel workshop() {
        return workshop;
    }

    public ResultsViewModel results() {
        return results;
    }

    /** The improvement plan, edited beside Results. */
    public PlanViewModel plan() {
        return plan;
    }

    /** Each question's risk, with the overrides. */
    public RisksViewModel risks() {
        return risks;
    }

    /** The current question's participant notes, links and attached files. */
    public WorkshopEvidenceViewModel evidence() {
        return evidence;
    }

    /** The facilitator's agenda, timer and per-dimension progress. */
    public WorkshopAgendaViewModel agenda() {
        return agenda;
    }

    /** "Acme Bank · Fraud models": the client and team, for the presenter window's heading. */
    public String clientAndTeam() {
        return clientAndTeam;
    }

    /** The workshop's live vote (participants vote from their own devices), made when first asked for. */
    public org.mlopsconsole.app.livevote.desktop.LiveVoteViewModel liveVote() {
        if (liveVote == null) {
            liveVote = new org.mlopsconsole.app.livevote.desktop.LiveVoteViewModel(
                    assessment.id(),
                    repository,
                    workshop,
                    org.mlopsconsole.app.livevote.LanAddresses.find(),
                    background,
                    ui);
        }
        return liveVote;
    }

    /** Who changed which rating, consensus, note or target, and when. */
    public ChangeHistoryViewModel history() {
        return history;
    }

    /** "Model · date · facilitator · status". */
    public String summary() {
        return model.name() + " (" + model.id() + ") · " + assessment.date() + " · facilitated by "
                + assessment.facilitator() + " · " + assessment.status().label();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Writes the responses JSON to {@code file} (through a temporary file, so never half written). */
    public CompletableFuture<Boolean> exportResponses(Path file) {
        return CompletableFuture.supplyAsync(
                        () -> {
                            workshop.pendingSaves().join();
                            writeAtomically(
                                    file,
                                    ResponsesExport.toJson(
                                            repository.responses(assessment.id()),
                                            useCases.evidence().book(assessment.id()),
                                            model));
                            return file;
                        },
                        background)
                .handleAsync(
                        (written, failure) -> {
                            message.set(
                                    failure == null
                                            ? "Responses exported to " + written
                                            : "Could not export the responses: " + Failures.message(failure));
                            return failure == null;
                        },
                        ui);
    }

    private static void writeAtomically(Path file, String content) {
        try {
            Path absolute = file.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".responses-", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new EngagementException(file + " could not be written: " + e.getMessage());
        }
    }

    /**
     * Replaces every rating, note, consensus and target with the responses in {@code file}, all or
     * nothing. The future holds the file's problems (each naming line, column and field); empty
     * when it was imported.
     */
    public CompletableFuture<List<String>> importResponses(Path file) {
        return CompletableFuture.supplyAsync(
                        () -> {
                            workshop.pendingSaves().join();
                            Responses responses = ResponsesLoader.load(file, model);
                            EvidenceBook evidence = ResponsesLoader.loadEvidence(file, model);
                            repository.replaceResponses(assessment.id(), responses);
                            useCases.evidence().replaceNotesAndLinks(assessment.id(), evidence);
                            return List.<String>of();
                        },
                        background)
                .exceptionally(failure -> {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    if (cause instanceof InvalidInputException invalid) {
                        return invalid.errors().stream()
                                .map(ValidationError::toString)
                                .toList();
                    }
                    return List.of(Failures.message(failure));
                })
                .thenComposeAsync(
                        problems -> {
                            if (!problems.isEmpty()) {
                                message.set("Nothing was imported: " + file.getFileName() + " has " + problems.size()
                                        + " problem" + (problems.size() == 1 ? "" : "s") + ".");
                                return CompletableFuture.completedFuture(problems);
                            }
                            message.set("Responses imported from " + file.getFileName());
                            return workshop.load()
                                    .thenCompose(done -> results.refresh())
                                    .thenApply(done -> problems);
                        },
                        ui);
    }
}
