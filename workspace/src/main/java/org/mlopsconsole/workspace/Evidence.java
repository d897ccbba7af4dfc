package org.mlopsconsole.workspace;

import static org.mlopsconsole.workspace.Engagements.notFound;
import static org.mlopsconsole.workspace.Engagements.requireFound;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.evidence.QuestionEvidence;

/**
 * The evidence use cases: per question, the shared note (a cell of {@link Assessments}, with its
 * history), links and attached files. Attachments are kept in the workspace, at most {@link
 * AttachmentInfo#MAX_SIZE_BYTES}, hashed and typed from their content when saved; nothing here
 * opens or runs them, the app only saves a copy out. Each use case is one transaction.
 */
public final class Evidence {

    private final Transactions transactions;
    private final Assessments assessments;
    private final String signedInAs;
    private final Clock clock;

    /** @param signedInAs who links and attachments are recorded as added by */
    public Evidence(Transactions transactions, Assessments assessments, String signedInAs, Clock clock) {
        this.transactions = transactions;
        this.assessments = assessments;
        this.signedInAs = signedInAs;
        this.clock = clock;
    }

    /** The shared notes, links and attachments of every question. */
    public EvidenceBook book(long assessmentId) {
        return transactions.inTransaction("read the evidence", r -> {
            Assessments.current(r, assessmentId);
            Map<String, QuestionEvidence> byQuestion = new LinkedHashMap<>();
            r.assessments()
                    .evidence(assessmentId)
                    .forEach((question, note) -> byQuestion.put(
                            question, QuestionEvidence.empty(question).withSharedNote(note)));
            for (StoredLink link : r.evidence().links(assessmentId)) {
                byQuestion.merge(
                        link.questionId(),
                        QuestionEvidence.empty(link.questionId()).withLink(link.link()),
                        (saved, added) -> saved.withLink(link.link()));
            }
            for (StoredAttachment attachment : r.evidence().attachments(assessmentId)) {
                byQuestion.merge(
                        attachment.questionId(),
                        QuestionEvidence.empty(attachment.questionId()).withAttachment(attachment.info()),
                        (saved, added) -> saved.withAttachment(attachment.info()));
            }
            return new EvidenceBook(byQuestion);
        });
    }

    /** In the order they were added, every question's. */
    public List<StoredLink> links(long assessmentId) {
        return transactions.inTransaction("read evidence links", r -> {
            Assessments.current(r, assessmentId);
            return r.evidence().links(assessmentId);
        });
    }

    /**
     * Adds a link (http, https or mailto) to the question's evidence; a malformed address or
     * another scheme is an {@link EngagementException} saying so.
     */
    public StoredLink addLink(long assessmentId, String questionId, String title, String url) {
        EvidenceLink link;
        try {
            link = EvidenceLink.of(title == null ? "" : title, url == null ? "" : url);
        } catch (IllegalArgumentException e) {
            throw new EngagementException(capitalized(e.getMessage()) + ".");
        }
        return transactions.inTransaction("add the evidence link", r -> {
            requireQuestion(r, assessmentId, questionId);
            return r.evidence().addLink(assessmentId, questionId, link, signedInAs, clock.instant());
        });
    }

    public void removeLink(long assessmentId, long linkId) {
        transactions.inTransaction("remove the evidence link", r -> {
            Assessments.current(r, assessmentId);
            requireFound(r.evidence().removeLink(assessmentId, linkId), "evidence link", linkId);
            return null;
        });
    }

    /** Without their bytes, in the order they were attached. */
    public List<StoredAttachment> attachments(long assessmentId) {
        return transactions.inTransaction("read attachments", r -> {
            Assessments.current(r, assessmentId);
            return r.evidence().attachments(assessmentId);
        });
    }

    /**
     * Keeps a copy of {@code content} as evidence of the question, named {@code fileName} (any
     * folder dropped); a file over {@link AttachmentInfo#MAX_SIZE_BYTES} is refused with its size.
     */
    public StoredAttachment attach(long assessmentId, String questionId, String fileName, byte[] content) {
        String name = Names.require("File name", baseName(fileName));
        if (content.length > AttachmentInfo.MAX_SIZE_BYTES) {
            throw new EngagementException(name + " is " + megabytes(content.length)
                    + "; evidence files may be at most " + megabytes(AttachmentInfo.MAX_SIZE_BYTES)
                    + ". Attach a smaller export or a link to it instead.");
        }
        AttachmentInfo info = new AttachmentInfo(
                name, AttachmentContent.mediaType(content, name), content.length, AttachmentContent.sha256(content));
        return transactions.inTransaction("attach " + name, r -> {
            requireQuestion(r, assessmentId, questionId);
            return r.evidence()
                    .addAttachment(assessmentId, questionId, info, content.clone(), signedInAs, clock.instant());
        });
    }

    public void removeAttachment(long assessmentId, long attachmentId) {
        transactions.inTransaction("remove the attachment", r -> {
            Assessments.current(r, assessmentId);
            requireFound(r.evidence().removeAttachment(assessmentId, attachmentId), "attachment", attachmentId);
            return null;
        });
    }

    /** The attached file's bytes, as attached (for "Save a copy…"). */
    public byte[] attachmentContent(long assessmentId, long attachmentId) {
        return transactions.inTransaction(
                "read the attachment",
                r -> r.evidence()
                        .attachmentContent(assessmentId, attachmentId)
                        .orElseThrow(() -> notFound("attachment", attachmentId, null)));
    }

    /**
     * Makes the shared notes and links of the questions {@code book} names those of the book (an
     * imported responses file); other questions and every attachment stay. One transaction.
     */
    public void replaceNotesAndLinks(long assessmentId, EvidenceBook book) {
        transactions.inTransaction("import the evidence", r -> {
            MaturityModel model = AssessmentModels.of(Assessments.current(r, assessmentId));
            Map<String, String> saved = r.assessments().evidence(assessmentId);
            for (QuestionEvidence evidence : book.byQuestion().values()) {
                String questionId = evidence.questionId();
                requireQuestion(model, questionId);
                assessments.setEvidence(
                        assessmentId, questionId, saved.getOrDefault(questionId, ""), evidence.sharedNote());
                r.evidence().links(assessmentId).stream()
                        .filter(link -> link.questionId().equals(questionId))
                        .forEach(link -> r.evidence().removeLink(assessmentId, link.id()));
                evidence.links()
                        .forEach(link ->
                                r.evidence().addLink(assessmentId, questionId, link, signedInAs, clock.instant()));
            }
            return null;
        });
    }

    private static void requireQuestion(Repositories r, long assessmentId, String questionId) {
        requireQuestion(AssessmentModels.of(Assessments.current(r, assessmentId)), questionId);
    }

    private static void requireQuestion(MaturityModel model, String questionId) {
        if (questionId == null || model.question(questionId).isEmpty()) {
            throw new EngagementException(
                    "Model \"" + model.id() + "\" has no question \"" + questionId + "\"; nothing was saved.");
        }
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
