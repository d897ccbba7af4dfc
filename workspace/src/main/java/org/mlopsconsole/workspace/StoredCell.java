package org.mlopsconsole.workspace;

import java.util.Optional;

/**
 * A cell as saved: its value (empty when never set or cleared) and its row version (0 when the row
 * was never written; clearing a value keeps the row and raises its version, so a version is never
 * seen twice).
 */
public record StoredCell(Optional<String> value, long version) {

    public static final StoredCell NEVER_SAVED = new StoredCell(Optional.empty(), 0);
}
