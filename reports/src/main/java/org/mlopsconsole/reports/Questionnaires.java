package org.mlopsconsole.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.reports.internal.io.AtomicFiles;
import org.mlopsconsole.reports.internal.questionnaire.QuestionnaireReader;
import org.mlopsconsole.reports.internal.questionnaire.QuestionnaireWriter;

/**
 * Offline questionnaires: an .xlsx with one protected sheet per respondent (ratings chosen from a
 * FI/LI/PI/NI/NA list), and the import of the filled file into the engine's responses.
 */
public final class Questionnaires {

    /** Larger files are refused before they are opened. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private Questionnaires() {}

    /**
     * Writes a questionnaire for {@code model} with a sheet for each of {@code respondentNames}
     * (at least one, none blank); throws {@link IllegalArgumentException} otherwise.
     */
    public static void export(MaturityModel model, List<String> respondentNames, Path target) throws IOException {
        QuestionnaireWriter writer = new QuestionnaireWriter(model, respondentNames);
        AtomicFiles.write(target, writer::write);
    }

    public static void export(MaturityModel model, List<String> respondentNames, OutputStream out) throws IOException {
        new QuestionnaireWriter(model, respondentNames).write(out);
    }

    /**
     * The responses in a filled questionnaire: every respondent's ratings and notes, no consensus
     * and no targets. Checks the whole file first and throws {@link QuestionnaireImportException}
     * listing every problem, so that either everything or nothing is imported.
     */
    public static Responses read(Path file, MaturityModel model) {
        return QuestionnaireReader.read(file, model);
    }
}
