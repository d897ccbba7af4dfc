package org.mlopsconsole.runtime.internal.repository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.PipelineConfig.Classification;
import org.mlopsconsole.runtime.internal.pipeline.LoadedPipeline;
import org.mlopsconsole.runtime.internal.pipeline.TextTokenizer;

/** Checks the files a pipeline is about to be stored with: each one opened as the runtime will. */
public final class PipelineFiles {

    private PipelineFiles() {}

    /** @param sources each file the config names, by its name in the pipeline's folder */
    public static void check(PipelineConfig pipeline, Map<String, Path> sources) {
        for (String name : pipeline.files()) {
            Path source = sources.get(name);
            if (source == null || !Files.isRegularFile(source)) {
                throw new InvalidInputException("No file at " + source + " for the pipeline's " + name);
            }
        }
        pipeline.preprocess()
                .ifPresent(t -> TextTokenizer.check(
                        sources.get(t.file()), t, sources.get(t.file()).toString()));
        if (pipeline.postprocess().orElse(null) instanceof Classification classification) {
            classification
                    .labelsFile()
                    .ifPresent(file -> LoadedPipeline.readLabels(
                            sources.get(file), sources.get(file).toString()));
        }
    }
}
