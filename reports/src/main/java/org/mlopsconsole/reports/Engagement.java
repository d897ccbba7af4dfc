package org.mlopsconsole.reports;

import java.time.LocalDate;

/**
 * Who was assessed, by whom and when, as printed on a report's cover. Empty strings stand for
 * details nobody gave.
 */
public record Engagement(String organization, String team, String assessor, LocalDate date) {

    public Engagement {
        organization = organization == null ? "" : organization.strip();
        team = team == null ? "" : team.strip();
        assessor = assessor == null ? "" : assessor.strip();
        if (date == null) {
            throw new IllegalArgumentException("an engagement needs a date");
        }
    }

    /** An engagement with no details but its date. */
    public static Engagement dated(LocalDate date) {
        return new Engagement("", "", "", date);
    }
}
