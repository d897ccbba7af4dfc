package org.mlopsconsole.app.deployments;

import java.util.List;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ModelStage;

/**
 * One version of a model in the repository, as the Deployments section lists it.
 *
 * @param state what the runtime says about it, in words ("Ready", "Loading", "Not deployed", or why it failed)
 * @param pipelineSteps for a pipeline (version 0: it has none of its own), its steps in order;
 *     empty for a model version
 */
public record ModelVersionRow(
        String model,
        long version,
        ModelStage stage,
        String state,
        long sizeBytes,
        String sha256,
        ModelSignature signature,
        List<String> pipelineSteps) {

    public ModelVersionRow {
        pipelineSteps = List.copyOf(pipelineSteps);
    }

    /** A model version (not a pipeline). */
    public ModelVersionRow(
            String model,
            long version,
            ModelStage stage,
            String state,
            long sizeBytes,
            String sha256,
            ModelSignature signature) {
        this(model, version, stage, state, sizeBytes, sha256, signature, List.of());
    }

    public boolean pipeline() {
        return !pipelineSteps.isEmpty();
    }

    public boolean ready() {
        return state.equals(DeploymentsViewModel.READY);
    }
}
