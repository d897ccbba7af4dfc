package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One inference call.
 *
 * @param version empty for the newest ready version
 * @param requestedOutputs the outputs to return; empty for all
 * @param timeoutMicros how long the request may wait in the queue; empty for no limit
 */
public record InferenceRequest(
        String model,
        OptionalLong version,
        Optional<String> id,
        List<Tensor> inputs,
        List<String> requestedOutputs,
        OptionalLong timeoutMicros) {

    public InferenceRequest {
        inputs = List.copyOf(inputs);
        requestedOutputs = List.copyOf(requestedOutputs);
    }

    public static InferenceRequest of(String model, List<Tensor> inputs) {
        return new InferenceRequest(
                model, OptionalLong.empty(), Optional.empty(), inputs, List.of(), OptionalLong.empty());
    }

    public InferenceRequest withVersion(long newVersion) {
        return new InferenceRequest(model, OptionalLong.of(newVersion), id, inputs, requestedOutputs, timeoutMicros);
    }
}
