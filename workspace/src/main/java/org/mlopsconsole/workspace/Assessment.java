package org.mlopsconsole.workspace;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One assessment of a team against one maturity model.
 *
 * @param modelId the model's id: a bundled model, or the custom model held in {@code customModel}
 * @param customModel the definition (JSON or YAML) of a custom model, kept in the workspace
 * @param version the row's version when it was read: an edit saved from it fails with a
 *     {@link ConflictException} when someone else saved the assessment meanwhile
 */
public record Assessment(
        long id,
        long teamId,
        String title,
        String modelId,
        Optional<String> customModel,
        LocalDate date,
        String facilitator,
        AssessmentStatus status,
        boolean archived,
        long version) {

    public Assessment withTitle(String newTitle) {
        return new Assessment(id, teamId, newTitle, modelId, customModel, date, facilitator, status, archived, version);
    }

    public Assessment withStatus(AssessmentStatus newStatus) {
        return new Assessment(id, teamId, title, modelId, customModel, date, facilitator, newStatus, archived, version);
    }

    public Assessment withArchived(boolean newArchived) {
        return new Assessment(id, teamId, title, modelId, customModel, date, facilitator, status, newArchived, version);
    }

    /** The same edits (title, date, facilitator) on this assessment as saved. */
    public Assessment withDetails(String newTitle, LocalDate newDate, String newFacilitator) {
        return new Assessment(
                id, teamId, newTitle, modelId, customModel, newDate, newFacilitator, status, archived, version);
    }
}
