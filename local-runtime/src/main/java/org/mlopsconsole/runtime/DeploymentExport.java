package org.mlopsconsole.runtime;

import java.nio.file.Path;
import java.util.List;
import org.mlopsconsole.runtime.internal.export.DeploymentWriter;

/**
 * Writes a model in the form an existing serving engine takes, for when one machine is not enough:
 * a Triton model repository with {@code config.pbtxt}, and for KServe also an InferenceService
 * manifest that serves it with the Triton runtime. See docs/scale-out.md.
 */
public final class DeploymentExport {

    public enum Target {
        TRITON,
        KSERVE
    }

    private DeploymentExport() {}

    /**
     * @param out a folder that does not exist yet or is empty; it is written whole or not at all
     * @param storageUri where the KServe manifest says the repository will be uploaded
     * @return the files written, relative to {@code out}
     */
    public static List<Path> write(
            ModelRepository repository, String model, Target target, Path out, String storageUri) {
        return DeploymentWriter.write(repository, model, target == Target.KSERVE, out, storageUri);
    }
}
