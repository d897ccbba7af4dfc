package org.mlopsconsole.runtime.bench;

import java.nio.file.Path;
import org.mlopsconsole.runtime.benchmark.BenchComparison;
import org.mlopsconsole.runtime.benchmark.BenchResultFiles;

/**
 * Prints two result files of {@code bench --format json} side by side with B ÷ A ratios, as
 * docs/benchmarking.md shows them (until the app's Benchmarks section compares imported runs).
 */
public final class CompareResults {

    private CompareResults() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CompareResults A.json B.json");
            System.exit(2);
        }
        System.out.print(
                BenchComparison.of(BenchResultFiles.read(Path.of(args[0])), BenchResultFiles.read(Path.of(args[1])))
                        .toMarkdown());
    }
}
