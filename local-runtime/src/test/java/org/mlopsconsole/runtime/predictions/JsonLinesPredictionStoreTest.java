package org.mlopsconsole.runtime.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesPredictionStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void retentionByRowsDropsWholeFilesOldestFirstAndKeepsAtLeastMaxRows() throws IOException {
        JsonLinesPredictionStore store = JsonLinesPredictionStore.open(folder, 10);
        store.append(rows(0, 35, NOW.minusSeconds(100)));

        long dropped = store.prune(new Retention(20, Duration.ofDays(1)), NOW);

        assertThat(dropped).isEqualTo(10);
        assertThat(files())
                .containsExactly("predictions-000002.jsonl", "predictions-000003.jsonl", "predictions-000004.jsonl");
        List<PredictionRecord> kept = store.find(query(100));
        assertThat(kept)
                .hasSize(25)
                .extracting(PredictionRecord::id)
                .doesNotContain("r0", "r9")
                .contains("r10", "r34");
    }

    @Test
    void retentionByAgeDropsTheFilesPastItWithTheirOutcomes() throws IOException {
        JsonLinesPredictionStore store = JsonLinesPredictionStore.open(folder, 10);
        store.append(rows(0, 10, NOW.minus(Duration.ofDays(40))));
        store.appendOutcomes(
                List.of(new Outcome(Records.MODEL, "r3", new GroundTruth.Label("1"), NOW.minus(Duration.ofDays(39)))));
        store.append(rows(10, 5, NOW.minus(Duration.ofDays(1))));

        long dropped = store.prune(Retention.defaults(), NOW);

        assertThat(dropped).isEqualTo(10);
        assertThat(files()).containsExactly("predictions-000002.jsonl");
        assertThat(store.outcomeIds(Records.MODEL, Set.of("r3"))).isEmpty();
        assertThat(store.loggedIds(Records.MODEL, Set.of("r3", "r12"))).containsExactly("r12");
    }

    @Test
    void aReopenedStoreFindsWhatWasLoggedAndJoinsItsOutcomes() {
        JsonLinesPredictionStore first = JsonLinesPredictionStore.open(folder, 4);
        first.append(rows(0, 6, NOW.minusSeconds(30)));
        first.appendOutcomes(List.of(new Outcome(Records.MODEL, "r5", new GroundTruth.Value(2.5), NOW)));
        first.close();

        JsonLinesPredictionStore reopened = JsonLinesPredictionStore.open(folder, 4);
        reopened.append(rows(6, 1, NOW.minusSeconds(1)));

        assertThat(reopened.find(query(100))).hasSize(7);
        assertThat(reopened.find(new PredictionQuery(Records.MODEL, Instant.EPOCH, NOW, Set.of("r1", "r6"), 10)))
                .extracting(PredictionRecord::id)
                .containsExactly("r6", "r1");
        assertThat(reopened.joined(Records.MODEL, Instant.EPOCH, NOW))
                .singleElement()
                .satisfies(pair -> {
                    assertThat(pair.prediction())
                            .isEqualTo(rows(5, 1, NOW.minusSeconds(30)).get(0));
                    assertThat(pair.outcome().truth()).isEqualTo(new GroundTruth.Value(2.5));
                });
        assertThat(reopened.find(new PredictionQuery("other", Instant.EPOCH, NOW, Set.of(), 10)))
                .isEmpty();
    }

    @Test
    void aTornLastLineIsSkipped() throws IOException {
        JsonLinesPredictionStore store = JsonLinesPredictionStore.open(folder, 10);
        store.append(rows(0, 2, NOW.minusSeconds(30)));
        Files.writeString(
                folder.resolve("predictions-000001.jsonl"),
                "{\"id\": \"r2\", \"mod",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(JsonLinesPredictionStore.open(folder, 10).find(query(10))).hasSize(2);
    }

    /** {@code count} requests r{first}... one millisecond apart from {@code start}. */
    private static List<PredictionRecord> rows(int first, int count, Instant start) {
        List<PredictionRecord> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            rows.add(Records.predicting("r" + i, start.plusMillis(i), i % 3));
        }
        return rows;
    }

    private static PredictionQuery query(int limit) {
        return new PredictionQuery(Records.MODEL, Instant.EPOCH, NOW, Set.of(), limit);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("predictions-"))
                    .sorted()
                    .toList();
        }
    }
}
