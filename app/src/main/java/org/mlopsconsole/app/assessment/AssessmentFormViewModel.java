package org.mlopsconsole.app.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.ShownError;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ValidationError;
import org.mlopsconsole.assessment.roles.RoleCatalog;
import org.mlopsconsole.assessment.roles.RoleSet;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.AssessmentStatus;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.ParticipantChanges;

/**
 * The create / edit form of an assessment: title, model (bundled, or a custom model file checked by
 * the engine's validator), date, facilitator, participants and status. Each field has an error
 * message, empty when the field is fine; {@link #validProperty()} is true when all are.
 */
public final class AssessmentFormViewModel {

    /** A model to choose: its id and name, and the definition when it is a custom model. */
    public record ModelOption(String id, String name, Optional<String> customDefinition) {
        @Override
        public String toString() {
            return customDefinition.isPresent() ? name + " (custom)" : name;
        }
    }

    /**
     * A role to pick for a participant: {@code value} is what is saved (a catalog role's id, "" for
     * none, or the free text an older workspace saved, kept as it was).
     */
    public record RoleChoice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final RoleCatalog ROLES = RoleCatalog.bundled();
    private static final RoleChoice NO_ROLE = new RoleChoice("", "No role");

    /**
     * The roles of the catalog, set by set ("Data scientist · Kreuzberger, Kühl and Hirschl 2023"),
     * after "No role"; a saved value that is no catalog id comes first after it, as it was typed.
     */
    public static List<RoleChoice> roleChoices(String saved) {
        List<RoleChoice> choices = new ArrayList<>(List.of(NO_ROLE));
        String current = saved.strip();
        if (!current.isEmpty() && ROLES.find(current).isEmpty()) {
            choices.add(new RoleChoice(current, current + " (typed in earlier)"));
        }
        ROLES.roles()
                .forEach(role -> choices.add(new RoleChoice(
                        role.id(),
                        role.name() + " \u00b7 "
                                + ROLES.roleSet(role.roleSet())
                                        .map(RoleSet::name)
                                        .orElse(role.roleSet()))));
        return choices;
    }

    /** The choice of {@link #roleChoices} for a saved value. */
    public static RoleChoice roleChoice(String saved) {
        return roleChoices(saved).stream()
                .filter(choice -> choice.value().equals(saved.strip()))
                .findFirst()
                .orElse(NO_ROLE);
    }

    /** One participant row of the form: a new one, or a saved one that keeps its ratings when renamed. */
    public static final class ParticipantRow {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty role = new SimpleStringProperty("");
        private final Optional<Participant> saved;

        private ParticipantRow(String name, String role, Optional<Participant> saved) {
            this.name.set(name);
            this.role.set(role);
            this.saved = saved;
        }

        static ParticipantRow added(String name, String role) {
            return new ParticipantRow(name, role, Optional.empty());
        }

        static ParticipantRow of(Participant saved) {
            return new ParticipantRow(saved.name(), saved.role(), Optional.of(saved));
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty roleProperty() {
            return role;
        }

        public boolean saved() {
            return saved.isPresent();
        }

        /** The saved participant with this row's name and role, when either changed. */
        private Optional<Participant> renamed() {
            String newName = name.get().strip();
            String newRole = role.get().strip();
            return saved.filter(p -> !p.name().equals(newName) || !p.role().equals(newRole))
                    .map(p -> new Participant(p.id(), p.respondentKey(), newName, newRole));
        }
    }

    private final Optional<Assessment> editing;
    private final Executor background;
    private final Executor ui;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<AssessmentStatus> status = new SimpleObjectProperty<>(AssessmentStatus.DRAFT);
    private final ObservableList<ModelOption> models = FXCollections.observableArrayList();
    private final ObjectProperty<ModelOption> model = new SimpleObjectProperty<>();
    private final ObservableList<ParticipantRow> participants =
            FXCollections.observableArrayList(row -> new Observable[] {row.nameProperty(), row.roleProperty()});
    private final List<Participant> removed = new ArrayList<>();
    private final StringBinding titleError;
    private final StringBinding facilitatorError;
    private final StringBinding dateError;
    private final StringBinding modelError;
    private final StringBinding participantsError;
    private final BooleanBinding valid;
    private final StringBinding titleShownError;
    private final StringBinding facilitatorShownError;
    private final StringBinding participantsShownError;

    /** A form for a new assessment, dated {@code today}, on the first bundled model. */
    public static AssessmentFormViewModel forNew(
            List<MaturityModel> bundled, LocalDate today, Executor background, Executor ui) {
        return forNew(bundled, today, Optional.empty(), background, ui);
    }

    /**
     * A form for a new assessment, dated {@code today}, on the model used last when it is bundled
     * (a facilitator runs one model across the teams), else on the first bundled model.
     */
    public static AssessmentFormViewModel forNew(
            List<MaturityModel> bundled,
            LocalDate today,
            Optional<String> lastModelId,
            Executor background,
            Executor ui) {
        AssessmentFormViewModel form = new AssessmentFormViewModel(Optional.empty(), bundled, background, ui);
        form.date.set(today);
        form.model.set(lastModelId
                .flatMap(id -> form.models.stream()
                        .filter(option -> option.id().equals(id))
                        .findFirst())
                .orElse(form.models.isEmpty() ? null : form.models.get(0)));
        return form;
    }

    /** A form editing {@code assessment}; its model is fixed, participants can be renamed, removed and added. */
    public static AssessmentFormViewModel forEdit(
            Assessment assessment,
            List<Participant> participants,
            List<MaturityModel> bundled,
            Executor background,
            Executor ui) {
        AssessmentFormViewModel form = new AssessmentFormViewModel(Optional.of(assessment), bundled, background, ui);
        form.title.set(assessment.title());
        form.facilitator.set(assessment.facilitator());
        form.date.set(assessment.date());
        form.status.set(assessment.status());
        ModelOption option = form.models.stream()
                .filter(candidate -> candidate.id().equals(assessment.modelId())
                        && assessment.customModel().isEmpty())
                .findFirst()
                .orElseGet(() -> new ModelOption(assessment.modelId(), assessment.modelId(), assessment.customModel()));
        if (!form.models.contains(option)) {
            form.models.add(option);
        }
        form.model.set(option);
        participants.forEach(p -> form.participants.add(ParticipantRow.of(p)));
        return form;
    }

    private AssessmentFormViewModel(
            Optional<Assessment> editing, List<MaturityModel> bundled, Executor background, Executor ui) {
        this.editing = editing;
        this.background = background;
        this.ui = ui;
        bundled.forEach(m -> models.add(new ModelOption(m.id(), m.name() + " (" + m.id() + ")", Optional.empty())));
        titleError = Bindings.createStringBinding(() -> problem("Title", title.get()), title);
        facilitatorError = Bindings.createStringBinding(() -> problem("Facilitator", facilitator.get()), facilitator);
        dateError = Bindings.createStringBinding(() -> date.get() == null ? "Date is required." : "", date);
        modelError = Bindings.createStringBinding(() -> model.get() == null ? "Choose a model." : "", model);
        participantsError = Bindings.createStringBinding(this::participantsProblem, participants);
        valid = Bindings.createBooleanBinding(
                () -> titleError.get().isEmpty()
                        && facilitatorError.get().isEmpty()
                        && dateError.get().isEmpty()
                        && modelError.get().isEmpty()
                        && participantsError.get().isEmpty(),
                titleError,
                facilitatorError,
                dateError,
                modelError,
                participantsError);
        titleShownError = ShownError.afterTouch(title, titleError);
        facilitatorShownError = ShownError.afterTouch(facilitator, facilitatorError);
        participantsShownError = ShownError.afterTouch(participants, participantsError);
    }

    private static String problem(String field, String value) {
        return FieldRules.nameProblem(field, value).orElse("");
    }

    private String participantsProblem() {
        for (int i = 0; i < participants.size(); i++) {
            ParticipantRow row = participants.get(i);
            String where = "Participant " + (i + 1) + ": ";
            Optional<String> name =
                    FieldRules.nameProblem("name", row.nameProperty().get());
            if (name.isPresent()) {
                return where + name.get();
            }
            Optional<String> role =
                    FieldRules.nameProblem("role", row.roleProperty().get());
            if (role.isPresent()) {
                return where + role.get();
            }
        }
        return "";
    }

    public boolean isEditing() {
        return editing.isPresent();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<AssessmentStatus> statusProperty() {
        return status;
    }

    public ObservableList<ModelOption> models() {
        return models;
    }

    public ObjectProperty<ModelOption> modelProperty() {
        return model;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public StringBinding titleErrorProperty() {
        return titleError;
    }

    public StringBinding facilitatorErrorProperty() {
        return facilitatorError;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    public StringBinding modelErrorProperty() {
        return modelError;
    }

    public StringBinding participantsErrorProperty() {
        return participantsError;
    }

    /** The title's error once the title was edited ("" before: a fresh form is not red). */
    public StringBinding titleShownErrorProperty() {
        return titleShownError;
    }

    /** The facilitator's error once it was edited. */
    public StringBinding facilitatorShownErrorProperty() {
        return facilitatorShownError;
    }

    /** The participants' error once the list or one of its rows was edited. */
    public StringBinding participantsShownErrorProperty() {
        return participantsShownError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ParticipantRow addParticipant(String name, String role) {
        ParticipantRow row = ParticipantRow.added(name, role);
        participants.add(row);
        return row;
    }

    /**
     * Removes a row. A saved participant is deleted with their ratings and notes when the form is
     * saved (the view asks first); nothing changes if the form is cancelled.
     */
    public void removeParticipant(ParticipantRow row) {
        if (participants.remove(row)) {
            row.saved.ifPresent(removed::add);
        }
    }

    /** The saved participants the user removed, in the order removed. */
    public List<Participant> removedParticipants() {
        return List.copyOf(removed);
    }

    /** What saving the form does to the participants. */
    public ParticipantChanges participantChanges() {
        List<Participant> renamed = participants.stream()
                .map(ParticipantRow::renamed)
                .flatMap(Optional::stream)
                .toList();
        return new ParticipantChanges(renamed, removed, newParticipants());
    }

    /**
     * Checks a custom model file with the engine's validator in the background. Valid: it becomes a
     * model option and is chosen; the future holds no errors. Invalid: the future holds every error.
     */
    public CompletableFuture<List<ValidationError>> useCustomModel(String fileName, String definition) {
        return CompletableFuture.supplyAsync(
                        () -> {
                            List<ValidationError> errors = AssessmentModels.validate(fileName, definition);
                            Optional<MaturityModel> parsed = errors.isEmpty()
                                    ? Optional.of(AssessmentModels.parse(fileName, definition))
                                    : Optional.empty();
                            return new CustomModelCheck(errors, parsed);
                        },
                        background)
                .thenApplyAsync(
                        check -> {
                            check.model().ifPresent(parsed -> {
                                ModelOption option = new ModelOption(
                                        parsed.id(), parsed.name() + " (" + parsed.id() + ")", Optional.of(definition));
                                models.add(option);
                                model.set(option);
                            });
                            return check.errors();
                        },
                        ui);
    }

    /** Reads {@code file} in the background, then checks it as {@link #useCustomModel(String, String)} does. */
    public CompletableFuture<List<ValidationError>> useCustomModelFile(Path file) {
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return Files.readString(file, StandardCharsets.UTF_8);
                            } catch (IOException | UncheckedIOException e) {
                                throw new EngagementException(file + " cannot be read: " + e.getMessage());
                            }
                        },
                        background)
                .thenCompose(definition -> useCustomModel(file.getFileName().toString(), definition));
    }

    private record CustomModelCheck(List<ValidationError> errors, Optional<MaturityModel> model) {}

    /** The new assessment for {@code teamId}; call only when {@link #validProperty()} is true. */
    public NewAssessment toNewAssessment(long teamId) {
        return new NewAssessment(
                teamId,
                title.get(),
                model.get().id(),
                model.get().customDefinition(),
                date.get(),
                facilitator.get(),
                newParticipants());
    }

    /** The edited assessment; call only when editing and valid. */
    public Assessment toUpdatedAssessment() {
        Assessment a = editing.orElseThrow();
        return new Assessment(
                a.id(),
                a.teamId(),
                title.get(),
                a.modelId(),
                a.customModel(),
                date.get(),
                facilitator.get(),
                status.get(),
                a.archived(),
                a.version());
    }

    public List<NewAssessment.NewParticipant> newParticipants() {
        List<NewAssessment.NewParticipant> added = new ArrayList<>();
        for (ParticipantRow row : participants) {
            if (!row.saved()) {
                added.add(new NewAssessment.NewParticipant(
                        row.nameProperty().get().strip(),
                        row.roleProperty().get().strip()));
            }
        }
        return added;
    }
}
