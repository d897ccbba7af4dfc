package org.mlopsconsole.runtime.internal.benchmark;

import java.util.List;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;

/** An in-process target that does nothing: what timing a call costs the generator itself. */
final class EchoTargetClient implements TargetClient {

    private final ModelSignature signature;

    EchoTargetClient(ModelSignature signature) {
        this.signature = signature;
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public Object prepare(List<Tensor> inputs) {
        return inputs;
    }

    @Override
    public void call(Object prepared) {
        // nothing: the floor is the loop and the clock
    }

    @Override
    public void close() {}
}
