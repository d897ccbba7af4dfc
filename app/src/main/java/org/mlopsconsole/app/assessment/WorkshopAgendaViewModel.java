package org.mlopsconsole.app.assessment;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.mlopsconsole.app.assessment.agenda.Agenda;
import org.mlopsconsole.app.assessment.agenda.AgendaViewModel;
import org.mlopsconsole.app.assessment.agenda.DimensionProgress;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.workspace.AgendaSlot;
import org.mlopsconsole.workspace.Assessments;

/**
 * The workshop's agenda as the facilitator uses it: read from the assessment (or proposed, two
 * minutes per question, when none was saved), its timer following the workshop's dimension, the
 * progress of the dimension on now, and budgets edited and saved with the assessment.
 */
public final class WorkshopAgendaViewModel {

    /** Two minutes a question, shared by the dimensions in proportion to their questions. */
    static final Duration PROPOSED_PER_QUESTION = Duration.ofMinutes(2);

    /** One line of the agenda editor: the dimension, its budget and how far the room got. */
    public record Line(String dimension, long minutes, DimensionProgress progress) {}

    private final long assessmentId;
    private final MaturityModel model;
    private final Assessments repository;
    private final WorkshopViewModel workshop;
    private final Executor background;
    private final Executor ui;
    private final AgendaViewModel timer;
    private final ReadOnlyStringWrapper dimensionProgress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

    public WorkshopAgendaViewModel(
            long assessmentId,
            MaturityModel model,
            Assessments repository,
            WorkshopViewModel workshop,
            InstantSource clock,
            Executor background,
            Executor ui) {
        this.assessmentId = assessmentId;
        this.model = model;
        this.repository = repository;
        this.workshop = workshop;
        this.background = background;
        this.ui = ui;
        this.timer = new AgendaViewModel(proposed(model), clock);
        workshop.dimensionProperty().addListener((observable, old, dimension) -> follow());
        workshop.dimensionProgress().addListener((ListChangeListener<DimensionProgress>) change -> showProgress());
        timer.dimensionProperty().addListener((observable, old, dimension) -> showProgress());
        follow();
        showProgress();
    }

    /** The agenda a workshop starts from: every dimension in the model's order, two minutes a question. */
    static Agenda proposed(MaturityModel model) {
        List<String> names = model.dimensions().stream().map(Dimension::name).toList();
        List<Integer> counts =
                model.dimensions().stream().map(d -> d.questions().size()).toList();
        int questions = counts.stream().mapToInt(Integer::intValue).sum();
        return Agenda.proportional(names, counts, PROPOSED_PER_QUESTION.multipliedBy(Math.max(1, questions)));
    }

    /** Reads the saved agenda in the background; without one, the proposed agenda stays. */
    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(() -> repository.agenda(assessmentId), background)
                .handleAsync(
                        (slots, failure) -> {
                            if (failure != null) {
                                message.set("Could not read the agenda: " + Failures.message(failure));
                            } else if (!slots.isEmpty()) {
                                fromSlots(slots).ifPresent(this::replan);
                                saved.set(true);
                            }
                            return null;
                        },
                        ui);
    }

    /** The timer, the dimension on now, and what comes next. */
    public AgendaViewModel timer() {
        return timer;
    }

    /** "3 of 8 settled" for the dimension on the agenda now. */
    public ReadOnlyStringProperty dimensionProgressProperty() {
        return dimensionProgress.getReadOnlyProperty();
    }

    /** The last failure to read or save the agenda, in words; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the agenda shown is one saved with the assessment (false: the proposed one). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The agenda's dimensions in order, each with its budget and progress, for the editor. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Agenda.Item item : timer.agendaProperty().get().items()) {
            lines.add(new Line(item.dimension(), item.budget().toMinutes(), progressOf(item.dimension())));
        }
        return lines;
    }

    /**
     * Gives each dimension, in the agenda's order, the minutes in {@code minutes}; the timer keeps
     * what has elapsed of the dimension on now. Saved with the assessment in the background.
     *
     * @return false, with the reason in {@link #messageProperty()}, when a budget is not at least a minute
     */
    public boolean setBudgets(List<Long> minutes) {
        Agenda current = timer.agendaProperty().get();
        if (minutes.size() != current.items().size()) {
            throw new IllegalArgumentException("One budget per dimension is needed");
        }
        Agenda changed = current;
        for (int i = 0; i < minutes.size(); i++) {
            if (minutes.get(i) < 1) {
                message.set("The time for " + current.items().get(i).dimension() + " must be at least a minute.");
                return false;
            }
            changed = changed.withBudget(i, Duration.ofMinutes(minutes.get(i)));
        }
        message.set("");
        replan(changed);
        save(changed);
        return true;
    }

    /** The timer follows the workshop's dimension. */
    private void follow() {
        if (!workshop.dimensionProperty().get().isEmpty()) {
            timer.follow(workshop.dimensionProperty().get());
        }
    }

    private void replan(Agenda agenda) {
        timer.replan(agenda);
        follow();
        showProgress();
    }

    private void save(Agenda agenda) {
        List<AgendaSlot> slots = new ArrayList<>();
        for (Agenda.Item item : agenda.items()) {
            model.dimensions().stream()
                    .filter(d -> d.name().equals(item.dimension()))
                    .findFirst()
                    .ifPresent(d -> slots.add(new AgendaSlot(d.id(), item.budget())));
        }
        CompletableFuture.runAsync(() -> repository.saveAgenda(assessmentId, slots), background)
                .whenCompleteAsync(
                        (done, failure) -> {
                            if (failure != null) {
                                message.set("Could not save the agenda: " + Failures.message(failure));
                            } else {
                                saved.set(true);
                            }
                        },
                        ui);
    }

    /** The saved slots as an agenda of the model's dimensions; dimensions the model dropped are left out. */
    private Optional<Agenda> fromSlots(List<AgendaSlot> slots) {
        List<Agenda.Item> items = new ArrayList<>();
        for (AgendaSlot slot : slots) {
            model.dimensions().stream()
                    .filter(d -> d.id().equals(slot.dimensionId()))
                    .findFirst()
                    .ifPresent(d -> items.add(new Agenda.Item(d.name(), slot.budget())));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new Agenda(items));
    }

    private void showProgress() {
        DimensionProgress progress = progressOf(timer.dimensionProperty().get());
        dimensionProgress.set(progress.settled() + " of " + progress.questions() + " settled");
    }

    private DimensionProgress progressOf(String dimension) {
        return workshop.dimensionProgress().stream()
                .filter(p -> p.dimension().equals(dimension))
                .findFirst()
                .orElse(new DimensionProgress(dimension, 0, 0));
    }
}
