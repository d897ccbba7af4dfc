package org.mlopsconsole.runtime.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.internal.http.InferenceCodec;

/**
 * CPU time to write one MiniLM answer ({@code last_hidden_state} [1, 16, 384], 6,144 floats) as the
 * server's JSON, on one thread: the part of the serving gap that JSON outputs add. Run it with two
 * builds' classes in one script to compare them. Not a test.
 */
public final class AnswerEncodingBenchmark {

    private AnswerEncodingBenchmark() {}

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(384);
        float[] values = new float[16 * 384];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * 0.3f;
        }
        InferenceResponse answer = new InferenceResponse(
                "m",
                1,
                Optional.empty(),
                List.of(Tensor.ofFloats("last_hidden_state", new long[] {1, 16, 384}, values)));
        InferenceCodec codec = new InferenceCodec(64, 1L << 28, 1L << 30);
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "5"));
        for (int round = 0; round < rounds; round++) {
            long bytes = 0;
            long cpuStart = cpuNanos();
            int answers = 2000;
            for (int i = 0; i < answers; i++) {
                bytes += codec.encodeJson(answer).length;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s | round %d | %.0f µs CPU per answer | %d bytes%n",
                    System.getProperty("bench.label", "this build"),
                    round + 1,
                    (cpuNanos() - cpuStart) / 1e3 / answers,
                    bytes / answers);
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
