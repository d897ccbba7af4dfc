package org.mlopsconsole.app.livevote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.ScoringMethod;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Cell;
import org.mlopsconsole.workspace.ConflictException;
import org.mlopsconsole.workspace.EngagementException;
import org.mlopsconsole.workspace.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live vote on one assessment, without its web server: who joined from which device, the
 * facilitator's current question, and each vote saved through the workspace's use cases as that
 * participant's rating and note (based on what the participant saw, so a change the facilitator
 * made meanwhile is a conflict, never overwritten). Safe to call from many threads.
 */
public final class LiveVote {

    private static final Logger LOG = LoggerFactory.getLogger(LiveVote.class);
    /** Devices one live vote admits: a workshop room, with room to spare. */
    static final int MAX_SESSIONS = 200;

    /** What a join code brings. */
    public sealed interface JoinOutcome {
        record WrongCode() implements JoinOutcome {}

        /** In. {@code participant} is set in anonymous mode; otherwise the device picks a name next. */
        record Joined(String sessionId, Optional<Participant> participant) implements JoinOutcome {}

        record Full() implements JoinOutcome {}
    }

    /** What picking a name brings. */
    public sealed interface ClaimOutcome {
        record Claimed(Participant participant) implements ClaimOutcome {}

        /** Someone joined as this participant from another device already. */
        record Taken(String name) implements ClaimOutcome {}

        record Unknown() implements ClaimOutcome {}
    }

    /** What a vote brings. */
    public sealed interface VoteOutcome {
        record Saved(Optional<Rating> rating, Optional<String> note) implements VoteOutcome {}

        /** The rating or note was changed elsewhere (the facilitator) after the participant saw it. */
        record Conflict(String message) implements VoteOutcome {}

        /** Facilitator-paced: the facilitator has moved on to another question. */
        record Moved() implements VoteOutcome {}

        /** Not a vote this live vote takes: unknown question, a rating the model does not offer. */
        record Refused(String message) implements VoteOutcome {}
    }

    /** A name to pick, and whether another device picked it already. */
    public record Choice(Participant participant, boolean taken) {}

    /** What a participant sees: the question, where it stands, and their own rating and note. */
    public record QuestionState(
            int index,
            int count,
            Question question,
            String dimension,
            String level,
            Optional<Rating> rating,
            Optional<String> note,
            int rated) {}

    private final long assessmentId;
    private final MaturityModel model;
    private final Assessments assessments;
    private final LiveVoteOptions options;
    private final JoinSecrets secrets;
    private final List<Question> questions;
    private final Map<String, Dimension> dimensionOf = new HashMap<>();
    private final Map<String, Optional<Long>> sessions = new ConcurrentHashMap<>();
    private final Map<Long, String> claimed = new HashMap<>();
    private final List<LiveVoteListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger current = new AtomicInteger();
    private volatile boolean ended;

    public LiveVote(
            long assessmentId,
            MaturityModel model,
            Assessments assessments,
            LiveVoteOptions options,
            JoinSecrets secrets) {
        this.assessmentId = assessmentId;
        this.model = model;
        this.assessments = assessments;
        this.options = options;
        this.secrets = secrets;
        this.questions = model.questions().toList();
        if (questions.isEmpty()) {
            throw new EngagementException("Model " + model.id() + " has no questions to vote on.");
        }
        model.dimensions().forEach(d -> d.questions().forEach(q -> dimensionOf.put(q.id(), d)));
        assessments.assessment(assessmentId); // a clear message for an unknown id, before anything is served
    }

    public long assessmentId() {
        return assessmentId;
    }

    public MaturityModel model() {
        return model;
    }

    public LiveVoteOptions options() {
        return options;
    }

    public JoinSecrets secrets() {
        return secrets;
    }

    public void addListener(LiveVoteListener listener) {
        listeners.add(listener);
    }

    public void removeListener(LiveVoteListener listener) {
        listeners.remove(listener);
    }

    // --- the facilitator ------------------------------------------------------------------

    /** Facilitator-paced: the question participants see now (unknown ids are ignored). */
    public void follow(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                current.set(i);
                return;
            }
        }
    }

    public Question currentQuestion() {
        return questions.get(current.get());
    }

    /** Ends the vote: from now on every request is refused and no vote is saved. */
    public void end() {
        if (!ended) {
            ended = true;
            publish(new LiveVoteEvent.Ended());
        }
    }

    public boolean ended() {
        return ended;
    }

    /** The participants who joined from a device, in the assessment's order. */
    public List<Participant> joined() {
        Set<Long> ids;
        synchronized (claimed) {
            ids = new HashSet<>(claimed.keySet());
        }
        return assessments.participants(assessmentId).stream()
                .filter(p -> ids.contains(p.id()))
                .toList();
    }

    // --- a participant's device -----------------------------------------------------------

    public JoinOutcome join(String typedCode, String newSessionId) {
        if (!secrets.codeMatches(typedCode)) {
            return new JoinOutcome.WrongCode();
        }
        if (sessions.size() >= MAX_SESSIONS) {
            return new JoinOutcome.Full();
        }
        if (!options.anonymous()) {
            sessions.put(newSessionId, Optional.empty());
            return new JoinOutcome.Joined(newSessionId, Optional.empty());
        }
        Participant added = addAnonymous();
        synchronized (claimed) {
            claimed.put(added.id(), newSessionId);
        }
        sessions.put(newSessionId, Optional.of(added.id()));
        publish(new LiveVoteEvent.Joined(added, true));
        return new JoinOutcome.Joined(newSessionId, Optional.of(added));
    }

    private Participant addAnonymous() {
        synchronized (claimed) {
            Set<String> names = new HashSet<>();
            assessments.participants(assessmentId).forEach(p -> names.add(p.name()));
            int n = 1;
            while (names.contains("Anonymous " + n)) {
                n++;
            }
            return assessments.addParticipant(assessmentId, "Anonymous " + n, "joined anonymously");
        }
    }

    /** Whether a device joined with the code (whether or not it picked a name yet). */
    public boolean knows(String sessionId) {
        return sessionId != null && sessions.containsKey(sessionId);
    }

    /** The participant a device votes as; empty before it picked a name (or once they were removed). */
    public Optional<Participant> participantOf(String sessionId) {
        Optional<Long> id = sessionId == null ? Optional.empty() : sessions.getOrDefault(sessionId, Optional.empty());
        return id.flatMap(this::participant);
    }

    private Optional<Participant> participant(long participantId) {
        return assessments.participants(assessmentId).stream()
                .filter(p -> p.id() == participantId)
                .findFirst();
    }

    /** The names to pick from (none in anonymous mode). */
    public List<Choice> choices() {
        if (options.anonymous()) {
            return List.of();
        }
        synchronized (claimed) {
            return assessments.participants(assessmentId).stream()
                    .map(p -> new Choice(p, claimed.containsKey(p.id())))
                    .toList();
        }
    }

    /** The device {@code sessionId} votes as participant {@code participantId} from now on. */
    public ClaimOutcome claim(String sessionId, long participantId) {
        if (options.anonymous() || !knows(sessionId)) {
            return new ClaimOutcome.Unknown();
        }
        Optional<Participant> participant = participant(participantId);
        if (participant.isEmpty()) {
            return new ClaimOutcome.Unknown();
        }
        synchronized (claimed) {
            String holder = claimed.get(participantId);
            if (holder != null && !holder.equals(sessionId)) {
                return new ClaimOutcome.Taken(participant.get().name());
            }
            sessions.getOrDefault(sessionId, Optional.empty()).ifPresent(claimed::remove);
            claimed.put(participantId, sessionId);
            sessions.put(sessionId, Optional.of(participantId));
        }
        publish(new LiveVoteEvent.Joined(participant.get(), false));
        return new ClaimOutcome.Claimed(participant.get());
    }

    /**
     * The question {@code participant} sees: the facilitator's, or in self-paced mode the one asked
     * for (clamped to the model's questions).
     */
    public QuestionState question(Participant participant, OptionalInt wanted) {
        int index = options.selfPaced() ? Math.max(0, Math.min(questions.size() - 1, wanted.orElse(0))) : current.get();
        Question question = questions.get(index);
        Dimension dimension = dimensionOf.get(question.id());
        return new QuestionState(
                index,
                questions.size(),
                question,
                dimension.name(),
                levelText(question),
                ratingOf(participant, question.id()),
                assessments
                        .read(Cell.participantNote(participant.id(), question.id()))
                        .value(),
                ratedBy(participant));
    }

    private String levelText(Question question) {
        if (model.scoring() == ScoringMethod.POINTS_MINIMUM) {
            return "";
        }
        return model.level(question.level())
                .map(Level::name)
                .map(name -> "Level " + question.level() + " · " + name)
                .orElse("Level " + question.level());
    }

    private Optional<Rating> ratingOf(Participant participant, String questionId) {
        return assessments
                .read(Cell.rating(participant.id(), questionId))
                .value()
                .flatMap(Rating::parse);
    }

    private int ratedBy(Participant participant) {
        Responses responses = assessments.responses(assessmentId);
        return responses.respondents().stream()
                .filter(r -> r.id().equals(participant.respondentKey()))
                .findFirst()
                .map(r -> r.ratings().size())
                .orElse(0);
    }

    /**
     * Saves {@code participant}'s rating (empty: cleared) and note of a question, each only when
     * it differs from what they saw; what they saw must still be what is saved.
     */
    public VoteOutcome vote(
            Participant participant,
            String questionId,
            Optional<Rating> seenRating,
            Optional<Rating> rating,
            String seenNote,
            String note) {
        if (ended) {
            return new VoteOutcome.Refused("The live vote has ended.");
        }
        if (!dimensionOf.containsKey(questionId)) {
            return new VoteOutcome.Refused("Model " + model.id() + " has no question " + questionId + ".");
        }
        if (!options.selfPaced() && !currentQuestion().id().equals(questionId)) {
            return new VoteOutcome.Moved();
        }
        if (rating.isPresent() && !model.ratingScale().offers(rating.get())) {
            return new VoteOutcome.Refused(model.name() + " does not offer " + rating.get() + "; its ratings are "
                    + model.ratingScale().legend() + ".");
        }
        try {
            if (!seenRating.equals(rating)) {
                assessments.rate(participant.id(), questionId, seenRating, rating);
            }
            if (!strip(seenNote).equals(strip(note))) {
                assessments.setParticipantNote(participant.id(), questionId, seenNote, note);
            }
        } catch (ConflictException conflict) {
            return new VoteOutcome.Conflict(
                    "Your answer was changed on the facilitator's screen meanwhile; it now shows what is saved."
                            + " Tap again to change it.");
        }
        Optional<String> savedNote = strip(note).isEmpty() ? Optional.empty() : Optional.of(strip(note));
        publish(new LiveVoteEvent.Voted(participant, questionId, rating, savedNote));
        return new VoteOutcome.Saved(rating, savedNote);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private void publish(LiveVoteEvent event) {
        for (LiveVoteListener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                LOG.warn("A live vote listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
