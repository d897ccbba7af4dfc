package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.ValidationError;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.AssessmentStatus;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.ParticipantChanges;

class AssessmentFormViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final AssessmentFormViewModel form =
            AssessmentFormViewModel.forNew(ModelCatalog.bundled().models(), TODAY, Runnable::run, Runnable::run);

    @Test
    void aNewFormIsDatedTodayWithTheFirstBundledModelAndIsNotValidWithoutTitleAndFacilitator() {
        assertThat(form.dateProperty().get()).isEqualTo(TODAY);
        assertThat(form.modelProperty().get().id())
                .isEqualTo(ModelCatalog.bundled().models().get(0).id());
        assertThat(form.titleErrorProperty().get()).isEqualTo("Title is required.");
        assertThat(form.facilitatorErrorProperty().get()).isEqualTo("Facilitator is required.");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aFreshFormShowsNoErrorUntilAFieldIsEditedThenTheErrorAsItStands() {
        assertThat(form.titleShownErrorProperty().get()).isEmpty();
        assertThat(form.facilitatorShownErrorProperty().get()).isEmpty();

        form.titleProperty().set("B");
        form.titleProperty().set("");

        assertThat(form.titleShownErrorProperty().get()).isEqualTo("Title is required.");
        assertThat(form.facilitatorShownErrorProperty().get()).isEmpty();
        form.titleProperty().set("Baseline");
        assertThat(form.titleShownErrorProperty().get()).isEmpty();
    }

    @Test
    void theNameDialogIsNotRedBeforeTheNameIsEdited() {
        NameFormViewModel name = new NameFormViewModel("Team name", "");
        assertThat(name.shownErrorProperty().get()).isEmpty();
        assertThat(name.validProperty().get()).isFalse();

        name.nameProperty().set(" ");

        assertThat(name.shownErrorProperty().get()).isEqualTo("Team name is required.");
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "missing-model, 0", "'', 0"})
    void aNewFormDefaultsToTheLastModelUsedWhenItIsBundled(String lastIndexOrId, int expectedIndex) {
        List<MaturityModel> bundled = ModelCatalog.bundled().models();
        Optional<String> last = lastIndexOrId.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        lastIndexOrId.matches("\\d+")
                                ? bundled.get(Integer.parseInt(lastIndexOrId)).id()
                                : lastIndexOrId);

        AssessmentFormViewModel fresh =
                AssessmentFormViewModel.forNew(bundled, TODAY, last, Runnable::run, Runnable::run);

        assertThat(fresh.modelProperty().get().id())
                .isEqualTo(bundled.get(expectedIndex).id());
    }

    @Test
    void becomesValidOnceEveryRequiredFieldIsFilled() {
        fill();

        assertThat(form.validProperty().get()).isTrue();
        NewAssessment created = form.toNewAssessment(7);
        assertThat(created.teamId()).isEqualTo(7);
        assertThat(created.title()).isEqualTo("Baseline");
        assertThat(created.participants()).containsExactly(new NewAssessment.NewParticipant("Bruno", "data scientist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aParticipantWithoutNameIsReportedWithItsPosition(String name) {
        fill();

        form.addParticipant(name, "ML engineer");

        assertThat(form.participantsErrorProperty().get()).isEqualTo("Participant 2: name is required.");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aTitleLongerThanTheStoreAllowsIsReported() {
        form.titleProperty().set("x".repeat(201));

        assertThat(form.titleErrorProperty().get()).isEqualTo("Title is 201 characters long; at most 200 are allowed.");
    }

    @Test
    void aMissingDateIsReported() {
        form.dateProperty().set(null);

        assertThat(form.dateErrorProperty().get()).isEqualTo("Date is required.");
    }

    @Test
    void anInvalidCustomModelGivesEveryErrorWithItsLineAndKeepsTheChoice() {
        String chosenBefore = form.modelProperty().get().id();

        List<ValidationError> errors = form.useCustomModel("broken.json", "{\"schemaVersion\": 1,\n \"id\": 5}")
                .join();

        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(error -> assertThat(error.file()).isEqualTo("broken.json"));
        assertThat(errors).anySatisfy(error -> assertThat(error.line()).isPositive());
        assertThat(form.modelProperty().get().id()).isEqualTo(chosenBefore);
    }

    @Test
    void aValidCustomModelIsChosenAndKeptWithTheAssessment() {
        String definition = ModelCatalog.bundled().sourceJson("google-mlops").orElseThrow();

        List<ValidationError> errors =
                form.useCustomModel("ours.json", definition).join();
        fill();

        assertThat(errors).isEmpty();
        assertThat(form.modelProperty().get().customDefinition()).contains(definition);
        assertThat(form.toNewAssessment(1).customModel()).contains(definition);
    }

    @Test
    void anUnreadableModelFileSaysWhichFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");

        assertThatThrownBy(() -> form.useCustomModelFile(missing).join())
                .hasRootCauseInstanceOf(EngagementException.class)
                .rootCause()
                .hasMessageStartingWith(missing + " cannot be read");
    }

    @Test
    void aCustomModelInYamlIsReadBackFromTheStoredDefinition(@TempDir Path dir) throws Exception {
        String yaml = new ObjectMapper(new YAMLFactory())
                .writeValueAsString(new ObjectMapper()
                        .readTree(ModelCatalog.bundled()
                                .sourceJson("google-mlops")
                                .orElseThrow()));
        Path file = dir.resolve("ours.yaml");
        Files.writeString(file, yaml);

        assertThat(form.useCustomModelFile(file).join()).isEmpty();
        fill();
        NewAssessment created = form.toNewAssessment(1);
        Assessment stored = new Assessment(
                1,
                1,
                created.title(),
                created.modelId(),
                created.customModel(),
                TODAY,
                "Ana",
                AssessmentStatus.DRAFT,
                false,
                1);

        MaturityModel bundled = ModelCatalog.bundled().find("google-mlops").orElseThrow();
        MaturityModel readBack = AssessmentModels.of(stored);
        assertThat(readBack.id()).isEqualTo("google-mlops");
        assertThat(readBack.questions().map(Question::id))
                .containsExactlyElementsOf(bundled.questions().map(Question::id).toList());
        assertThat(readBack.ratingScale()).isEqualTo(bundled.ratingScale());
    }

    @Test
    void editingRenamesRemovesAndAddsParticipantsOnlyWhenSaved() {
        Assessment assessment = new Assessment(
                3, 1, "Baseline", "google-mlops", Optional.empty(), TODAY, "Ana", AssessmentStatus.DRAFT, false, 1);
        Participant bruno = new Participant(9, "p1", "Bruno", "data scientist");
        Participant carla = new Participant(10, "p2", "Carla", "ML engineer");
        Participant dana = new Participant(11, "p3", "Dana", "SRE");
        AssessmentFormViewModel edit = AssessmentFormViewModel.forEdit(
                assessment, List.of(bruno, carla, dana), ModelCatalog.bundled().models(), Runnable::run, Runnable::run);

        edit.participants().get(1).nameProperty().set(" Carla Souza ");
        edit.removeParticipant(edit.participants().get(0));
        edit.addParticipant("Eve", "SRE");
        edit.statusProperty().set(AssessmentStatus.FINAL);

        assertThat(edit.participants()).hasSize(3);
        assertThat(edit.participantChanges())
                .isEqualTo(new ParticipantChanges(
                        List.of(new Participant(10, "p2", "Carla Souza", "ML engineer")),
                        List.of(bruno),
                        List.of(new NewAssessment.NewParticipant("Eve", "SRE"))));
        assertThat(edit.toUpdatedAssessment().status()).isEqualTo(AssessmentStatus.FINAL);
        assertThat(edit.modelProperty().get().id()).isEqualTo("google-mlops");
    }

    @Test
    void aSavedParticipantRenamedToNothingMakesTheFormInvalid() {
        Assessment assessment = new Assessment(
                3, 1, "Baseline", "google-mlops", Optional.empty(), TODAY, "Ana", AssessmentStatus.DRAFT, false, 1);
        AssessmentFormViewModel edit = AssessmentFormViewModel.forEdit(
                assessment,
                List.of(new Participant(9, "p1", "Bruno", "data scientist")),
                ModelCatalog.bundled().models(),
                Runnable::run,
                Runnable::run);

        edit.participants().get(0).nameProperty().set("  ");

        assertThat(edit.participantsErrorProperty().get()).startsWith("Participant 1: ");
        assertThat(edit.validProperty().get()).isFalse();
    }

    private void fill() {
        form.titleProperty().set("Baseline");
        form.facilitatorProperty().set("Ana");
        form.addParticipant("Bruno", "data scientist");
    }

    @Test
    void rolesArePickedFromTheCatalogAndAnOlderTypedInRoleStaysAsItWas() {
        List<AssessmentFormViewModel.RoleChoice> fresh = AssessmentFormViewModel.roleChoices("");
        List<AssessmentFormViewModel.RoleChoice> older = AssessmentFormViewModel.roleChoices("product owner");

        assertThat(fresh.get(0)).isEqualTo(new AssessmentFormViewModel.RoleChoice("", "No role"));
        assertThat(fresh)
                .extracting(AssessmentFormViewModel.RoleChoice::value)
                .contains("data-scientist", "kreuzberger-data-scientist", "devops-engineer")
                .doesNotContain("product owner");
        assertThat(fresh)
                .extracting(AssessmentFormViewModel.RoleChoice::label)
                .contains("DevOps engineer \u00b7 Kreuzberger, K\u00fchl and Hirschl 2023");
        assertThat(older.get(1))
                .isEqualTo(new AssessmentFormViewModel.RoleChoice("product owner", "product owner (typed in earlier)"));
        assertThat(AssessmentFormViewModel.roleChoice("product owner").value()).isEqualTo("product owner");
        assertThat(AssessmentFormViewModel.roleChoice("ml-engineer").label()).startsWith("ML engineer \u00b7 ");
    }
}
