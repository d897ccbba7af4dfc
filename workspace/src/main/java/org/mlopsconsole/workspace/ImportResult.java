package org.mlopsconsole.workspace;

import java.util.List;

/**
 * What an import of responses did, by participant name.
 *
 * @param added respondents who were not in the assessment and were added
 * @param updated respondents matched by exact name whose ratings and notes were saved
 */
public record ImportResult(List<String> added, List<String> updated) {

    public ImportResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }

    public int respondents() {
        return added.size() + updated.size();
    }
}
