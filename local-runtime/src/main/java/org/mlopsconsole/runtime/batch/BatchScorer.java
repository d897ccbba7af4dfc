package org.mlopsconsole.runtime.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.batch.internal.AtomicOutput;
import org.mlopsconsole.runtime.batch.internal.FeatureMapping;
import org.mlopsconsole.runtime.batch.internal.OutputBlock;
import org.mlopsconsole.runtime.batch.internal.OutputColumn;
import org.mlopsconsole.runtime.batch.internal.RowFiles;
import org.mlopsconsole.runtime.batch.internal.RowReader;
import org.mlopsconsole.runtime.batch.internal.RowWriter;
import org.mlopsconsole.runtime.batch.internal.SourceRow;

/**
 * Scores a file of rows through a {@link LocalRuntime}'s in-process API: the same call, batching
 * and statistics as a request to the server, so a pipeline scores as its raw model does. The
 * output is the input with the model's outputs appended as columns, written whole or not at all.
 */
public final class BatchScorer {

    private final LocalRuntime runtime;

    public BatchScorer(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Runs the job on the calling thread. {@code progress} hears after each batch; {@code
     * cancelled} is asked before each row, and a true stops the run with a {@link
     * CancellationException}, writing nothing.
     *
     * @throws BatchScoringException when the run stops; no output is written then
     */
    public BatchResult score(BatchJob job, Consumer<BatchProgress> progress, BooleanSupplier cancelled) {
        ServedModel served = runtime.served(job.model(), OptionalLong.empty());
        long started = System.nanoTime();
        if (!Files.isRegularFile(job.input())) {
            throw new BatchScoringException("cannot read " + job.input() + ": no such file");
        }
        try (RowReader reader = RowFiles.open(job.format(), job.input())) {
            FeatureMapping mapping =
                    FeatureMapping.resolve(job.model(), served.signature(), reader.columns(), job.columns());
            Run run = new Run(job, served, reader, mapping, progress, cancelled);
            long scored = AtomicOutput.write(job.output(), run::writeTo);
            return new BatchResult(
                    job.output(), job.format(), scored, run.badRows, Duration.ofNanos(System.nanoTime() - started));
        } catch (NoSuchFileException e) {
            throw new BatchScoringException("cannot read " + job.input() + ": no such file", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BatchScoringException("cannot read " + job.input() + ": " + e.getMessage(), e);
        }
    }

    /** One run's state: the rows waiting for the next call, the bad rows, the writer once opened. */
    private final class Run {
        private final BatchJob job;
        private final ServedModel served;
        private final RowReader reader;
        private final FeatureMapping mapping;
        private final Consumer<BatchProgress> progress;
        private final BooleanSupplier cancelled;
        private final int rowsPerCall;
        private final List<BadRow> badRows = new ArrayList<>();
        private RowWriter writer;
        private List<OutputColumn> outputColumns;
        private long scored;

        Run(
                BatchJob job,
                ServedModel served,
                RowReader reader,
                FeatureMapping mapping,
                Consumer<BatchProgress> progress,
                BooleanSupplier cancelled) {
            this.job = job;
            this.served = served;
            this.reader = reader;
            this.mapping = mapping;
            this.progress = progress;
            this.cancelled = cancelled;
            this.rowsPerCall = rowsPerCall(job, served);
        }

        long writeTo(Path temporary) throws IOException {
            try {
                FeatureMapping.Batch batch = mapping.newBatch();
                List<SourceRow> rows = new ArrayList<>();
                Optional<SourceRow> next;
                while ((next = reader.next()).isPresent()) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("cancelled after " + scored + " rows; nothing was written");
                    }
                    SourceRow row = next.get();
                    if (!accept(batch, row)) {
                        continue;
                    }
                    rows.add(row);
                    if (rows.size() == rowsPerCall) {
                        flush(temporary, batch, rows);
                        batch = mapping.newBatch();
                        rows = new ArrayList<>();
                    }
                }
                flush(temporary, batch, rows);
                if (writer == null) {
                    writer = RowFiles.create(reader, temporary, declaredOutputs());
                }
                return scored;
            } finally {
                if (writer != null) {
                    writer.close();
                }
            }
        }

        /** Adds the row to the batch, or records it bad (or stops the run). */
        private boolean accept(FeatureMapping.Batch batch, SourceRow row) {
            Optional<String> problem = row.problem();
            if (problem.isEmpty()) {
                problem = mapping.problemAdding(batch, row);
            }
            if (problem.isEmpty()) {
                return true;
            }
            BadRow bad = new BadRow(row.line(), problem.get());
            if (!job.skipBadRows()) {
                throw new BatchScoringException(bad, job.format());
            }
            badRows.add(bad);
            return false;
        }

        private void flush(Path temporary, FeatureMapping.Batch batch, List<SourceRow> rows) throws IOException {
            if (rows.isEmpty()) {
                return;
            }
            OutputBlock block =
                    OutputBlock.of(infer(batch, rows), served.signature().outputs(), rows.size());
            if (writer == null) {
                outputColumns = block.columns();
                checkNoClash(outputColumns);
                writer = RowFiles.create(reader, temporary, outputColumns);
            } else if (!outputColumns.equals(block.columns())) {
                throw new BatchScoringException("the model's outputs changed shape between batches ("
                        + outputColumns + ", then " + block.columns() + "); a file needs the same columns"
                        + " on every row");
            }
            for (int i = 0; i < rows.size(); i++) {
                writer.write(rows.get(i), block, i);
            }
            scored += rows.size();
            progress.accept(new BatchProgress(scored, badRows.size(), reader.fraction()));
        }

        private InferenceResponse infer(FeatureMapping.Batch batch, List<SourceRow> rows) {
            InferenceRequest request = InferenceRequest.of(job.model(), batch.tensors());
            try {
                return runtime.infer(request).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted; nothing was written");
            } catch (ExecutionException e) {
                throw new BatchScoringException(
                        where(rows) + ": model '" + job.model() + "' failed: "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
        }

        private String where(List<SourceRow> rows) {
            String unit = job.format() == TableFormat.PARQUET ? "rows " : "lines ";
            return "the batch of " + unit + rows.get(0).line() + " to "
                    + rows.get(rows.size() - 1).line();
        }

        private void checkNoClash(List<OutputColumn> outputs) throws IOException {
            for (OutputColumn output : outputs) {
                for (String name :
                        job.format() == TableFormat.JSON_LINES ? List.of(output.name()) : output.flatNames()) {
                    if (reader.columns().contains(name)) {
                        throw new BatchScoringException("the input already has a column '" + name
                                + "', which the output '" + output.name() + "' would write; rename that column");
                    }
                }
            }
        }

        /** Output columns for a file with no row scored: from the signature, a variable width as 1. */
        private List<OutputColumn> declaredOutputs() {
            List<OutputColumn> columns = new ArrayList<>();
            for (TensorSpec output : served.signature().outputs()) {
                long width = 1;
                for (long dimension : output.shape()
                        .subList(
                                Math.min(1, output.shape().size()),
                                output.shape().size())) {
                    width *= Math.max(1, dimension);
                }
                columns.add(new OutputColumn(output.name(), output.datatype(), Math.toIntExact(width)));
            }
            return columns;
        }
    }

    /** Rows per call: the job's batch, capped by the model's limit; 1 for a model that does not batch. */
    private static int rowsPerCall(BatchJob job, ServedModel served) {
        boolean variableFirst = served.signature().inputs().stream().allMatch(TensorSpec::hasVariableFirstDimension);
        if (!variableFirst) {
            return 1;
        }
        return served.maxBatchSize() > 0 ? Math.min(job.batchSize(), served.maxBatchSize()) : job.batchSize();
    }
}
