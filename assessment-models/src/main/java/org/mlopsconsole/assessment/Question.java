package org.mlopsconsole.assessment;

import java.util.List;

/** A statement respondents rate; it belongs to the level it gates in staged models. */
public record Question(String id, int level, String text, String guidance, double weight, List<String> practices) {

    public Question {
        practices = List.copyOf(practices);
    }
}
