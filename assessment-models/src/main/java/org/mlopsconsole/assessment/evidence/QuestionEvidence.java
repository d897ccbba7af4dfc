package org.mlopsconsole.assessment.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The evidence a workshop gathered for one question besides each participant's own notes (those
 * are {@code Respondent.notes()}): the note the group agreed on, links and attached files.
 */
public record QuestionEvidence(
        String questionId, String sharedNote, List<EvidenceLink> links, List<AttachmentInfo> attachments) {

    public QuestionEvidence {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(sharedNote, "sharedNote");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("evidence needs the id of its question");
        }
        links = List.copyOf(links);
        attachments = List.copyOf(attachments);
    }

    /** No evidence yet for {@code questionId}. */
    public static QuestionEvidence empty(String questionId) {
        return new QuestionEvidence(questionId, "", List.of(), List.of());
    }

    /** True when there is no shared note (or only spaces), no link and no attachment. */
    public boolean isEmpty() {
        return sharedNote.isBlank() && links.isEmpty() && attachments.isEmpty();
    }

    public QuestionEvidence withSharedNote(String note) {
        return new QuestionEvidence(questionId, note, links, attachments);
    }

    public QuestionEvidence withLink(EvidenceLink link) {
        return new QuestionEvidence(questionId, sharedNote, appended(links, link), attachments);
    }

    public QuestionEvidence withAttachment(AttachmentInfo attachment) {
        return new QuestionEvidence(questionId, sharedNote, links, appended(attachments, attachment));
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(element));
        return copy;
    }
}
