package org.mlopsconsole.runtime;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The in-process reference a pipeline's embeddings must equal: the tokenizer, ONNX Runtime and
 * mean pooling with L2 normalization, written out here apart from the runtime, one text at a time.
 */
final class EmbeddingReference implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;
    private final DirectOnnx model;

    EmbeddingReference(Path modelFile, Path tokenizerFile) throws IOException, OrtException {
        tokenizer = HuggingFaceTokenizer.builder()
                .optTokenizerPath(tokenizerFile)
                .optMaxLength(256)
                .optTruncation(true)
                .build();
        model = new DirectOnnx(modelFile);
    }

    float[] embed(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(text);
        long[] mask = encoding.getAttentionMask();
        long[] shape = {1, mask.length};
        float[] hidden = model.runFloats(
                Map.of(
                        "input_ids", Tensor.ofLongs("input_ids", shape, encoding.getIds()),
                        "attention_mask", Tensor.ofLongs("attention_mask", shape, mask),
                        "token_type_ids", Tensor.ofLongs("token_type_ids", shape, encoding.getTypeIds())),
                "last_hidden_state");
        int width = hidden.length / mask.length;
        double[] mean = new double[width];
        int tokens = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] == 1) {
                tokens++;
                for (int h = 0; h < width; h++) {
                    mean[h] += hidden[t * width + h];
                }
            }
        }
        double norm = 0;
        for (int h = 0; h < width; h++) {
            mean[h] /= tokens;
            norm += mean[h] * mean[h];
        }
        float[] embedding = new float[width];
        for (int h = 0; h < width; h++) {
            embedding[h] = (float) (mean[h] / Math.sqrt(norm));
        }
        return embedding;
    }

    static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Override
    public void close() throws OrtException {
        tokenizer.close();
        model.close();
    }
}
