package org.mlopsconsole.reports.internal.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.reports.internal.MethodText;

/** How a roll-up is made, then the model's scoring rules: label and text pairs like {@link MethodText}. */
public final class RollUpMethod {

    /** The single-assessment rules about targets and the Dimensions sheet, which a roll-up has not. */
    private static final Set<String> NOT_IN_A_ROLL_UP = Set.of("Gap and next steps", "Roadmap", "Why");

    public static final String LATEST_ASSESSMENT =
            "Each team appears once, with its latest assessment: the one with the latest date (the one"
                    + " created last when two share a date). Archived teams and assessments are left out, and so"
                    + " is a team whose latest assessment used another model. 'Assessed on' gives each date.";

    public static final String MEDIANS =
            "Per dimension, the organization's median level is the middle of the levels of the teams rated"
                    + " there, the lower of the two middle ones when the count is even (levels are ordinal). The"
                    + " median score is the usual median of their scores. A team whose dimension is not applicable"
                    + " or not assessed has no level there: it is named as such and left out of the figures.";

    public static final String WEAKEST =
            "The weakest team of a dimension has the lowest level there, then the lowest score; teams tied"
                    + " on both are all named. The weakest dimensions have the lowest median level, then the"
                    + " lowest median score.";

    private RollUpMethod() {}

    public static List<String[]> lines(MaturityModel model, String methodVersion) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"How this roll-up was made", ""});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Latest assessment", LATEST_ASSESSMENT});
        lines.add(new String[] {"Medians", MEDIANS});
        lines.add(new String[] {"Weakest", WEAKEST});
        lines.add(new String[] {
            "Shading", "Levels are shaded from red (the model's lowest level) through yellow to green (its highest)."
        });
        List<String[]> scoring = MethodText.lines(model, methodVersion);
        for (String[] line : scoring.subList(1, scoring.size())) {
            if (!NOT_IN_A_ROLL_UP.contains(line[0])) {
                lines.add(line);
            }
        }
        return lines;
    }
}
