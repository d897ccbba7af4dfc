package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.Optional;

/** A stored benchmark result as lists show it; {@link BenchmarkResults#document} gives its figures. */
public record BenchmarkRun(
        long id,
        String label,
        Instant startedAt,
        Instant savedAt,
        BenchmarkTargetKind targetKind,
        String target,
        String modelName,
        Optional<String> modelSha256,
        String machine,
        String settings,
        int pointCount) {}
