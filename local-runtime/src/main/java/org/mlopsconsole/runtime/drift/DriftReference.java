package org.mlopsconsole.runtime.drift;

import java.util.Objects;

/**
 * What current data is compared with: a sample and where it came from, for the report (a CSV
 * file, or say "the first 1000 requests to m@3"). Its columns are the features compared.
 *
 * @param source where the sample came from, in words
 */
public record DriftReference(String source, DriftSample sample) {

    public DriftReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sample, "sample");
    }

    public static DriftReference of(String source, DriftSample sample) {
        return new DriftReference(source, sample);
    }
}
