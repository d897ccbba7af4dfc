package org.mlopsconsole.runtime.predictions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mlopsconsole.runtime.predictions.internal.PredictionJsonCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless server's prediction log: JSON Lines files in one folder, rotated by rows.
 * {@code predictions-000001.jsonl} holds one request per line, {@code outcomes-000001.jsonl} the
 * outcomes reported while that file was the newest. Retention drops whole files, oldest first:
 * between {@code maxRows} and {@code maxRows} plus one file's rows are kept, and a file goes once
 * its newest row is past the age. Queries read the retained files, so the log is meant for one
 * machine's traffic; a team keeps its log in the workspace database instead.
 */
public final class JsonLinesPredictionStore implements PredictionStore {

    public static final int DEFAULT_ROWS_PER_FILE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesPredictionStore.class);
    private static final Pattern SEGMENT = Pattern.compile("predictions-(\\d{6,})\\.jsonl");

    /** One file pair: its number, rows and the time span of its requests. */
    private static final class Segment {
        final long number;
        long rows;
        Instant newest = Instant.MIN;

        Segment(long number) {
            this.number = number;
        }
    }

    private final Path folder;
    private final int rowsPerFile;
    private final PredictionJsonCodec codec = new PredictionJsonCodec();
    private final Deque<Segment> segments = new ArrayDeque<>();

    private JsonLinesPredictionStore(Path folder, int rowsPerFile) {
        this.folder = folder;
        this.rowsPerFile = rowsPerFile;
    }

    /** Opens (creating) the folder and indexes the files already in it. */
    public static JsonLinesPredictionStore open(Path folder, int rowsPerFile) {
        if (rowsPerFile < 1) {
            throw new IllegalArgumentException("a log file must hold at least 1 row, not " + rowsPerFile);
        }
        JsonLinesPredictionStore store = new JsonLinesPredictionStore(folder, rowsPerFile);
        try {
            Files.createDirectories(folder);
            store.index();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the prediction log folder " + folder, e);
        }
        return store;
    }

    public static JsonLinesPredictionStore open(Path folder) {
        return open(folder, DEFAULT_ROWS_PER_FILE);
    }

    private void index() throws IOException {
        List<Long> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                Matcher matcher = SEGMENT.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    numbers.add(Long.parseLong(matcher.group(1)));
                }
            });
        }
        numbers.sort(Comparator.naturalOrder());
        for (long number : numbers) {
            Segment segment = new Segment(number);
            readLines(predictions(number), node -> {
                segment.rows++;
                Instant time = Instant.parse(node.path("time").asText());
                if (time.isAfter(segment.newest)) {
                    segment.newest = time;
                }
            });
            segments.addLast(segment);
        }
    }

    @Override
    public synchronized void append(List<PredictionRecord> batch) {
        int next = 0;
        while (next < batch.size()) {
            Segment current = segments.peekLast();
            if (current == null || current.rows >= rowsPerFile) {
                current = new Segment(current == null ? 1 : current.number + 1);
                segments.addLast(current);
            }
            StringBuilder lines = new StringBuilder();
            for (; next < batch.size() && current.rows < rowsPerFile; next++) {
                PredictionRecord record = batch.get(next);
                lines.append(codec.text(codec.record(record))).append('\n');
                current.rows++;
                if (record.time().isAfter(current.newest)) {
                    current.newest = record.time();
                }
            }
            write(predictions(current.number), lines);
        }
    }

    @Override
    public synchronized List<PredictionRecord> find(PredictionQuery query) {
        List<PredictionRecord> found = new ArrayList<>();
        forEachPrediction(query.model(), record -> {
            boolean inWindow =
                    !record.time().isBefore(query.from()) && record.time().isBefore(query.to());
            if (inWindow && (query.ids().isEmpty() || query.ids().contains(record.id()))) {
                found.add(record);
            }
        });
        found.sort(Comparator.comparing(PredictionRecord::time).reversed());
        return List.copyOf(found.subList(0, Math.min(query.limit(), found.size())));
    }

    @Override
    public synchronized Set<String> loggedIds(String model, Set<String> ids) {
        Set<String> logged = new HashSet<>();
        forEachPrediction(model, record -> {
            if (ids.contains(record.id())) {
                logged.add(record.id());
            }
        });
        return logged;
    }

    @Override
    public synchronized Set<String> outcomeIds(String model, Set<String> ids) {
        Set<String> found = new HashSet<>();
        for (Outcome outcome : outcomes(model).values()) {
            if (ids.contains(outcome.id())) {
                found.add(outcome.id());
            }
        }
        return found;
    }

    @Override
    public synchronized void appendOutcomes(List<Outcome> outcomes) {
        if (segments.isEmpty()) {
            throw new IllegalStateException("no prediction is logged yet, so no outcome can join one");
        }
        StringBuilder lines = new StringBuilder();
        outcomes.forEach(
                outcome -> lines.append(codec.text(codec.outcome(outcome))).append('\n'));
        write(outcomesFile(segments.peekLast().number), lines);
    }

    @Override
    public synchronized List<JoinedPrediction> joined(String model, Instant from, Instant to) {
        Map<String, Outcome> outcomes = outcomes(model);
        List<JoinedPrediction> joined = new ArrayList<>();
        forEachPrediction(model, record -> {
            Outcome outcome = outcomes.get(record.id());
            if (outcome != null
                    && !record.time().isBefore(from)
                    && record.time().isBefore(to)) {
                joined.add(new JoinedPrediction(record, outcome));
            }
        });
        joined.sort(Comparator.comparing(pair -> pair.prediction().time()));
        return joined;
    }

    @Override
    public synchronized long prune(Retention retention, Instant now) {
        long total = segments.stream().mapToLong(segment -> segment.rows).sum();
        long dropped = 0;
        Instant oldestKept = retention.oldestKept(now);
        while (!segments.isEmpty()) {
            Segment oldest = segments.peekFirst();
            boolean tooOld = oldest.newest.isBefore(oldestKept);
            boolean tooMany = total - oldest.rows >= retention.maxRows();
            if (!tooOld && !tooMany) {
                break;
            }
            delete(oldest);
            segments.removeFirst();
            total -= oldest.rows;
            dropped += oldest.rows;
        }
        return dropped;
    }

    private Map<String, Outcome> outcomes(String model) {
        Map<String, Outcome> outcomes = new HashMap<>();
        for (Segment segment : segments) {
            readLines(outcomesFile(segment.number), node -> {
                if (model.equals(node.path("model").asText())) {
                    Outcome outcome = codec.outcome(node);
                    outcomes.putIfAbsent(outcome.id(), outcome);
                }
            });
        }
        return outcomes;
    }

    private void forEachPrediction(String model, Consumer<PredictionRecord> action) {
        for (Segment segment : segments) {
            readLines(predictions(segment.number), node -> {
                if (model.equals(node.path("model").asText())) {
                    action.accept(codec.record(node));
                }
            });
        }
    }

    /** Reads a file's lines as JSON; a torn last line (the process died mid-write) is skipped. */
    private void readLines(Path file, Consumer<JsonNode> action) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    action.accept(codec.tree(line));
                } catch (IllegalArgumentException torn) {
                    LOG.warn("Skipped line {} of {}: {}", number, file.getFileName(), torn.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prediction log file " + file, e);
        }
    }

    private static void write(Path file, CharSequence lines) {
        try {
            Files.writeString(
                    file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the prediction log file " + file, e);
        }
    }

    private void delete(Segment segment) {
        try {
            Files.deleteIfExists(predictions(segment.number));
            Files.deleteIfExists(outcomesFile(segment.number));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an old prediction log file in " + folder, e);
        }
    }

    private Path predictions(long number) {
        return folder.resolve(String.format(Locale.ROOT, "predictions-%06d.jsonl", number));
    }

    private Path outcomesFile(long number) {
        return folder.resolve(String.format(Locale.ROOT, "outcomes-%06d.jsonl", number));
    }
}
