package org.mlopsconsole.app.assessment;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.analysis.QuestionRisk;
import org.mlopsconsole.assessment.analysis.Risk;
import org.mlopsconsole.assessment.analysis.RiskOverride;
import org.mlopsconsole.assessment.analysis.RiskRegister;
import org.mlopsconsole.workspace.Plans;

/**
 * The risks in Results: each question at high or medium risk (rule j in docs/scoring.md), high
 * first, with the counts at the top; a consultant overrides a question's risk with a reason, or
 * clears the override.
 */
public final class RisksViewModel {

    /** A question's risk as shown: the one that counts, the computed one, and the override's reason. */
    public record RiskRow(
            String questionId, String question, String dimension, Risk risk, Risk computed, Optional<String> reason) {

        /** "High risk", or "Medium risk (computed: high)" when overridden. */
        public String riskText() {
            return reason.isEmpty() ? risk.words() : risk.words() + " (computed: " + computed.code() + ")";
        }
    }

    private final long assessmentId;
    private final MaturityModel model;
    private final Plans plans;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RisksViewModel(long assessmentId, MaturityModel model, Plans plans, Executor background, Executor ui) {
        this.assessmentId = assessmentId;
        this.model = model;
        this.plans = plans;
        this.background = background;
        this.ui = ui;
    }

    /** High, then medium, in roadmap order; overridden questions stay listed (even at no risk). */
    public ObservableList<RiskRow> rows() {
        return rows;
    }

    /** "Risks: 3 high, 5 medium". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<Risk> risks() {
        return List.of(Risk.values());
    }

    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(() -> plans.risks(assessmentId), background)
                .handleAsync(
                        (register, failure) -> {
                            if (failure != null) {
                                message.set("Could not read the risks: " + Failures.message(failure));
                            } else {
                                show(register);
                            }
                            return null;
                        },
                        ui);
    }

    /** Sets the question's risk; a reason is required, and said so when missing. */
    public CompletableFuture<Void> override(String questionId, Risk risk, String reason) {
        if (reason == null || reason.isBlank()) {
            message.set("Say why the risk of " + questionId + " is " + risk.code() + ": a reason is required.");
            return CompletableFuture.completedFuture(null);
        }
        RiskOverride override = new RiskOverride(questionId, risk, reason);
        return saveThenRefresh(
                () -> plans.setRiskOverride(assessmentId, override),
                "Risk of " + questionId + " set to " + risk.code() + ".");
    }

    public CompletableFuture<Void> clearOverride(String questionId) {
        return saveThenRefresh(
                () -> plans.clearRiskOverride(assessmentId, questionId),
                "Risk of " + questionId + " is the computed one again.");
    }

    private CompletableFuture<Void> saveThenRefresh(Runnable save, String done) {
        return CompletableFuture.runAsync(save, background)
                .handleAsync(
                        (ok, failure) -> {
                            message.set(failure == null ? done : "Not saved: " + Failures.message(failure));
                            return null;
                        },
                        ui)
                .thenCompose(ignored -> refresh());
    }

    private void show(RiskRegister register) {
        List<QuestionRisk> shown = new java.util.ArrayList<>(register.high());
        shown.addAll(register.medium());
        register.all().stream()
                .filter(risk -> risk.isOverridden() && risk.risk() == Risk.NONE)
                .forEach(shown::add);
        rows.setAll(shown.stream()
                .map(risk -> new RiskRow(
                        risk.id(),
                        risk.question().text(),
                        risk.dimension().name(),
                        risk.risk(),
                        risk.computed(),
                        risk.override().map(RiskOverride::reason)))
                .toList());
        counts.set(
                "Risks: " + register.countsText() + " (of " + model.questions().count() + " questions)");
    }
}
