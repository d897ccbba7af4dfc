package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.Optional;

/**
 * A benchmark result to store: its document (the result file's JSON, kept whole) and the columns
 * lists and searches need, which the caller takes from the document. The workspace does not read
 * the document: the runtime owns its format.
 *
 * @param machine one line about the machine, e.g. {@code AMD EPYC, 2 logical cores, 23.5 GiB, Linux}
 * @param settings one line about the run's settings, e.g. {@code concurrency 1; 4, batches [1, 8]}
 * @param pointCount how many points the result measured
 */
public record NewBenchmarkResult(
        String label,
        Instant startedAt,
        BenchmarkTargetKind targetKind,
        String target,
        String modelName,
        Optional<String> modelSha256,
        String machine,
        String settings,
        int pointCount,
        String document) {}
