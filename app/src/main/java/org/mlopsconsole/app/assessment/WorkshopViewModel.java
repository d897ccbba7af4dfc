package org.mlopsconsole.app.assessment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.assessment.agenda.DimensionProgress;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.assessment.analysis.QuestionTally;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Participant;

/**
 * Workshop mode: one question at a time, a rating per participant, the facilitator's consensus,
 * notes and evidence, live disagreement, progress, and undo / redo of ratings. Every change is
 * written through the repository at once, in order, on the background executor.
 */
public final class WorkshopViewModel {

    /** One participant's rating of the current question, and whether the keyboard rates for them. */
    public record ParticipantRating(Participant participant, Optional<Rating> rating, boolean current) {}

    private record Change(
            String questionId, Optional<Participant> participant, Optional<Rating> before, Optional<Rating> after) {}

    private final long assessmentId;
    private final MaturityModel model;
    private final List<Question> questions;
    private final Map<String, Dimension> dimensionOfQuestion = new HashMap<>();
    private final Assessments repository;
    private final Executor background;
    private final Executor ui;
    private final ConflictViewModel conflict;

    private final List<Participant> participants = new ArrayList<>();
    private final Map<String, Map<Long, Rating>> ratings = new HashMap<>();
    private final Map<String, Rating> consensusByQuestion = new HashMap<>();
    private final Map<String, String> evidenceByQuestion = new HashMap<>();
    private final Deque<Change> undoStack = new ArrayDeque<>();
    private final Deque<Change> redoStack = new ArrayDeque<>();
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
    private boolean showingQuestion;
    private boolean refused;

    private final IntegerProperty questionIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper participantIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper dimension = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper questionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progressFraction = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper spread = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper disagreement = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<Rating>> consensus = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty evidence = new SimpleStringProperty("");
    private final ObservableList<ParticipantRating> participantRatings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ratingsHidden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper distribution = new ReadOnlyStringWrapper("");
    private final ObservableList<DimensionProgress> dimensionProgress = FXCollections.observableArrayList();

    public WorkshopViewModel(
            long assessmentId, MaturityModel model, Assessments repository, Executor background, Executor ui) {
        this.assessmentId = assessmentId;
        this.model = model;
        this.repository = repository;
        this.background = background;
        this.ui = ui;
        this.conflict = new ConflictViewModel(repository, background, ui, this::load);
        this.questions = model.questions().toList();
        for (Dimension d : model.dimensions()) {
            d.questions().forEach(q -> dimensionOfQuestion.put(q.id(), d));
        }
        questionIndex.addListener((observable, old, index) -> {
            participantIndex.set(0);
            showQuestion();
        });
        evidence.addListener((observable, old, text) -> {
            if (!showingQuestion && loaded.get()) {
                saveEvidence(text);
            }
        });
    }

    /** Reads participants, ratings, consensus and evidence in the background, then shows question 1. */
    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(this::read, background)
                .handleAsync(
                        (snapshot, failure) -> {
                            if (failure != null) {
                                message.set("Could not read the assessment: " + Failures.message(failure));
                                return null;
                            }
                            apply(snapshot);
                            return null;
                        },
                        ui);
    }

    private record Snapshot(List<Participant> participants, Responses responses, Map<String, String> evidence) {}

    private Snapshot read() {
        Map<String, String> notes = new LinkedHashMap<>();
        for (Question question : questions) {
            repository.evidence(assessmentId, question.id()).ifPresent(text -> notes.put(question.id(), text));
        }
        return new Snapshot(repository.participants(assessmentId), repository.responses(assessmentId), notes);
    }

    private void apply(Snapshot snapshot) {
        participants.clear();
        participants.addAll(snapshot.participants());
        ratings.clear();
        Map<String, Participant> byKey = new HashMap<>();
        participants.forEach(p -> byKey.put(p.respondentKey(), p));
        for (Respondent respondent : snapshot.responses().respondents()) {
            Participant participant = byKey.get(respondent.id());
            if (participant != null) {
                respondent
                        .ratings()
                        .forEach((questionId, rating) -> ratings.computeIfAbsent(questionId, q -> new HashMap<>())
                                .put(participant.id(), rating));
            }
        }
        consensusByQuestion.clear();
        consensusByQuestion.putAll(snapshot.responses().consensus());
        evidenceByQuestion.clear();
        evidenceByQuestion.putAll(snapshot.evidence());
        undoStack.clear();
        redoStack.clear();
        loaded.set(true);
        showQuestion();
    }

    // --- what the view shows -------------------------------------------------------------

    public MaturityModel model() {
        return model;
    }

    public int questionCount() {
        return questions.size();
    }

    public IntegerProperty questionIndexProperty() {
        return questionIndex;
    }

    public ReadOnlyIntegerProperty participantIndexProperty() {
        return participantIndex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dimensionProperty() {
        return dimension.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty questionTextProperty() {
        return questionText.getReadOnlyProperty();
    }

    /** The question's guidance; for models without any, the description of the question's level. */
    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    /** "Question 3 of 40". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** "12 of 40 answered". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressFractionProperty() {
        return progressFraction.getReadOnlyProperty();
    }

    /**
     * The spread of the participants' ratings of this question, in words: "All rated FI" only once
     * every participant has rated, "2 of 3 rated: spread PI–FI (2 steps)" before.
     */
    public ReadOnlyStringProperty spreadProperty() {
        return spread.getReadOnlyProperty();
    }

    /** True when the ratings disagree by the engine's rule b (as the analysis' tally says). */
    public ReadOnlyBooleanProperty disagreementProperty() {
        return disagreement.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Rating>> consensusProperty() {
        return consensus.getReadOnlyProperty();
    }

    /** Notes and evidence of the current question; every edit is saved. */
    public StringProperty evidenceProperty() {
        return evidence;
    }

    public ObservableList<ParticipantRating> participantRatings() {
        return participantRatings;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** A save someone else got in first: theirs against yours, for the user to keep either. */
    public ConflictViewModel conflict() {
        return conflict;
    }

    /** The last failure to read or save, in words; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * True while a live vote's hidden mode keeps who rated what from the room: the view then shows
     * the {@link #distributionProperty() distribution} only, until the facilitator reveals.
     */
    public ReadOnlyBooleanProperty ratingsHiddenProperty() {
        return ratingsHidden.getReadOnlyProperty();
    }

    public void hideRatings(boolean hidden) {
        ratingsHidden.set(hidden);
    }

    /** How many chose each rating of the current question, without names: "PI 1 · FI 2 · 1 not rated yet". */
    public ReadOnlyStringProperty distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    /**
     * Per dimension, in the model's order, how many of its questions are settled: with a consensus,
     * or rated by every participant. Updated with every change.
     */
    public ObservableList<DimensionProgress> dimensionProgress() {
        return dimensionProgress;
    }

    /** A participant who joined a live vote from their own device; added to the list when new. */
    public void showJoined(Participant participant) {
        if (participants.stream().noneMatch(p -> p.id() == participant.id())) {
            participants.add(participant);
            showQuestion();
        }
    }

    /**
     * A rating the participant saved from their own device (a live vote): shown at once, neither
     * saved again nor put on the undo stack.
     */
    public void showSaved(Participant participant, String questionId, Optional<Rating> rating) {
        showJoined(participant);
        Map<Long, Rating> byParticipant = ratings.computeIfAbsent(questionId, q -> new HashMap<>());
        rating.ifPresentOrElse(
                r -> byParticipant.put(participant.id(), r), () -> byParticipant.remove(participant.id()));
        showQuestion();
    }

    /** Completes once every change made so far is saved (or has failed and been reported). */
    public CompletableFuture<Void> pendingSaves() {
        return saving;
    }

    // --- keyboard ------------------------------------------------------------------------

    /** The ratings this model offers, lowest first and NA last: the buttons, in their order. */
    public List<Rating> offeredRatings() {
        return model.ratingScale().lowestFirst();
    }

    /** A rating as the model names it on a button: "FI", or the model's own label ("Yes"). */
    public String ratingText(Rating rating) {
        return model.ratingScale().shown(rating);
    }

    /** The rating's full label, for tooltips: "Fully implemented", "Yes". */
    public String ratingLabel(Rating rating) {
        return model.ratingScale().label(rating);
    }

    /** The keys that rate, for this model's ratings: "1 NI · 2 PI · 3 LI · 4 FI · 0 NA", "1 No · 4 Yes · 0 NA". */
    public String ratingKeys() {
        return offeredRatings().stream()
                .map(rating -> digitFor(rating) + " " + ratingText(rating))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** The digit key of a rating: NA 0, NI 1, PI 2, LI 3, FI 4 (the inverse of {@link #ratingForDigit}). */
    static int digitFor(Rating rating) {
        return rating.isApplicable() ? rating.step() + 1 : 0;
    }

    /** The rating a digit key gives: 1–4 = NI, PI, LI, FI; 0 = NA; empty for other keys. */
    public static Optional<Rating> ratingForDigit(int digit) {
        return switch (digit) {
            case 0 -> Optional.of(Rating.NA);
            case 1 -> Optional.of(Rating.NI);
            case 2 -> Optional.of(Rating.PI);
            case 3 -> Optional.of(Rating.LI);
            case 4 -> Optional.of(Rating.FI);
            default -> Optional.empty();
        };
    }

    // --- navigation ----------------------------------------------------------------------

    public void next() {
        if (questionIndex.get() < questions.size() - 1) {
            questionIndex.set(questionIndex.get() + 1);
        }
    }

    public void previous() {
        if (questionIndex.get() > 0) {
            questionIndex.set(questionIndex.get() - 1);
        }
    }

    public void nextParticipant() {
        if (!participants.isEmpty()) {
            selectParticipant((participantIndex.get() + 1) % participants.size());
        }
    }

    public void previousParticipant() {
        if (!participants.isEmpty()) {
            selectParticipant((participantIndex.get() - 1 + participants.size()) % participants.size());
        }
    }

    public void selectParticipant(int index) {
        if (index >= 0 && index < participants.size()) {
            participantIndex.set(index);
            refreshRatings();
        }
    }

    /** Moves to the next question nobody has rated and without consensus; false when there is none. */
    public boolean nextUnanswered() {
        return jumpToNext(question -> !answered(question.id()));
    }

    /** Moves to the next question whose ratings disagree; false when there is none. */
    public boolean nextDisagreed() {
        return jumpToNext(question -> disagrees(question.id()));
    }

    private boolean jumpToNext(Predicate<Question> wanted) {
        for (int step = 1; step <= questions.size(); step++) {
            int index = (questionIndex.get() + step) % questions.size();
            if (wanted.test(questions.get(index))) {
                questionIndex.set(index);
                showQuestion();
                return true;
            }
        }
        return false;
    }

    // --- rating --------------------------------------------------------------------------

    /** Rates the current question for the current participant, then moves to the next participant. */
    public void rateCurrentParticipant(Optional<Rating> rating) {
        if (participants.isEmpty()) {
            message.set("This assessment has no participants: add them with Edit.");
            return;
        }
        if (!offered(rating)) {
            return;
        }
        rate(participants.get(participantIndex.get()), rating);
        if (participantIndex.get() < participants.size() - 1) {
            participantIndex.set(participantIndex.get() + 1);
            refreshRatings();
        }
    }

    /** Clears the current participant's rating of the current question; the participant stays. */
    public void clearCurrentParticipant() {
        if (!participants.isEmpty()) {
            rate(participants.get(participantIndex.get()), Optional.empty());
        }
    }

    public void rate(Participant participant, Optional<Rating> rating) {
        if (!offered(rating)) {
            return;
        }
        String questionId = currentQuestion().id();
        Optional<Rating> before = ratingOf(questionId, participant);
        if (before.equals(rating)) {
            return;
        }
        record(new Change(questionId, Optional.of(participant), before, rating));
    }

    /** Sets (or with empty, clears) the facilitator's consensus rating of the current question. */
    public void setConsensus(Optional<Rating> rating) {
        if (!offered(rating)) {
            return;
        }
        String questionId = currentQuestion().id();
        Optional<Rating> before = Optional.ofNullable(consensusByQuestion.get(questionId));
        if (!before.equals(rating)) {
            record(new Change(questionId, Optional.empty(), before, rating));
        }
    }

    /**
     * Whether the model offers the rating (clearing, empty, always is); says so when it does not,
     * and takes the words back at the next accepted rating.
     */
    private boolean offered(Optional<Rating> rating) {
        if (rating.isPresent() && !model.ratingScale().offers(rating.get())) {
            message.set(model.name() + " does not offer " + rating.get() + "; its ratings are "
                    + model.ratingScale().legend() + ".");
            refused = true;
            return false;
        }
        if (refused) {
            message.set("");
            refused = false;
        }
        return true;
    }

    public void undo() {
        if (!undoStack.isEmpty()) {
            Change change = undoStack.pop();
            redoStack.push(change);
            applyChange(change.questionId(), change.participant(), change.after(), change.before());
            afterChange(change.questionId());
        }
    }

    public void redo() {
        if (!redoStack.isEmpty()) {
            Change change = redoStack.pop();
            undoStack.push(change);
            applyChange(change.questionId(), change.participant(), change.before(), change.after());
            afterChange(change.questionId());
        }
    }

    private void record(Change change) {
        undoStack.push(change);
        redoStack.clear();
        applyChange(change.questionId(), change.participant(), change.before(), change.after());
        afterChange(change.questionId());
    }

    private void afterChange(String questionId) {
        int index = indexOf(questionId);
        if (index != questionIndex.get()) {
            questionIndex.set(index); // undo shows the question it changed
        }
        showQuestion();
    }

    /** Changes the state in memory and queues its save. */
    private void applyChange(
            String questionId, Optional<Participant> participant, Optional<Rating> from, Optional<Rating> rating) {
        if (participant.isPresent()) {
            long participantId = participant.get().id();
            Map<Long, Rating> byParticipant = ratings.computeIfAbsent(questionId, q -> new HashMap<>());
            rating.ifPresentOrElse(r -> byParticipant.put(participantId, r), () -> byParticipant.remove(participantId));
            save("the rating", () -> repository.rate(participantId, questionId, from, rating));
        } else {
            rating.ifPresentOrElse(
                    r -> consensusByQuestion.put(questionId, r), () -> consensusByQuestion.remove(questionId));
            save("the consensus", () -> repository.setConsensus(assessmentId, questionId, from, rating));
        }
    }

    private void saveEvidence(String text) {
        String questionId = currentQuestion().id();
        String value = text == null ? "" : text;
        String before = evidenceByQuestion.getOrDefault(questionId, "");
        if (value.isBlank()) {
            evidenceByQuestion.remove(questionId);
        } else {
            evidenceByQuestion.put(questionId, value);
        }
        save("the notes", () -> repository.setEvidence(assessmentId, questionId, before, value));
    }

    /** Saves run one after another, so the last change made is the one kept. */
    private void save(String what, Runnable write) {
        saving = saving.thenRunAsync(write, background).handle((done, failure) -> {
            if (failure != null) {
                ui.execute(() -> {
                    message.set("Could not save " + what + ": " + Failures.message(failure));
                    conflict.offer(failure);
                });
            }
            return null;
        });
    }

    // --- derived state ---------------------------------------------------------------------

    public Question currentQuestion() {
        return questions.get(questionIndex.get());
    }

    private int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown question " + questionId);
    }

    private Optional<Rating> ratingOf(String questionId, Participant participant) {
        return Optional.ofNullable(ratings.getOrDefault(questionId, Map.of()).get(participant.id()));
    }

    boolean answered(String questionId) {
        return consensusByQuestion.containsKey(questionId)
                || !ratings.getOrDefault(questionId, Map.of()).isEmpty();
    }

    /** Whether the participants' ratings of the question disagree (the analysis' rule b). */
    boolean disagrees(String questionId) {
        return tally(questionId).disagreement();
    }

    /** The question's ratings across every participant of the workshop, rated or not. */
    private QuestionTally tally(String questionId) {
        return QuestionTally.of(
                participants.size(), ratings.getOrDefault(questionId, Map.of()).values());
    }

    private void showQuestion() {
        if (questions.isEmpty()) {
            return;
        }
        Question question = currentQuestion();
        Dimension d = dimensionOfQuestion.get(question.id());
        showingQuestion = true;
        try {
            dimension.set(d.name());
            // points-minimum questions gate no level: their score counts toward the dimension's points
            level.set(model.scoring() == ScoringMethod.POINTS_MINIMUM ? "" : levelText(question.level()));
            questionText.set(question.text());
            // Models without guidance get the level's description: what the room is deciding on.
            guidance.set(
                    question.guidance().isBlank()
                            ? model.level(question.level())
                                    .map(Level::description)
                                    .orElse("")
                            : question.guidance());
            position.set("Question " + (questionIndex.get() + 1) + " of " + questions.size());
            evidence.set(evidenceByQuestion.getOrDefault(question.id(), ""));
        } finally {
            showingQuestion = false;
        }
        consensus.set(Optional.ofNullable(consensusByQuestion.get(question.id())));
        long answered = questions.stream().filter(q -> answered(q.id())).count();
        progress.set(answered + " of " + questions.size() + " answered");
        progressFraction.set(questions.isEmpty() ? 0 : (double) answered / questions.size());
        QuestionTally tally = tally(question.id());
        disagreement.set(tally.disagreement());
        spread.set(tally.spreadText(model.ratingScale()));
        distribution.set(distributionText(question.id()));
        showDimensionProgress();
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        refreshRatings();
    }

    private void showDimensionProgress() {
        List<DimensionProgress.QuestionState> states = new ArrayList<>();
        for (Question question : questions) {
            states.add(new DimensionProgress.QuestionState(
                    dimensionOfQuestion.get(question.id()).name(), settled(question.id())));
        }
        List<DimensionProgress> tallied = DimensionProgress.tally(states);
        if (!tallied.equals(dimensionProgress)) {
            dimensionProgress.setAll(tallied);
        }
    }

    /** A question the room is done with: a consensus is set, or every participant has rated it. */
    private boolean settled(String questionId) {
        return consensusByQuestion.containsKey(questionId)
                || (!participants.isEmpty()
                        && ratings.getOrDefault(questionId, Map.of()).size() >= participants.size());
    }

    private String distributionText(String questionId) {
        Map<Long, Rating> given = ratings.getOrDefault(questionId, Map.of());
        List<String> parts = new ArrayList<>();
        for (Rating rating : offeredRatings()) {
            long count = given.values().stream().filter(r -> r == rating).count();
            if (count > 0) {
                parts.add(ratingText(rating) + " " + count);
            }
        }
        long missing =
                participants.stream().filter(p -> !given.containsKey(p.id())).count();
        if (missing > 0) {
            parts.add(missing + " not rated yet");
        }
        return String.join(" · ", parts);
    }

    private String levelText(int levelId) {
        return model.level(levelId)
                .map(Level::name)
                .map(name -> "Level " + levelId + " · " + name)
                .orElse("Level " + levelId);
    }

    private void refreshRatings() {
        List<ParticipantRating> rows = new ArrayList<>();
        String questionId = currentQuestion().id();
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            rows.add(
                    new ParticipantRating(participant, ratingOf(questionId, participant), i == participantIndex.get()));
        }
        participantRatings.setAll(rows);
    }
}
