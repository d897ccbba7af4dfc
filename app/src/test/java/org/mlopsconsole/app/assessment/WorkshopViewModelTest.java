package org.mlopsconsole.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.app.assessment.WorkshopViewModel.ParticipantRating;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.Workspaces;

class WorkshopViewModelTest {

    @TempDir
    Path dir;

    private EngagementFixture fixture;
    private WorkshopViewModel workshop;

    @BeforeEach
    void open() {
        fixture = new EngagementFixture(dir.resolve("ws"));
        workshop = fixture.workshop();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource({"0, NA", "1, NI", "2, PI", "3, LI", "4, FI"})
    void digitKeysGiveTheCmmiRatings(int digit, Rating rating) {
        assertThat(WorkshopViewModel.ratingForDigit(digit)).contains(rating);
    }

    @Test
    void aModelWithTheStandardScaleOffersEveryRatingByItsCode() {
        assertThat(workshop.offeredRatings()).containsExactly(Rating.NI, Rating.PI, Rating.LI, Rating.FI, Rating.NA);
        assertThat(workshop.ratingText(Rating.LI)).isEqualTo("LI");
        assertThat(workshop.ratingLabel(Rating.LI)).isEqualTo("Largely implemented");
        assertThat(workshop.ratingKeys()).isEqualTo("1 NI · 2 PI · 3 LI · 4 FI · 0 NA");
    }

    @Test
    void aModelThatRestrictsAndRelabelsItsRatingsOffersOnlyThoseByItsLabels() {
        try (EngagementFixture checklist =
                new EngagementFixture(dir.resolve("checklist"), "mlops-baseline-checklist")) {
            WorkshopViewModel yesNo = checklist.workshop();

            assertThat(yesNo.offeredRatings()).containsExactly(Rating.NI, Rating.FI, Rating.NA);
            assertThat(yesNo.ratingText(Rating.FI)).isEqualTo("Yes");
            assertThat(yesNo.ratingKeys()).isEqualTo("1 No · 4 Yes · 0 NA");

            yesNo.rateCurrentParticipant(Optional.of(Rating.FI));
            yesNo.rateCurrentParticipant(Optional.of(Rating.FI));
            yesNo.rateCurrentParticipant(Optional.of(Rating.FI));
            assertThat(yesNo.spreadProperty().get()).isEqualTo("All rated Yes");
        }
    }

    @Test
    void aRatingTheModelDoesNotOfferIsRefusedAndSaidSoUntilTheNextAcceptedOne() {
        try (EngagementFixture checklist =
                new EngagementFixture(dir.resolve("checklist"), "mlops-baseline-checklist")) {
            WorkshopViewModel yesNo = checklist.workshop();
            String questionId = checklist.questions().get(0).id();

            yesNo.rateCurrentParticipant(Optional.of(Rating.PI));
            yesNo.setConsensus(Optional.of(Rating.LI));
            yesNo.pendingSaves().join();

            assertThat(yesNo.participantIndexProperty().get())
                    .as("the keyboard stays with the same participant")
                    .isZero();
            assertThat(yesNo.messageProperty().get())
                    .startsWith(checklist.model.name() + " does not offer LI; its ratings are FI = Yes");
            Responses saved = checklist.assessments.responses(checklist.assessment.id());
            assertThat(saved.consensus()).isEmpty();
            assertThat(saved.respondents())
                    .allSatisfy(r -> assertThat(r.ratings()).isEmpty());

            yesNo.rateCurrentParticipant(Optional.of(Rating.NI));
            yesNo.pendingSaves().join();

            assertThat(yesNo.messageProperty().get()).isEmpty();
            assertThat(checklist
                            .assessments
                            .responses(checklist.assessment.id())
                            .respondents()
                            .get(0)
                            .ratings())
                    .containsExactly(java.util.Map.entry(questionId, Rating.NI));
        }
    }

    @Test
    void otherDigitsGiveNoRating() {
        assertThat(WorkshopViewModel.ratingForDigit(5)).isEmpty();
        assertThat(WorkshopViewModel.ratingForDigit(9)).isEmpty();
    }

    @Test
    void showsTheFirstQuestionWithItsDimensionLevelAndGuidance() {
        Question first = fixture.questions().get(0);
        Level level = fixture.model.level(first.level()).orElseThrow();
        assertThat(first.guidance()).as("google-mlops has no guidance").isBlank();

        assertThat(workshop.dimensionProperty().get())
                .isEqualTo(fixture.model.dimensions().get(0).name());
        assertThat(workshop.levelProperty().get()).isEqualTo("Level " + level.id() + " · " + level.name());
        assertThat(workshop.questionTextProperty().get()).isEqualTo(first.text());
        assertThat(workshop.guidanceProperty().get())
                .as("without guidance, the level's description stands in")
                .isEqualTo(level.description())
                .isNotBlank();
        assertThat(workshop.positionProperty().get()).isEqualTo("Question 1 of " + fixture.questionCount());
        assertThat(workshop.progressProperty().get()).isEqualTo("0 of " + fixture.questionCount() + " answered");
    }

    @Test
    void ratingMovesToTheNextParticipantAndIsSavedAtOnce() {
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.rateCurrentParticipant(Optional.of(Rating.LI));

        assertThat(workshop.participantRatings())
                .extracting(ParticipantRating::rating)
                .containsExactly(Optional.of(Rating.FI), Optional.of(Rating.LI), Optional.empty());
        assertThat(workshop.participantIndexProperty().get()).isEqualTo(2);
        assertThat(workshop.participantRatings().get(2).current()).isTrue();
        workshop.pendingSaves().join();
        assertThat(savedRating("p1", firstQuestion())).contains(Rating.FI);
        assertThat(savedRating("p2", firstQuestion())).contains(Rating.LI);
        assertThat(workshop.progressProperty().get()).isEqualTo("1 of " + fixture.questionCount() + " answered");
    }

    @Test
    void disagreementIsShownWhenRatingsLieTwoStepsApart() {
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.rateCurrentParticipant(Optional.of(Rating.LI));
        assertThat(workshop.disagreementProperty().get()).isFalse();
        assertThat(workshop.spreadProperty().get()).isEqualTo("2 of 3 rated: spread LI–FI (1 step)");

        workshop.rateCurrentParticipant(Optional.of(Rating.PI));

        assertThat(workshop.disagreementProperty().get()).isTrue();
        assertThat(workshop.spreadProperty().get()).isEqualTo("Spread PI–FI (2 steps)");
    }

    @Test
    void notApplicableRatingsDoNotWidenTheSpread() {
        workshop.rateCurrentParticipant(Optional.of(Rating.NI));
        workshop.rateCurrentParticipant(Optional.of(Rating.NA));

        assertThat(workshop.disagreementProperty().get()).isFalse();
        assertThat(workshop.spreadProperty().get()).isEqualTo("2 of 3 rated: rated NI, 1 NA");
    }

    @Test
    void allRatedTheSameIsSaidOnlyOnceEveryParticipantHasRated() {
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        assertThat(workshop.spreadProperty().get()).isEqualTo("2 of 3 rated: rated FI");

        workshop.rateCurrentParticipant(Optional.of(Rating.FI));

        assertThat(workshop.spreadProperty().get()).isEqualTo("All rated FI");
    }

    @Test
    void tabSwitchesParticipantAndWrapsAround() {
        workshop.nextParticipant();
        workshop.nextParticipant();
        assertThat(workshop.participantIndexProperty().get()).isEqualTo(2);

        workshop.nextParticipant();

        assertThat(workshop.participantIndexProperty().get()).isZero();
        workshop.previousParticipant();
        assertThat(workshop.participantIndexProperty().get()).isEqualTo(2);
    }

    @Test
    void movingToAnotherQuestionStartsAgainWithTheFirstParticipant() {
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));

        workshop.next();

        assertThat(workshop.positionProperty().get()).isEqualTo("Question 2 of " + fixture.questionCount());
        assertThat(workshop.participantIndexProperty().get()).isZero();
        assertThat(workshop.participantRatings())
                .extracting(ParticipantRating::rating)
                .containsOnly(Optional.empty());
        workshop.previous();
        assertThat(workshop.participantRatings().get(0).rating()).contains(Rating.FI);
    }

    @Test
    void previousOnTheFirstAndNextOnTheLastQuestionStayPut() {
        workshop.previous();
        assertThat(workshop.questionIndexProperty().get()).isZero();

        int last = fixture.questionCount() - 1;
        workshop.questionIndexProperty().set(last);
        workshop.next();

        assertThat(workshop.questionIndexProperty().get()).isEqualTo(last);
    }

    @Test
    void consensusIsSavedAndCountsAsAnswered() {
        workshop.setConsensus(Optional.of(Rating.LI));
        workshop.pendingSaves().join();

        assertThat(workshop.consensusProperty().get()).contains(Rating.LI);
        assertThat(fixture.assessments.responses(fixture.assessment.id()).consensus())
                .containsEntry(firstQuestion(), Rating.LI);
        assertThat(workshop.progressProperty().get()).isEqualTo("1 of " + fixture.questionCount() + " answered");
    }

    @Test
    void jumpsToTheNextUnansweredQuestion() {
        workshop.setConsensus(Optional.of(Rating.FI));
        workshop.next();
        workshop.setConsensus(Optional.of(Rating.FI));
        workshop.questionIndexProperty().set(0);

        assertThat(workshop.nextUnanswered()).isTrue();

        assertThat(workshop.questionIndexProperty().get()).isEqualTo(2);
    }

    @Test
    void jumpsToTheNextDisagreedQuestionAndSaysWhenThereIsNone() {
        assertThat(workshop.nextDisagreed()).isFalse();
        workshop.questionIndexProperty().set(4);
        workshop.rateCurrentParticipant(Optional.of(Rating.NI));
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.questionIndexProperty().set(0);

        assertThat(workshop.nextDisagreed()).isTrue();

        assertThat(workshop.questionIndexProperty().get()).isEqualTo(4);
        assertThat(workshop.disagreementProperty().get()).isTrue();
    }

    @Test
    void undoAndRedoRestoreRatingsAndSaveThem() {
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.next();
        workshop.setConsensus(Optional.of(Rating.PI));

        workshop.undo();
        workshop.undo();
        workshop.pendingSaves().join();

        assertThat(workshop.questionIndexProperty().get())
                .as("undo shows the question it changed")
                .isZero();
        assertThat(savedRating("p1", firstQuestion())).isEmpty();
        assertThat(fixture.assessments.responses(fixture.assessment.id()).consensus())
                .isEmpty();
        assertThat(workshop.canUndoProperty().get()).isFalse();
        assertThat(workshop.canRedoProperty().get()).isTrue();

        workshop.redo();
        workshop.redo();
        workshop.pendingSaves().join();

        assertThat(savedRating("p1", firstQuestion())).contains(Rating.FI);
        assertThat(fixture.assessments.responses(fixture.assessment.id()).consensus())
                .containsEntry(secondQuestion(), Rating.PI);
        assertThat(workshop.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewChangeAfterUndoClearsRedo() {
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.undo();

        workshop.rateCurrentParticipant(Optional.of(Rating.NI));

        assertThat(workshop.canRedoProperty().get()).isFalse();
    }

    @Test
    void notesAreSavedPerQuestionAndShownAgainWhenReturning() {
        workshop.evidenceProperty().set("Pipelines live in the platform repo");
        workshop.next();
        assertThat(workshop.evidenceProperty().get()).isEmpty();

        workshop.previous();
        workshop.pendingSaves().join();

        assertThat(workshop.evidenceProperty().get()).isEqualTo("Pipelines live in the platform repo");
        assertThat(fixture.assessments.evidence(fixture.assessment.id(), firstQuestion()))
                .contains("Pipelines live in the platform repo");
    }

    @Test
    void aReopenedWorkshopShowsEverythingSaved() {
        workshop.rateCurrentParticipant(Optional.of(Rating.LI));
        workshop.setConsensus(Optional.of(Rating.FI));
        workshop.evidenceProperty().set("runbook");
        workshop.pendingSaves().join();

        WorkshopViewModel reopened = fixture.workshop();

        assertThat(reopened.participantRatings().get(0).rating()).contains(Rating.LI);
        assertThat(reopened.consensusProperty().get()).contains(Rating.FI);
        assertThat(reopened.evidenceProperty().get()).isEqualTo("runbook");
    }

    @Test
    void aRatingSavedMeanwhileByAnotherConsoleIsReportedNotOverwritten() {
        WorkshopViewModel workshop = new WorkshopViewModel(
                fixture.assessment.id(), fixture.model, fixture.assessments, Runnable::run, Runnable::run);
        workshop.load().join();
        // Another console on the same workspace rates the first participant first.
        try (Workspace other = Workspaces.open(fixture.workspace.location())) {
            other.assessments()
                    .rate(fixture.participants.get(0).id(), firstQuestion(), Optional.empty(), Optional.of(Rating.NI));
        }

        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.pendingSaves().join();

        assertThat(workshop.messageProperty().get())
                .startsWith("Could not save the rating: ")
                .contains("was changed by " + fixture.workspace.signedInAs())
                .contains("not saved");
        assertThat(savedRating(fixture.participants.get(0).respondentKey(), firstQuestion()))
                .as("theirs is kept")
                .contains(Rating.NI);
    }

    @Test
    void aRatingSavedMeanwhileByAnotherConsoleIsAConflictWhereKeepingYoursSavesIt() {
        WorkshopViewModel workshop = workshopBeatenByAnotherConsole();

        assertThat(workshop.conflict().shown()).hasValueSatisfying(shown -> {
            assertThat(shown.theirs()).isEqualTo("NI");
            assertThat(shown.yours()).isEqualTo("FI");
            assertThat(shown.changedBy()).startsWith(fixture.workspace.signedInAs());
        });
        workshop.conflict().keepYours().join();

        assertThat(workshop.conflict().pendingProperty().get()).isEmpty();
        assertThat(savedRating(fixture.participants.get(0).respondentKey(), firstQuestion()))
                .contains(Rating.FI);
        assertThat(workshop.participantRatings().get(0).rating()).contains(Rating.FI);
    }

    @Test
    void aRatingSavedMeanwhileByAnotherConsoleIsAConflictWhereKeepingTheirsShowsTheirs() {
        WorkshopViewModel workshop = workshopBeatenByAnotherConsole();

        workshop.conflict().keepTheirs();

        assertThat(workshop.conflict().pendingProperty().get()).isEmpty();
        assertThat(savedRating(fixture.participants.get(0).respondentKey(), firstQuestion()))
                .contains(Rating.NI);
        assertThat(workshop.participantRatings().get(0).rating()).contains(Rating.NI);
    }

    /** A workshop whose rating FI of the first participant came after another console's NI on one shared database. */
    private WorkshopViewModel workshopBeatenByAnotherConsole() {
        WorkshopViewModel workshop = new WorkshopViewModel(
                fixture.assessment.id(), fixture.model, fixture.assessments, Runnable::run, Runnable::run);
        workshop.load().join();
        try (Workspace other = Workspaces.open(fixture.workspace.location())) {
            other.assessments()
                    .rate(fixture.participants.get(0).id(), firstQuestion(), Optional.empty(), Optional.of(Rating.NI));
        }
        workshop.rateCurrentParticipant(Optional.of(Rating.FI));
        workshop.pendingSaves().join();
        return workshop;
    }

    private String firstQuestion() {
        return fixture.questions().get(0).id();
    }

    private String secondQuestion() {
        return fixture.questions().get(1).id();
    }

    private Optional<Rating> savedRating(String respondentKey, String questionId) {
        Responses responses = fixture.assessments.responses(fixture.assessment.id());
        List<Respondent> respondents = responses.respondents();
        return respondents.stream()
                .filter(r -> r.id().equals(respondentKey))
                .findFirst()
                .map(r -> r.ratings().get(questionId));
    }
}
