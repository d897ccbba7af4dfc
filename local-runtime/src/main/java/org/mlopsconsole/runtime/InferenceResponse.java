package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Optional;

/** The outputs of one inference call, and which model version produced them. */
public record InferenceResponse(String model, long version, Optional<String> id, List<Tensor> outputs) {

    public InferenceResponse {
        outputs = List.copyOf(outputs);
    }

    public Optional<Tensor> output(String name) {
        return outputs.stream().filter(tensor -> tensor.name().equals(name)).findFirst();
    }
}
