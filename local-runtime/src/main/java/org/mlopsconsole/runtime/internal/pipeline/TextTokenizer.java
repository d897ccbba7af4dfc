package org.mlopsconsole.runtime.internal.pipeline;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.PipelineConfig.Padding;
import org.mlopsconsole.runtime.PipelineConfig.Tokenization;

/**
 * A HuggingFace {@code tokenizer.json} through DJL's binding of the Rust tokenizers. The native
 * library comes from the jar (DJL copies it to its cache folder once); nothing is downloaded.
 * Thread-safe: the Rust tokenizer is immutable once built.
 */
public final class TextTokenizer implements AutoCloseable {

    static {
        // belt and braces: DJL consults this before any download it could otherwise attempt
        System.setProperty("ai.djl.offline", "true");
    }

    /** Token ids, type ids and attention mask, each [texts][tokens], padded to one length. */
    public record Tokenized(long[][] ids, long[][] typeIds, long[][] attentionMask) {

        public int rows() {
            return ids.length;
        }

        public int tokens() {
            return ids.length == 0 ? 0 : ids[0].length;
        }
    }

    private final HuggingFaceTokenizer tokenizer;
    private final Tokenization settings;

    private TextTokenizer(HuggingFaceTokenizer tokenizer, Tokenization settings) {
        this.tokenizer = tokenizer;
        this.settings = settings;
    }

    /**
     * @param file the tokenizer.json inside the repository
     * @param label how messages name the file, e.g. {@code minilm-text/tokenizer.json}
     */
    public static TextTokenizer open(Path file, Tokenization settings, String label) {
        HuggingFaceTokenizer.Builder builder = HuggingFaceTokenizer.builder()
                .optTokenizerPath(file)
                .optMaxLength(settings.maxLength())
                .optTruncation(settings.truncation());
        if (settings.padding() == Padding.MAX_LENGTH) {
            builder.optPadToMaxLength();
        } else {
            builder.optPadding(true);
        }
        try {
            return new TextTokenizer(builder.build(), settings);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(label + " is not a HuggingFace tokenizer.json: " + rootMessage(e), e);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException(
                    "The tokenizers' native library does not load on this platform (" + System.getProperty("os.name")
                            + " " + System.getProperty("os.arch") + "): " + e.getMessage(),
                    e);
        }
    }

    /** Checks a file before it is copied into a repository: opening it is the only full check. */
    public static void check(Path file, Tokenization settings, String label) {
        open(file, settings, label).close();
    }

    /** Encodes the texts of one request, padded to the request's longest (or to max length). */
    public Tokenized encode(List<String> texts, String pipeline) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int rows = encodings.length;
        long[][] ids = new long[rows][];
        long[][] types = new long[rows][];
        long[][] mask = new long[rows][];
        for (int row = 0; row < rows; row++) {
            Encoding encoding = encodings[row];
            if (!settings.truncation() && encoding.exceedMaxLength()) {
                throw new InvalidInputException(String.format(
                        Locale.ROOT,
                        "text %d of the request is longer than pipeline '%s' takes (max_length %d tokens,"
                                + " truncation off)",
                        row,
                        pipeline,
                        settings.maxLength()));
            }
            ids[row] = encoding.getIds();
            types[row] = encoding.getTypeIds();
            mask[row] = encoding.getAttentionMask();
        }
        return new Tokenized(ids, types, mask);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
