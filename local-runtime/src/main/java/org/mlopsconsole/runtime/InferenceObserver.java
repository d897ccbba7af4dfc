package org.mlopsconsole.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Watches requests pass through the runtime, for monitoring and benchmarking. Register one with
 * {@link LocalRuntime#addInferenceObserver}. Every method runs on the runtime's observer thread,
 * never on an inference thread, in the order the events happened; a slow observer delays only
 * other observers (past a bounded backlog, events are dropped and counted, see {@link
 * LocalRuntime#droppedObserverEvents()}). Durations are nanoseconds.
 *
 * <p>{@code requestId} is the runtime's own number for a request (unique while the runtime runs);
 * {@code clientId} the id the client gave, if any. {@code model} is the name the request asked
 * for; for a variant group {@code variant} names the member that served it.
 */
public interface InferenceObserver {

    /** Checked against the signature and accepted; next it is queued or answered from the cache. */
    default void requestAdmitted(Admitted event) {}

    /** Waiting in the batcher's queue of the version that will run it. */
    default void requestQueued(Queued event) {}

    /** Requests taken from the queue to run as one execution. */
    default void batchFormed(BatchFormed event) {}

    /** An execution ran: Triton's compute input, infer and output phases. */
    default void batchComputed(BatchComputed event) {}

    default void requestAnswered(Answered event) {}

    /**
     * Right after {@link #requestAnswered}: the same request with its inputs and outputs, for a
     * prediction log. The tensors are the request's and the answer's own (read-only); an observer
     * that keeps them for long should keep a summary instead.
     */
    default void requestPredicted(Predicted event) {}

    default void requestFailed(Failed event) {}

    record Admitted(long requestId, Optional<String> clientId, String model, long version, Optional<String> variant) {}

    record Queued(long requestId, String model, long version, Optional<String> variant, int queueDepth) {}

    /** @param model the served model (a variant group's member), whose queue the batch came from */
    record BatchFormed(long batchId, String model, long version, List<Long> requestIds, int batchSize) {
        public BatchFormed {
            requestIds = List.copyOf(requestIds);
        }
    }

    record BatchComputed(
            long batchId,
            String model,
            long version,
            int batchSize,
            long computeInputNanos,
            long computeInferNanos,
            long computeOutputNanos) {}

    /**
     * @param queueNanos time in the queue (0 for a cache hit)
     * @param totalNanos from admission to the answer
     */
    record Answered(
            long requestId,
            Optional<String> clientId,
            String model,
            long version,
            Optional<String> variant,
            boolean fromCache,
            long queueNanos,
            long totalNanos) {}

    /**
     * @param answeredAt wall-clock time of the answer
     * @param inputs in the model's input order
     * @param outputs the outputs the client asked for
     */
    record Predicted(
            long requestId,
            Optional<String> clientId,
            String model,
            long version,
            Optional<String> variant,
            Instant answeredAt,
            long totalNanos,
            List<Tensor> inputs,
            List<Tensor> outputs) {
        public Predicted {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }
    }

    /** @param version 0 when the request failed before a version was chosen */
    record Failed(
            long requestId,
            Optional<String> clientId,
            String model,
            long version,
            Optional<String> variant,
            String reason,
            long totalNanos) {}
}
