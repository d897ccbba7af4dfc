package org.mlopsconsole.runtime.drift;

import java.util.Arrays;
import java.util.Optional;

/**
 * The drift tests, named as Evidently names them. The first three give a p-value (drift when it
 * is small), the other two a distance (drift when it is large).
 */
public enum DriftTest {
    /** Two-sample Kolmogorov–Smirnov (SciPy's {@code ks_2samp}); numeric features only. */
    KOLMOGOROV_SMIRNOV("ks", "K-S p-value", true),
    /** Pearson's chi-squared goodness of fit of the current counts to the reference's shares. */
    CHI_SQUARE("chisquare", "chi-square p-value", true),
    /** Two-sided z-test of two proportions, for features with two values. */
    Z("z", "Z-test p-value", true),
    /** Wasserstein-1 distance divided by the reference's standard deviation; numeric only. */
    WASSERSTEIN("wasserstein", "Wasserstein distance (normed)", false),
    /** Jensen–Shannon distance (natural logarithm) of the binned shares. */
    JENSEN_SHANNON("jensenshannon", "Jensen-Shannon distance", false);

    private final String id;
    private final String displayName;
    private final boolean givesPValue;

    DriftTest(String id, String displayName, boolean givesPValue) {
        this.id = id;
        this.displayName = displayName;
        this.givesPValue = givesPValue;
    }

    /** Evidently's name: {@code ks}, {@code chisquare}, {@code z}, {@code wasserstein}, {@code jensenshannon}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean givesPValue() {
        return givesPValue;
    }

    /** Whether the test applies to a feature of this type (KS and Wasserstein need numbers). */
    public boolean accepts(FeatureType type) {
        return type == FeatureType.NUMERIC || (this != KOLMOGOROV_SMIRNOV && this != WASSERSTEIN);
    }

    public static Optional<DriftTest> byId(String id) {
        return Arrays.stream(values()).filter(test -> test.id.equals(id)).findFirst();
    }
}
