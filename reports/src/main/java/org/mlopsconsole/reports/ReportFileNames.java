package org.mlopsconsole.reports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Default report file names, {@code organization-team-YYYY-MM-DD.ext}: lower case, words joined by
 * hyphens, a word that repeats the one before it dropped (team "Fraud" of "Fraud Inc." gives
 * {@code fraud-inc-2027-06-01}, not {@code fraud-inc-fraud-...}), letters of any script kept.
 */
public final class ReportFileNames {

    private ReportFileNames() {}

    /** The name without extension; {@code organization} and {@code team} may be empty. */
    public static String base(String organization, String team, LocalDate date) {
        List<String> words = new ArrayList<>();
        for (String part : new String[] {organization, team}) {
            for (String word : words(part)) {
                if (words.isEmpty() || !words.get(words.size() - 1).equals(word)) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty()) {
            words.add("report");
        }
        return String.join("-", words) + "-" + date;
    }

    /** The name with {@code format}'s extension. */
    public static String of(String organization, String team, LocalDate date, ReportFormat format) {
        return base(organization, team, date) + "." + format.code();
    }

    /** The engagement's organization, team and date. */
    public static String of(Engagement engagement, ReportFormat format) {
        return of(engagement.organization(), engagement.team(), engagement.date(), format);
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
