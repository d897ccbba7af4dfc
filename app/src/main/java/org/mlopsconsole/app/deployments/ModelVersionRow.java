package org.mlopsconsole.app.deployments;

import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ModelStage;

/**
 * One version of a model in the repository, as the Deployments section lists it.
 *
 * @param state what the runtime says about it, in words ("Ready", "Loading", "Not deployed", or why it failed)
 */
public record ModelVersionRow(
        String model,
        long version,
        ModelStage stage,
        String state,
        long sizeBytes,
        String sha256,
        ModelSignature signature) {

    public boolean ready() {
        return state.equals(DeploymentsViewModel.READY);
    }
}
