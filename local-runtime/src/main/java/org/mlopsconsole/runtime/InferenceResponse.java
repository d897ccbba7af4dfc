package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outputs of one inference call, and which model version produced them.
 *
 * @param parameters response parameters, such as {@code variant} for a variant group
 */
public record InferenceResponse(
        String model, long version, Optional<String> id, List<Tensor> outputs, Map<String, String> parameters) {

    public InferenceResponse {
        outputs = List.copyOf(outputs);
        parameters = Map.copyOf(parameters);
    }

    public InferenceResponse(String model, long version, Optional<String> id, List<Tensor> outputs) {
        this(model, version, id, outputs, Map.of());
    }

    public Optional<Tensor> output(String name) {
        return outputs.stream().filter(tensor -> tensor.name().equals(name)).findFirst();
    }
}
