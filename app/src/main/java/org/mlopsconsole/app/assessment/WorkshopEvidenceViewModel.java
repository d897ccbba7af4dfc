package org.mlopsconsole.app.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Evidence;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.StoredAttachment;
import org.mlopsconsole.workspace.StoredLink;

/**
 * The evidence of the workshop's current question beside the shared note: each participant's own
 * note, the links cited and the files attached. Files are kept in the workspace and never opened
 * by the app: "Save a copy…" writes them out for the user to open with their own tools.
 */
public final class WorkshopEvidenceViewModel {

    /** A participant's note on the current question. */
    public record NoteRow(Participant participant, String note) {}

    private final WorkshopViewModel workshop;
    private final long assessmentId;
    private final Assessments assessments;
    private final Evidence evidence;
    private final Executor background;
    private final Executor ui;
    private final Map<String, Map<Long, String>> notesByQuestion = new HashMap<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<StoredLink> allLinks = new ArrayList<>();
    private final List<StoredAttachment> allAttachments = new ArrayList<>();
    private final ObservableList<NoteRow> notes = FXCollections.observableArrayList();
    private final ObservableList<StoredLink> links = FXCollections.observableArrayList();
    private final ObservableList<StoredAttachment> attachments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    public WorkshopEvidenceViewModel(
            WorkshopViewModel workshop,
            long assessmentId,
            AssessmentUseCases useCases,
            Executor background,
            Executor ui) {
        this.workshop = workshop;
        this.assessmentId = assessmentId;
        this.assessments = useCases.assessments();
        this.evidence = useCases.evidence();
        this.background = background;
        this.ui = ui;
        workshop.questionIndexProperty().addListener((observable, old, index) -> show());
    }

    public ObservableList<NoteRow> notes() {
        return notes;
    }

    public ObservableList<StoredLink> links() {
        return links;
    }

    public ObservableList<StoredAttachment> attachments() {
        return attachments;
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Snapshot(
            List<Participant> participants,
            List<Respondent> respondents,
            List<StoredLink> links,
            List<StoredAttachment> attachments) {}

    /** Reads every question's notes, links and attachments in the background. */
    public CompletableFuture<Void> load() {
        return run(
                () -> new Snapshot(
                        assessments.participants(assessmentId),
                        assessments.responses(assessmentId).respondents(),
                        evidence.links(assessmentId),
                        evidence.attachments(assessmentId)),
                snapshot -> {
                    notesByQuestion.clear();
                    Map<String, Participant> byKey = new HashMap<>();
                    snapshot.participants().forEach(p -> byKey.put(p.respondentKey(), p));
                    participants.clear();
                    participants.addAll(snapshot.participants());
                    for (Respondent respondent : snapshot.respondents()) {
                        Participant participant = byKey.get(respondent.id());
                        if (participant != null) {
                            respondent
                                    .notes()
                                    .forEach((question, note) -> notesByQuestion
                                            .computeIfAbsent(question, q -> new HashMap<>())
                                            .put(participant.id(), note));
                        }
                    }
                    allLinks.clear();
                    allLinks.addAll(snapshot.links());
                    allAttachments.clear();
                    allAttachments.addAll(snapshot.attachments());
                    show();
                },
                "read the evidence");
    }

    /** Saves (blank: clears) the participant's note on the current question. */
    public CompletableFuture<Void> setNote(Participant participant, String note) {
        String questionId = questionId();
        Map<Long, String> byParticipant = notesByQuestion.computeIfAbsent(questionId, q -> new HashMap<>());
        String seen = byParticipant.getOrDefault(participant.id(), "");
        String value = note == null ? "" : note.strip();
        if (seen.equals(value)) {
            return saving;
        }
        if (value.isEmpty()) {
            byParticipant.remove(participant.id());
        } else {
            byParticipant.put(participant.id(), value);
        }
        saving = saving.thenRunAsync(
                        () -> assessments.setParticipantNote(participant.id(), questionId, seen, value), background)
                .handleAsync(
                        (done, failure) -> {
                            if (failure != null) {
                                message.set("Could not save " + participant.name() + "'s note: "
                                        + Failures.message(failure));
                            }
                            return null;
                        },
                        ui);
        return saving;
    }

    /** Adds a link (http, https or mailto) to the current question; a bad address says why. */
    public CompletableFuture<Boolean> addLink(String title, String url) {
        String questionId = questionId();
        return CompletableFuture.supplyAsync(() -> evidence.addLink(assessmentId, questionId, title, url), background)
                .handleAsync(
                        (link, failure) -> {
                            if (failure != null) {
                                message.set(Failures.message(failure));
                                return false;
                            }
                            allLinks.add(link);
                            message.set("Link added.");
                            show();
                            return true;
                        },
                        ui);
    }

    public CompletableFuture<Void> removeLink(StoredLink link) {
        return run(
                () -> {
                    evidence.removeLink(assessmentId, link.id());
                    return link;
                },
                removed -> {
                    allLinks.removeIf(saved -> saved.id() == removed.id());
                    message.set("Link removed.");
                    show();
                },
                "remove the link");
    }

    /**
     * Keeps a copy of {@code file} as evidence of the current question; a file over {@link
     * AttachmentInfo#MAX_SIZE_BYTES} is refused with its size before it is read.
     */
    public CompletableFuture<Void> attach(Path file) {
        String questionId = questionId();
        return run(
                () -> {
                    try {
                        long size = Files.size(file);
                        if (size > AttachmentInfo.MAX_SIZE_BYTES) {
                            throw new EngagementException(file.getFileName() + " is "
                                    + String.format(java.util.Locale.ROOT, "%.1f MiB", size / 1048576.0)
                                    + "; evidence files may be at most 20 MiB. Attach a smaller export or a link"
                                    + " to it instead.");
                        }
                        return evidence.attach(
                                assessmentId, questionId, file.getFileName().toString(), Files.readAllBytes(file));
                    } catch (IOException e) {
                        throw new EngagementException(file + " could not be read: " + e.getMessage());
                    }
                },
                attached -> {
                    allAttachments.add(attached);
                    message.set("Attached " + attached.info().fileName() + " (" + size(attached) + ").");
                    show();
                },
                "attach the file");
    }

    public CompletableFuture<Void> removeAttachment(StoredAttachment attachment) {
        return run(
                () -> {
                    evidence.removeAttachment(assessmentId, attachment.id());
                    return attachment;
                },
                removed -> {
                    allAttachments.removeIf(saved -> saved.id() == removed.id());
                    message.set("Removed " + removed.info().fileName() + ".");
                    show();
                },
                "remove the attachment");
    }

    /** Writes the attached file's bytes to {@code target}; the app never opens it. */
    public CompletableFuture<Void> saveCopy(StoredAttachment attachment, Path target) {
        return run(
                () -> {
                    byte[] content = evidence.attachmentContent(assessmentId, attachment.id());
                    try {
                        Path absolute = target.toAbsolutePath();
                        Path temporary = Files.createTempFile(absolute.getParent(), ".evidence-", ".tmp");
                        try {
                            Files.write(temporary, content);
                            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                        } finally {
                            Files.deleteIfExists(temporary);
                        }
                        return absolute;
                    } catch (IOException e) {
                        throw new EngagementException(target + " could not be written: " + e.getMessage());
                    }
                },
                written -> message.set("Saved a copy of " + attachment.info().fileName() + " to " + written),
                "save a copy");
    }

    /** "1.2 MiB", "34 KiB", "512 bytes". */
    public static String size(StoredAttachment attachment) {
        long bytes = attachment.info().sizeBytes();
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
        return bytes >= 1024 ? (bytes / 1024) + " KiB" : bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** Completes once every note typed so far is saved. */
    public CompletableFuture<Void> pendingSaves() {
        return saving;
    }

    private String questionId() {
        return workshop.currentQuestion().id();
    }

    private void show() {
        if (workshop.questionCount() == 0) {
            return;
        }
        String questionId = questionId();
        Map<Long, String> byParticipant = notesByQuestion.getOrDefault(questionId, Map.of());
        notes.setAll(participants.stream()
                .map(p -> new NoteRow(p, byParticipant.getOrDefault(p.id(), "")))
                .toList());
        links.setAll(allLinks.stream()
                .filter(link -> link.questionId().equals(questionId))
                .toList());
        attachments.setAll(allAttachments.stream()
                .filter(attachment -> attachment.questionId().equals(questionId))
                .toList());
    }

    private <T> CompletableFuture<Void> run(Supplier<T> work, java.util.function.Consumer<T> shown, String what) {
        return CompletableFuture.supplyAsync(work, background)
                .handleAsync(
                        (result, failure) -> {
                            if (failure != null) {
                                message.set("Could not " + what + ": " + Failures.message(failure));
                            } else {
                                shown.accept(result);
                            }
                            return null;
                        },
                        ui);
    }
}
