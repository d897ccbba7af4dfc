package org.mlopsconsole.runtime.predictions;

import java.util.List;
import org.mlopsconsole.runtime.predictions.internal.PredictionJsonCodec;

/**
 * The prediction log's JSON as text, for stores that keep it in columns or files: the same form
 * the runtime's own store and its HTTP answers use.
 */
public final class PredictionJson {

    private static final PredictionJsonCodec CODEC = new PredictionJsonCodec();

    private PredictionJson() {}

    public static String encode(PredictionRecord record) {
        return CODEC.text(CODEC.record(record));
    }

    public static PredictionRecord decodeRecord(String json) {
        return CODEC.record(CODEC.tree(json));
    }

    public static String encode(List<TensorSummary> summaries) {
        return CODEC.text(CODEC.summaries(summaries));
    }

    public static List<TensorSummary> decodeSummaries(String json) {
        return CODEC.summaries(CODEC.tree(json));
    }

    public static String encode(Outcome outcome) {
        return CODEC.text(CODEC.outcome(outcome));
    }

    public static Outcome decodeOutcome(String json) {
        return CODEC.outcome(CODEC.tree(json));
    }
}
