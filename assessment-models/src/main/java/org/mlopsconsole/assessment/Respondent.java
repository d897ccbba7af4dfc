package org.mlopsconsole.assessment;

import java.util.Map;

/** One person's ratings and notes, keyed by question id. */
public record Respondent(String id, String name, String role, Map<String, Rating> ratings, Map<String, String> notes) {

    public Respondent {
        ratings = Map.copyOf(ratings);
        notes = Map.copyOf(notes);
    }
}
