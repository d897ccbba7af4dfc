package org.mlopsconsole.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.mlopsconsole.assessment.InvalidInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.ModelLoader;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ResponsesLoader;

/**
 * Resolves the commands' {@code --model ID|FILE} (a bundled model id, else a model file) and
 * {@code --responses FILE}, turning invalid input into exit-1 messages.
 */
public final class ModelReference {

    private ModelReference() {}

    public static MaturityModel resolve(String idOrFile) {
        Optional<MaturityModel> bundled = ModelCatalog.bundled().find(idOrFile);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        if (!looksLikeFile(idOrFile)) {
            throw unknownModel(idOrFile);
        }
        return loadFile(Path.of(idOrFile));
    }

    public static MaturityModel bundled(String id) {
        return ModelCatalog.bundled().find(id).orElseThrow(() -> unknownModel(id));
    }

    public static MaturityModel loadFile(Path file) {
        try {
            return ModelLoader.withBundledPractices().load(file);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    public static UserInputException unknownModel(String id) {
        return new UserInputException("unknown model \"" + id + "\"; the bundled models are "
                + String.join(", ", ModelCatalog.bundled().ids()) + " (or give the path of a model file)");
    }

    public static Responses responses(Path file, MaturityModel model) {
        try {
            return ResponsesLoader.load(file, model);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private static boolean looksLikeFile(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return Files.exists(Path.of(value))
                || lower.endsWith(".json")
                || lower.endsWith(".yaml")
                || lower.endsWith(".yml")
                || value.contains("/")
                || value.contains("\\");
    }
}
