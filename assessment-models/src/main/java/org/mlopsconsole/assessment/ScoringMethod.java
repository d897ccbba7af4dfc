package org.mlopsconsole.assessment;

import java.util.Locale;
import java.util.Optional;

/** How a model turns question ratings into levels: by gates (staged) or by score thresholds. */
public enum ScoringMethod {
    STAGED,
    CONTINUOUS;

    /** The name used in model files and outputs: {@code staged} or {@code continuous}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScoringMethod> parse(String code) {
        for (ScoringMethod method : values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
