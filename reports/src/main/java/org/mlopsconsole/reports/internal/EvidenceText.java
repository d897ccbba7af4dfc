package org.mlopsconsole.reports.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.evidence.QuestionEvidence;
import org.mlopsconsole.reports.ReportInput;

/**
 * The evidence every format prints, per question in model order: each participant's note (with
 * name and role), the shared note, the links and the attachments' metadata (never their bytes).
 */
public final class EvidenceText {

    public static final String NONE = "No evidence was recorded.";
    public static final String SHARED = "Shared";

    /** What an entry is. */
    public enum Kind {
        NOTE("Note"),
        LINK("Link"),
        ATTACHMENT("Attachment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One piece of evidence: who gave it, what it is, its text, and the address of a link. */
    public record Entry(String who, Kind kind, String text, Optional<URI> url) {

        /** "Ana (Data engineer): text", "Shared link: CI job <https://…>". */
        public String line() {
            String address = url.map(u -> text.equals(u.toString()) ? "" : " <" + u + ">")
                    .orElse("");
            String what = kind == Kind.NOTE ? "" : " " + kind.label().toLowerCase(Locale.ROOT);
            return who + what + ": " + text + address;
        }
    }

    /** A question and its evidence, at least one entry. */
    public record QuestionEntries(QuestionFinding question, List<Entry> entries) {}

    private EvidenceText() {}

    /** The questions with any evidence, in the model's order; empty when none has. */
    public static List<QuestionEntries> of(ReportInput input) {
        List<QuestionEntries> all = new ArrayList<>();
        for (QuestionFinding question : input.analysis().questions()) {
            List<Entry> entries = entries(input, question.id());
            if (!entries.isEmpty()) {
                all.add(new QuestionEntries(question, entries));
            }
        }
        return all;
    }

    /** The question's evidence entries: participants' notes first, then the shared note, links, files. */
    public static List<Entry> entries(ReportInput input, String questionId) {
        List<Entry> entries = new ArrayList<>();
        for (Respondent respondent : input.responses().respondents()) {
            String note = respondent.notes().get(questionId);
            if (note != null && !note.isBlank()) {
                entries.add(new Entry(who(respondent), Kind.NOTE, note.strip(), Optional.empty()));
            }
        }
        QuestionEvidence evidence = input.evidence().of(questionId);
        if (!evidence.sharedNote().isBlank()) {
            entries.add(new Entry(SHARED, Kind.NOTE, evidence.sharedNote().strip(), Optional.empty()));
        }
        for (EvidenceLink link : evidence.links()) {
            entries.add(new Entry(SHARED, Kind.LINK, link.shown(), Optional.of(link.url())));
        }
        for (AttachmentInfo file : evidence.attachments()) {
            entries.add(new Entry(SHARED, Kind.ATTACHMENT, attachment(file), Optional.empty()));
        }
        return entries;
    }

    /** "Ana Silva (Data engineer)", the id when there is no name, no brackets without a role. */
    public static String who(Respondent respondent) {
        String name = Respondents.name(respondent);
        return respondent.role().isBlank()
                ? name
                : name + " (" + respondent.role().strip() + ")";
    }

    /** "ci-run.pdf, 12.5 KB, SHA-256 3f2a…": metadata only; the file itself stays in the workspace. */
    public static String attachment(AttachmentInfo file) {
        return file.fileName() + ", " + size(file.sizeBytes()) + ", SHA-256 " + file.sha256();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
