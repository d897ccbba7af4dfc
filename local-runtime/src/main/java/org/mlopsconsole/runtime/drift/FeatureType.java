package org.mlopsconsole.runtime.drift;

/** How a feature's values are compared: as numbers on a line, or as unordered categories. */
public enum FeatureType {
    NUMERIC("numeric"),
    CATEGORICAL("categorical");

    private final String id;

    FeatureType(String id) {
        this.id = id;
    }

    /** The name in reports and on the command line: {@code numeric} or {@code categorical}. */
    public String id() {
        return id;
    }
}
