package org.mlopsconsole.assessment.challenges;

import java.util.Optional;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.ModelCatalog;

/** A dimension of one maturity model, written {@code model/dimension} ("mlops-practices/serving"). */
public record DimensionRef(String model, String dimension) {

    public DimensionRef {
        if (model.isBlank() || dimension.isBlank() || model.contains("/")) {
            throw new IllegalArgumentException("a dimension reference needs a model id and a dimension id");
        }
    }

    /** {@code model/dimension}, or empty when the text has not that form. */
    public static Optional<DimensionRef> parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new DimensionRef(text.substring(0, slash), text.substring(slash + 1)));
    }

    /** The dimension in {@code catalog}, empty when the model or the dimension is not there. */
    public Optional<Dimension> resolve(ModelCatalog catalog) {
        return catalog.find(model).flatMap(found -> found.dimension(dimension));
    }

    @Override
    public String toString() {
        return model + "/" + dimension;
    }
}
