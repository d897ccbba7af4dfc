package org.mlopsconsole.app.assessment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One assessment of a team against one maturity model.
 *
 * @param modelId the model's id: a bundled model, or the custom model held in {@code customModel}
 * @param customModel the definition (JSON or YAML) of a custom model, kept in the workspace
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
        boolean archived) {}
