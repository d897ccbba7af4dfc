package org.mlopsconsole.app.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.Scorer;

/**
 * An organization rolled up from its teams: each team's latest assessment with the model most of
 * them use, and per dimension the median and spread (lowest to highest) of levels and scores.
 * Levels are ordinal, so their median is the lower middle one; scores take the usual median.
 */
public final class OrganizationRollupViewModel {

    /** One dimension across the teams. */
    public record Row(
            String dimension,
            int teams,
            int medianLevel,
            int lowestLevel,
            int highestLevel,
            String medianScore,
            String scoreSpread) {}

    private final Organization organization;
    private final EngagementRepository engagements;
    private final AssessmentRepository assessments;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public OrganizationRollupViewModel(
            Organization organization,
            EngagementRepository engagements,
            AssessmentRepository assessments,
            Executor background,
            Executor ui) {
        this.organization = organization;
        this.engagements = engagements;
        this.assessments = assessments;
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private record Rolled(List<Row> rows, String summary) {}

    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(this::roll, background)
                .handleAsync(
                        (rolled, failure) -> {
                            if (failure != null) {
                                summary.set("Could not roll the teams up: " + Failures.message(failure));
                            } else {
                                rows.setAll(rolled.rows());
                                summary.set(rolled.summary());
                            }
                            return null;
                        },
                        ui);
    }

    private Rolled roll() {
        List<Assessment> latest = new ArrayList<>();
        for (Team team : engagements.teams(organization.id(), false)) {
            List<Assessment> ofTeam = assessments.forTeam(team.id(), false);
            if (!ofTeam.isEmpty()) {
                latest.add(ofTeam.get(ofTeam.size() - 1));
            }
        }
        if (latest.isEmpty()) {
            return new Rolled(List.of(), organization.name() + " has no assessed team yet.");
        }
        Map<String, Long> byModel = latest.stream()
                .filter(a -> a.customModel().isEmpty())
                .collect(Collectors.groupingBy(Assessment::modelId, LinkedHashMap::new, Collectors.counting()));
        if (byModel.isEmpty()) {
            return new Rolled(List.of(), "Only custom models were used: teams cannot be rolled up.");
        }
        String modelId = byModel.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        List<Assessment> used = latest.stream()
                .filter(a -> a.modelId().equals(modelId) && a.customModel().isEmpty())
                .toList();
        MaturityModel model = AssessmentModels.of(used.get(0));
        List<ScoreReport> reports = used.stream()
                .map(a -> Scorer.score(model, assessments.responses(a.id())))
                .toList();
        List<Row> result = new ArrayList<>();
        for (int d = 0; d < model.dimensions().size(); d++) {
            int index = d;
            List<DimensionScore> scores =
                    reports.stream().map(r -> r.dimensions().get(index)).toList();
            List<Integer> levels =
                    scores.stream().map(s -> s.level().id()).sorted().toList();
            List<Double> values = scores.stream()
                    .map(DimensionScore::score)
                    .filter(OptionalDouble::isPresent)
                    .map(OptionalDouble::getAsDouble)
                    .sorted()
                    .toList();
            result.add(new Row(
                    model.dimensions().get(d).name(),
                    scores.size(),
                    levels.get((levels.size() - 1) / 2),
                    levels.get(0),
                    levels.get(levels.size() - 1),
                    ResultsViewModel.scoreText(median(values)),
                    values.isEmpty()
                            ? "n/a"
                            : ResultsViewModel.scoreText(OptionalDouble.of(values.get(0))) + "–"
                                    + ResultsViewModel.scoreText(OptionalDouble.of(values.get(values.size() - 1)))));
        }
        int left = latest.size() - used.size();
        return new Rolled(
                result,
                "Latest assessment of " + used.size() + " team" + (used.size() == 1 ? "" : "s") + " with "
                        + model.name() + (left == 0 ? "" : "; " + left + " with another model left out"));
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones. */
    static OptionalDouble median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }
}
