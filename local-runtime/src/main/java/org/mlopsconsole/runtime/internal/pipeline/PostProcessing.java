package org.mlopsconsole.runtime.internal.pipeline;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.PipelineConfig.Classification;
import org.mlopsconsole.runtime.PipelineConfig.Pooling;
import org.mlopsconsole.runtime.PipelineConfig.PoolingMode;
import org.mlopsconsole.runtime.Tensor;

/**
 * The arithmetic of the post-processing steps, on plain arrays: pooling of token embeddings and
 * top-k classification. Kept apart from the serving so the tests can check it against tables.
 */
public final class PostProcessing {

    /** Below this norm a vector is left as it is, as PyTorch's {@code F.normalize} does. */
    private static final double NORM_EPSILON = 1e-12;

    private PostProcessing() {}

    /**
     * @param hidden FP32 [rows, tokens, hidden]; its token dimension may be longer than a row's
     *     mask when the row was padded further in its batch
     * @param attentionMask per row, 1 for a real token
     */
    public static Tensor pool(Tensor hidden, long[][] attentionMask, Pooling pooling) {
        long[] shape = hidden.shape();
        int rows = (int) shape[0];
        int tokens = (int) shape[1];
        int width = (int) shape[2];
        float[] values = hidden.asFloats();
        float[] pooled = new float[rows * width];
        for (int row = 0; row < rows; row++) {
            double[] vector = new double[width];
            int base = row * tokens * width;
            if (pooling.mode() == PoolingMode.CLS) {
                for (int h = 0; h < width; h++) {
                    vector[h] = values[base + h];
                }
            } else {
                meanOverMask(
                        values, base, width, Math.min(tokens, attentionMask[row].length), attentionMask[row], vector);
            }
            if (pooling.normalize()) {
                normalize(vector);
            }
            for (int h = 0; h < width; h++) {
                pooled[row * width + h] = (float) vector[h];
            }
        }
        return Tensor.ofFloats(PipelineConfig.EMBEDDING_OUTPUT, new long[] {rows, width}, pooled);
    }

    private static void meanOverMask(float[] values, int base, int width, int tokens, long[] mask, double[] sum) {
        long counted = 0;
        for (int t = 0; t < tokens; t++) {
            if (mask[t] == 0) {
                continue;
            }
            counted++;
            int offset = base + t * width;
            for (int h = 0; h < width; h++) {
                sum[h] += values[offset + h];
            }
        }
        double divisor = Math.max(counted, 1);
        for (int h = 0; h < width; h++) {
            sum[h] /= divisor;
        }
    }

    static void normalize(double[] vector) {
        double squares = 0;
        for (double value : vector) {
            squares += value * value;
        }
        double norm = Math.max(Math.sqrt(squares), NORM_EPSILON);
        for (int h = 0; h < vector.length; h++) {
            vector[h] /= norm;
        }
    }

    /**
     * @param scores FP32 or FP64 [rows, classes]
     * @param labels one per class; empty: the class indexes
     * @return label BYTES [rows, k] and score FP32 [rows, k], best first
     */
    public static List<Tensor> classify(Tensor scores, Classification step, List<String> labels) {
        long[] shape = scores.shape();
        int rows = (int) shape[0];
        int classes = (int) shape[1];
        double[] values = asDoubles(scores);
        int k = Math.min(step.topK(), classes);
        String[] names = new String[rows * k];
        float[] best = new float[rows * k];
        for (int row = 0; row < rows; row++) {
            double[] line = Arrays.copyOfRange(values, row * classes, (row + 1) * classes);
            if (step.softmax()) {
                softmax(line);
            }
            int[] order = IntStream.range(0, classes)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> line[c]).reversed())
                    .mapToInt(Integer::intValue)
                    .toArray();
            for (int i = 0; i < k; i++) {
                int c = order[i];
                names[row * k + i] = labels.isEmpty() ? Integer.toString(c) : labels.get(c);
                best[row * k + i] = (float) line[c];
            }
        }
        long[] outShape = {rows, k};
        List<Tensor> outputs = new ArrayList<>();
        outputs.add(Tensor.ofStrings(PipelineConfig.LABEL_OUTPUT, outShape, names));
        outputs.add(Tensor.ofFloats(PipelineConfig.SCORE_OUTPUT, outShape, best));
        return List.copyOf(outputs);
    }

    /** Numerically stable: the largest logit is taken off before exponentiating. */
    static void softmax(double[] logits) {
        double max = Arrays.stream(logits).max().orElse(0);
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            total += logits[i];
        }
        for (int i = 0; i < logits.length; i++) {
            logits[i] /= total;
        }
    }

    private static double[] asDoubles(Tensor tensor) {
        ByteBuffer data = tensor.data();
        double[] values = new double[(int) tensor.elementCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tensor.datatype() == DataType.FP64 ? data.getDouble() : data.getFloat();
        }
        return values;
    }
}
