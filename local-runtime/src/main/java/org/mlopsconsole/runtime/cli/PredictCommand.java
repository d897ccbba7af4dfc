package org.mlopsconsole.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.batch.BadRow;
import org.mlopsconsole.runtime.batch.BatchJob;
import org.mlopsconsole.runtime.batch.BatchResult;
import org.mlopsconsole.runtime.batch.BatchScorer;
import org.mlopsconsole.runtime.batch.BatchScoringException;
import org.mlopsconsole.runtime.batch.TableFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code predict}: scores a CSV, JSON Lines or Parquet file with a model of a repository, in
 * process, and writes the rows with the outputs appended. Shared by {@code mlops-console predict}
 * and {@code mlops-runtime.jar predict}. Exit codes: 0 written, 1 stopped (nothing written), 2
 * usage errors.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = {
            "Score a file of rows with a model of a repository (batch predictions), in process.",
            "Reads CSV (a header row), JSON Lines or Parquet, by the file's extension; writes the same format"
                    + " with the model's outputs appended as columns, whole or not at all."
        })
public final class PredictCommand implements Callable<Integer> {

    /** Bad rows listed one per line on stderr; the rest are counted. */
    static final int LISTED_BAD_ROWS = 50;

    @Option(names = "--model", required = true, paramLabel = "M", description = "The model (or pipeline) to run.")
    private String model;

    @Option(names = "--repository", required = true, paramLabel = "DIR", description = "The model repository folder.")
    private Path repository;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The rows to score.")
    private Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the scored rows.")
    private Path output;

    @Option(
            names = "--format",
            paramLabel = "csv|jsonl|parquet",
            description = "The input's format, when its extension does not say it (the output is written in it too).")
    private String format;

    @Option(
            names = "--batch",
            paramLabel = "N",
            description = "Rows per inference call (default: ${DEFAULT-VALUE}; capped by the model's max_batch_size).")
    private int batch = BatchJob.DEFAULT_BATCH_SIZE;

    @Option(
            names = "--columns",
            split = ",",
            paramLabel = "COLUMN",
            description = "The columns that feed the model, in order: the n values of a tabular model's"
                    + " one input, or one column per input (default: the columns named after the inputs,"
                    + " else every column).")
    private List<String> columns = new ArrayList<>();

    @Option(
            names = "--skip-bad",
            description = "Leave out bad rows (reported with their line) instead of stopping at the first one.")
    private boolean skipBad;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BatchJob job = job();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        try (LocalRuntime runtime = LocalRuntime.create(ModelRepository.open(repository))) {
            if (!runtime.repository().contains(model)) {
                err.println("predict: the repository " + repository + " has no model '" + model + "'; it has "
                        + String.join(", ", runtime.repository().modelNames()));
                return 1;
            }
            runtime.load(model).join();
            progress.start();
            BatchResult result = new BatchScorer(runtime).score(job, progress::update, () -> false);
            progress.done();
            listBadRows(err, result.badRows(), job.format());
            out.printf(
                    Locale.ROOT,
                    "Scored %d rows in %.2f s: %.0f rows/s; %d bad row(s) left out; wrote %s%n",
                    result.rowsScored(),
                    result.elapsed().toNanos() / 1e9,
                    result.rowsPerSecond(),
                    result.badRows().size(),
                    result.output());
            out.flush();
            return 0;
        } catch (BatchScoringException e) {
            progress.done();
            err.println("predict: " + e.getMessage()
                    + (e.badRow().isPresent() ? " (--skip-bad leaves bad rows out)" : "")
                    + "; nothing was written");
            return 1;
        } catch (ServingException | CompletionException | CancellationException e) {
            progress.done();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            err.println("predict: " + cause.getMessage() + "; nothing was written");
            return 1;
        }
    }

    private BatchJob job() {
        TableFormat chosen = format == null
                ? TableFormat.fromFileName(input)
                        .orElseThrow(() -> usage("cannot tell the format of " + input
                                + " from its extension (.csv, .jsonl, .ndjson, .parquet): give --format"))
                : TableFormat.byId(format)
                        .orElseThrow(() -> usage("--format is csv, jsonl or parquet, not '" + format + "'"));
        if (batch < 1) {
            throw usage("--batch must be at least 1, not " + batch);
        }
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw usage("--output must differ from --input: the input is read while the output is written");
        }
        return new BatchJob(
                model,
                input,
                output,
                chosen,
                batch,
                columns.stream().map(String::trim).toList(),
                skipBad);
    }

    private static void listBadRows(PrintWriter err, List<BadRow> bad, TableFormat format) {
        bad.stream().limit(LISTED_BAD_ROWS).forEach(row -> err.println("bad " + row.describe(format)));
        if (bad.size() > LISTED_BAD_ROWS) {
            err.println("... and " + (bad.size() - LISTED_BAD_ROWS) + " more bad rows");
        }
        err.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
