package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The prediction log of the models the app serves, and the outcomes joined to it (issue 15): the
 * workspace stores; the runtime decides what is logged and what the rows mean.
 */
public interface PredictionLogRepository {

    /** A logged prediction and the outcome joined to it. */
    record Joined(LoggedPrediction prediction, RecordedOutcome outcome) {}

    /** Saves the rows in one transaction. */
    void append(List<LoggedPrediction> rows);

    /**
     * Rows of {@code model} answered in {@code [from, to)}, newest first, at most {@code limit};
     * with {@code ids} not empty, only rows with those prediction ids.
     */
    List<LoggedPrediction> find(String model, Instant from, Instant to, Set<String> ids, int limit);

    /** Which of {@code ids} have a logged row of {@code model}. */
    Set<String> loggedIds(String model, Set<String> ids);

    /** Which of {@code ids} have an outcome for {@code model}. */
    Set<String> outcomeIds(String model, Set<String> ids);

    /** Saves outcomes in one transaction; an id that has one already keeps it. */
    void appendOutcomes(List<RecordedOutcome> outcomes);

    /** Rows of {@code model} answered in {@code [from, to)} that have an outcome, oldest first. */
    List<Joined> joined(String model, Instant from, Instant to);

    /**
     * Deletes rows answered before {@code oldestKept}, then all but the newest {@code maxRows},
     * and the outcomes of deleted rows; returns the rows deleted.
     */
    long prune(long maxRows, Instant oldestKept);
}
