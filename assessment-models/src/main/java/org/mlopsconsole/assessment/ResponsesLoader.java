package org.mlopsconsole.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.assessment.evidence.EvidenceBook;
import org.mlopsconsole.assessment.internal.LocatedDocument;
import org.mlopsconsole.assessment.internal.ResponsesReader;
import org.mlopsconsole.assessment.internal.TextFiles;

/** Reads responses files (JSON, or YAML for .yaml/.yml names) and checks them against a model. */
public final class ResponsesLoader {

    private ResponsesLoader() {}

    /**
     * The responses in {@code file} for {@code model}; throws {@link ResponsesValidationException}
     * listing every problem: unreadable file, invalid ratings, another model's id, unknown
     * question or dimension ids, targets that are not levels of the model.
     */
    public static Responses load(Path file, MaturityModel model) {
        try {
            return parse(file.toString(), TextFiles.read(file), model);
        } catch (TextFiles.UnreadableFileException e) {
            throw new ResponsesValidationException(file.toString(), List.of(e.error()));
        }
    }

    /**
     * The shared evidence (per question a note and links) in {@code file}'s optional {@code
     * evidence} object; throws {@link ResponsesValidationException} on any problem in the file, as
     * {@link #load} does.
     */
    public static EvidenceBook loadEvidence(Path file, MaturityModel model) {
        try {
            return parseEvidence(file.toString(), TextFiles.read(file), model);
        } catch (TextFiles.UnreadableFileException e) {
            throw new ResponsesValidationException(file.toString(), List.of(e.error()));
        }
    }

    public static EvidenceBook parseEvidence(String fileName, String content, MaturityModel model) {
        List<ValidationError> errors = new ArrayList<>();
        EvidenceBook evidence = ResponsesReader.readEvidence(LocatedDocument.parse(fileName, content), model, errors);
        if (!errors.isEmpty()) {
            throw new ResponsesValidationException(fileName, errors);
        }
        return evidence;
    }

    public static Responses parse(String fileName, String content, MaturityModel model) {
        List<ValidationError> errors = new ArrayList<>();
        Responses responses = ResponsesReader.read(LocatedDocument.parse(fileName, content), model, errors);
        if (!errors.isEmpty()) {
            throw new ResponsesValidationException(fileName, errors);
        }
        return responses;
    }
}
