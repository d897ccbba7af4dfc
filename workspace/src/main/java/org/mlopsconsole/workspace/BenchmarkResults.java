package org.mlopsconsole.workspace;

import java.util.List;

/**
 * The benchmark result use cases: save a run or an imported result file, list, read, rename and
 * delete. Each is one statement, so each is atomic on its own.
 */
public final class BenchmarkResults {

    /** Fits the document column; a result of a few hundred points takes well under a tenth of it. */
    static final int MAX_DOCUMENT_LENGTH = 10_000_000;

    private static final String LIST_COMMAND = "bench list";

    private final BenchmarkResultRepository repository;

    public BenchmarkResults(BenchmarkResultRepository repository) {
        this.repository = repository;
    }

    /** Stores {@code result} under its label (trimmed, required, at most 200 characters). */
    public BenchmarkRun save(NewBenchmarkResult result) {
        String label = Names.require("Benchmark label", result.label());
        if (result.document().isBlank()) {
            throw new EngagementException("A benchmark result needs its document.");
        }
        if (result.document().length() > MAX_DOCUMENT_LENGTH) {
            throw new EngagementException("The benchmark result is "
                    + result.document().length() + " characters long; at most " + MAX_DOCUMENT_LENGTH + " are stored.");
        }
        return repository.save(new NewBenchmarkResult(
                label,
                result.startedAt(),
                result.targetKind(),
                clip(result.target(), 1000),
                clip(Names.normalize(result.modelName()), Names.MAX_LENGTH),
                result.modelSha256(),
                clip(result.machine(), 1000),
                clip(result.settings(), 4000),
                result.pointCount(),
                result.document()));
    }

    /** Newest run first. */
    public List<BenchmarkRun> list() {
        return repository.list();
    }

    public BenchmarkRun run(long id) {
        return repository.find(id).orElseThrow(() -> Engagements.notFound("benchmark result", id, LIST_COMMAND));
    }

    /** The result file's JSON, as it was saved. */
    public String document(long id) {
        return repository.document(id).orElseThrow(() -> Engagements.notFound("benchmark result", id, LIST_COMMAND));
    }

    public void rename(long id, String label) {
        String checked = Names.require("Benchmark label", label);
        Engagements.requireFound(repository.rename(id, checked), "benchmark result", id);
    }

    public void delete(long id) {
        Engagements.requireFound(repository.delete(id), "benchmark result", id);
    }

    /** Summaries are for reading: a longer one is cut with an ellipsis rather than refused. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
