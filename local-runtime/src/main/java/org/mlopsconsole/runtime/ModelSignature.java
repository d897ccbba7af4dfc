package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Optional;

/** The inputs and outputs of a model, read through ONNX Runtime. */
public record ModelSignature(List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public ModelSignature {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public Optional<TensorSpec> input(String name) {
        return inputs.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public Optional<TensorSpec> output(String name) {
        return outputs.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    /** Whether requests can be concatenated along dimension 0. */
    public boolean batchable() {
        return inputs.stream().allMatch(TensorSpec::hasVariableFirstDimension)
                && outputs.stream().allMatch(TensorSpec::hasVariableFirstDimension);
    }
}
