package org.mlopsconsole.runtime.predictions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One logged request.
 *
 * @param id the join key for outcomes: the client's id when it gave one, else {@code
 *     <runtime run>-<requestId>}, unique across restarts
 * @param requestId the runtime's number for the request (restarts from 1 with the runtime)
 * @param clientId the {@code id} the client sent, if any
 * @param variant the variant group's member that served it, if any
 * @param latencyMicros from admission to the answer
 */
public record PredictionRecord(
        String id,
        long requestId,
        Optional<String> clientId,
        Instant time,
        String model,
        long version,
        Optional<String> variant,
        long latencyMicros,
        List<TensorSummary> inputs,
        List<TensorSummary> outputs) {

    public PredictionRecord {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
