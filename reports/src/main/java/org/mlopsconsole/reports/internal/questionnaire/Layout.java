package org.mlopsconsole.reports.internal.questionnaire;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.assessment.Rating;

/** The questionnaire's labels and columns, shared by the writer and the reader. */
final class Layout {

    static final String INSTRUCTIONS = "Instructions";
    static final String RESPONDENT = "Respondent";
    static final String RESPONDENT_ID = "Respondent id";
    static final String MODEL = "Model";
    static final String MODEL_NAME = "Model name";

    static final String QUESTION_ID = "Question id";
    static final String RATING = "Rating";
    static final String NOTES = "Notes";
    static final List<String> HEADERS =
            List.of(QUESTION_ID, "Dimension", "Level", "Question", "Guidance", RATING, NOTES);
    static final int HEADER_ROW = 5;
    static final int ID_COLUMN = 0;
    static final int RATING_COLUMN = 5;
    static final int NOTES_COLUMN = 6;

    /** How far down the reader looks for the header row, in case rows were inserted above. */
    static final int HEADER_SEARCH_ROWS = 40;

    private Layout() {}

    /** "FI, LI, PI, NI or NA". */
    static String orList(List<Rating> ratings) {
        List<String> codes = ratings.stream().map(Rating::name).toList();
        if (codes.size() <= 1) {
            return String.join("", codes);
        }
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }

    /** A respondent id from a name: lower-case ASCII letters, digits and hyphens. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "respondent" : slug;
    }

    static boolean same(String label, String expected) {
        return label.strip().equalsIgnoreCase(expected);
    }
}
