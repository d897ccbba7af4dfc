package org.mlopsconsole.workspace;

import java.util.List;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.ModelLoader;
import org.mlopsconsole.assessment.ValidationError;

/** Which maturity model an assessment uses: a bundled one, or the custom definition it keeps. */
public final class AssessmentModels {

    private AssessmentModels() {}

    public static List<MaturityModel> bundled() {
        return ModelCatalog.bundled().models();
    }

    /** The model of {@code assessment}; its custom definition was validated when it was chosen. */
    public static MaturityModel of(Assessment assessment) {
        return assessment
                .customModel()
                .map(definition -> ModelLoader.withBundledPractices().parse(customFileName(definition), definition))
                .orElseGet(() -> ModelCatalog.bundled()
                        .find(assessment.modelId())
                        .orElseThrow(() ->
                                new EngagementException("The model \"" + assessment.modelId() + "\" of assessment \""
                                        + assessment.title() + "\" is not bundled with this version.")));
    }

    /** Every problem of a custom model file, in file order; empty when it is valid. */
    public static List<ValidationError> validate(String fileName, String definition) {
        return ModelLoader.withBundledPractices().validate(fileName, definition);
    }

    public static MaturityModel parse(String fileName, String definition) {
        return ModelLoader.withBundledPractices().parse(fileName, definition);
    }

    /** Stored definitions have lost their file name: JSON starts with a brace, anything else is YAML. */
    private static String customFileName(String definition) {
        return definition.stripLeading().startsWith("{") ? "custom-model.json" : "custom-model.yaml";
    }
}
