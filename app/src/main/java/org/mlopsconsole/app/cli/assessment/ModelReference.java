package org.mlopsconsole.app.cli.assessment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.assessment.InvalidInputException;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.ModelLoader;

/** Resolves a {@code --model} value: a bundled model id, else a model file path. */
final class ModelReference {

    private ModelReference() {}

    static MaturityModel resolve(String idOrFile) {
        Optional<MaturityModel> bundled = ModelCatalog.bundled().find(idOrFile);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        if (!looksLikeFile(idOrFile)) {
            throw unknownModel(idOrFile);
        }
        return loadFile(Path.of(idOrFile));
    }

    static MaturityModel bundled(String id) {
        return ModelCatalog.bundled().find(id).orElseThrow(() -> unknownModel(id));
    }

    static MaturityModel loadFile(Path file) {
        try {
            return ModelLoader.withBundledPractices().load(file);
        } catch (InvalidInputException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    static UserInputException unknownModel(String id) {
        return new UserInputException("unknown model \"" + id + "\"; the bundled models are "
                + String.join(", ", ModelCatalog.bundled().ids()) + " (or give the path of a model file)");
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
