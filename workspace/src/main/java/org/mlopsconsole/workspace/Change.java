package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an assessment's change history: who changed which value, when, from what to what.
 *
 * @param participantName the participant whose rating or note it was, as named then; empty for the
 *     assessment's own values
 * @param changedBy the operating-system user (H2 workspace) or the signed-in PostgreSQL role
 */
public record Change(
        long id,
        long assessmentId,
        CellField field,
        Optional<String> participantName,
        String itemId,
        Optional<String> oldValue,
        Optional<String> newValue,
        String changedBy,
        Instant changedAt) {}
