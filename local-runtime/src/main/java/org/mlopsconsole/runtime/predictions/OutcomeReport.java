package org.mlopsconsole.runtime.predictions;

import java.util.List;

/**
 * What became of a batch of outcomes: none is dropped silently.
 *
 * @param received outcomes in the batch
 * @param joined outcomes saved and joined to their prediction
 * @param unknownIds ids with no logged prediction of the model (not logged, sampled out, pruned,
 *     or not written yet), in the batch's order
 * @param duplicateIds ids given more than once in the batch, or that had an outcome already; the
 *     first outcome saved for an id stands
 */
public record OutcomeReport(
        String model, int received, int joined, List<String> unknownIds, List<String> duplicateIds) {

    public OutcomeReport {
        unknownIds = List.copyOf(unknownIds);
        duplicateIds = List.copyOf(duplicateIds);
    }
}
