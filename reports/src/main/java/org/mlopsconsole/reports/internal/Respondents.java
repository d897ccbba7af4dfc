package org.mlopsconsole.reports.internal;

import java.util.List;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

/** How respondents are named in reports: their name, else their id. */
public final class Respondents {

    private Respondents() {}

    public static String name(Respondent respondent) {
        return respondent.name().isBlank() ? respondent.id() : respondent.name();
    }

    public static List<String> names(Responses responses) {
        return responses.respondents().stream().map(Respondents::name).toList();
    }
}
