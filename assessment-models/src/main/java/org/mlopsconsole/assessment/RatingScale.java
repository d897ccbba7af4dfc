package org.mlopsconsole.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ratings a model offers, with the labels shown for them and, for points-minimum models, the
 * points each one is worth. Models may restrict the scale (a yes/no checklist offers FI, NI and
 * NA) and relabel it; scoring always works on the underlying CMMI ratings.
 */
public record RatingScale(List<Rating> offered, Map<Rating, String> labels, Map<Rating, Double> points) {

    private static final Map<Rating, String> STANDARD_LABELS = Map.of(
            Rating.FI, "Fully implemented",
            Rating.LI, "Largely implemented",
            Rating.PI, "Partially implemented",
            Rating.NI, "Not implemented",
            Rating.NA, "Not applicable");

    private static final Map<Rating, Double> STANDARD_POINTS =
            Map.of(Rating.FI, 1.0, Rating.LI, 0.5, Rating.PI, 0.5, Rating.NI, 0.0);

    public RatingScale {
        offered = List.copyOf(offered);
        labels = Map.copyOf(withDefaults(labels, STANDARD_LABELS));
        points = Map.copyOf(withDefaults(points, STANDARD_POINTS));
    }

    /** All five ratings (FI first), the CMMI labels and the ML Test Score's points. */
    public static RatingScale standard() {
        return new RatingScale(List.of(Rating.FI, Rating.LI, Rating.PI, Rating.NI, Rating.NA), Map.of(), Map.of());
    }

    public String label(Rating rating) {
        return labels.get(rating);
    }

    /** The points a rating is worth in a points-minimum model; 0 for NA, which is never counted. */
    public double points(Rating rating) {
        return points.getOrDefault(rating, 0.0);
    }

    public boolean offers(Rating rating) {
        return offered.contains(rating);
    }

    /**
     * The rating as readers see it: its code under the standard CMMI labels (which a legend
     * explains), the model's own label where the model relabels it ("Yes", "Not done").
     */
    public String shown(Rating rating) {
        String label = label(rating);
        return label.equals(STANDARD_LABELS.get(rating)) ? rating.name() : label;
    }

    /** The offered ratings from lowest to highest, NA last: the order of rating buttons and lists. */
    public List<Rating> lowestFirst() {
        return offered.stream()
                .sorted(java.util.Comparator.comparingInt(
                        (Rating rating) -> rating.isApplicable() ? rating.step() : Integer.MAX_VALUE))
                .toList();
    }

    /** "FI = Fully implemented, NA = Not applicable": each offered rating's code and label. */
    public String legend() {
        return offered.stream()
                .map(rating -> rating.name() + " = " + label(rating))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static <V> Map<Rating, V> withDefaults(Map<Rating, V> given, Map<Rating, V> defaults) {
        Map<Rating, V> merged = new EnumMap<>(Rating.class);
        merged.putAll(defaults);
        merged.putAll(given);
        return merged;
    }
}
