package org.mlopsconsole.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.workspace.testing.Backend;
import org.mlopsconsole.workspace.testing.OpenWorkspaces;
import org.mlopsconsole.workspace.testing.PostgresExtension;

@ExtendWith(PostgresExtension.class)
class PredictionLogRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String INPUTS =
            "[{\"name\":\"input\",\"datatype\":\"FP32\",\"shape\":[1,2],\"byte_size\":8,\"data\":[0.5,1.0]}]";

    @TempDir
    Path dir;

    private final OpenWorkspaces workspaces = new OpenWorkspaces();

    @AfterEach
    void close() {
        workspaces.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void loggedRowsAreFoundByWindowAndIdNewestFirst(Backend backend) {
        PredictionLogRepository log = workspaces.create(backend, dir).predictionLog();
        log.append(rows("classifier", 0, 5, NOW.minusSeconds(50)));
        log.append(rows("other", 0, 2, NOW.minusSeconds(50)));

        assertThat(log.find("classifier", Instant.EPOCH, NOW, Set.of(), 3))
                .extracting(LoggedPrediction::predictionId)
                .containsExactly("p4", "p3", "p2");
        assertThat(log.find("classifier", NOW.minusSeconds(48), NOW.minusSeconds(46), Set.of(), 10))
                .extracting(LoggedPrediction::predictionId)
                .containsExactly("p3", "p2");
        assertThat(log.find("classifier", Instant.EPOCH, NOW, Set.of("p1", "p4", "p9"), 10))
                .extracting(LoggedPrediction::predictionId)
                .containsExactly("p4", "p1");
        assertThat(log.find("classifier", Instant.EPOCH, NOW, Set.of("p1"), 10))
                .singleElement()
                .isEqualTo(rows("classifier", 1, 1, NOW.minusSeconds(50)).get(0));
        assertThat(log.loggedIds("classifier", Set.of("p0", "p7"))).containsExactly("p0");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void outcomesJoinTheirPredictionsByModelAndId(Backend backend) {
        PredictionLogRepository log = workspaces.create(backend, dir).predictionLog();
        log.append(rows("classifier", 0, 3, NOW.minusSeconds(30)));
        log.append(rows("regressor", 0, 1, NOW.minusSeconds(30)));
        RecordedOutcome label = new RecordedOutcome("classifier", "p1", Optional.of("2"), OptionalDouble.empty(), NOW);
        RecordedOutcome value = new RecordedOutcome("regressor", "p0", Optional.empty(), OptionalDouble.of(4.25), NOW);

        log.appendOutcomes(List.of(label, value));

        assertThat(log.outcomeIds("classifier", Set.of("p0", "p1"))).containsExactly("p1");
        assertThat(log.joined("classifier", Instant.EPOCH, NOW)).singleElement().satisfies(joined -> {
            assertThat(joined.prediction().predictionId()).isEqualTo("p1");
            assertThat(joined.outcome()).isEqualTo(label);
        });
        assertThat(log.joined("regressor", Instant.EPOCH, NOW))
                .singleElement()
                .extracting(PredictionLogRepository.Joined::outcome)
                .isEqualTo(value);
        assertThat(log.joined("classifier", NOW.minusSeconds(10), NOW)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void retentionDropsRowsPastTheAgeThenAllButTheNewestWithTheirOutcomes(Backend backend) {
        PredictionLogRepository log = workspaces.create(backend, dir).predictionLog();
        log.append(rows("classifier", 0, 3, NOW.minus(Duration.ofDays(40))));
        log.append(rows("classifier", 3, 6, NOW.minusSeconds(60)));
        log.appendOutcomes(List.of(
                new RecordedOutcome("classifier", "p0", Optional.of("1"), OptionalDouble.empty(), NOW),
                new RecordedOutcome("classifier", "p4", Optional.of("1"), OptionalDouble.empty(), NOW),
                new RecordedOutcome("classifier", "p8", Optional.of("1"), OptionalDouble.empty(), NOW)));

        long deleted = log.prune(4, NOW.minus(Duration.ofDays(30)));

        assertThat(deleted).isEqualTo(5);
        assertThat(log.find("classifier", Instant.EPOCH, NOW, Set.of(), 100))
                .extracting(LoggedPrediction::predictionId)
                .containsExactly("p8", "p7", "p6", "p5");
        assertThat(log.outcomeIds("classifier", Set.of("p0", "p4", "p8"))).containsExactly("p8");
        assertThat(log.prune(4, NOW.minus(Duration.ofDays(30)))).isZero();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSecondOutcomeForAnIdIsRefused(Backend backend) {
        PredictionLogRepository log = workspaces.create(backend, dir).predictionLog();
        log.append(rows("classifier", 0, 1, NOW.minusSeconds(30)));
        RecordedOutcome first = new RecordedOutcome("classifier", "p0", Optional.of("1"), OptionalDouble.empty(), NOW);
        log.appendOutcomes(List.of(first));

        assertThatThrownBy(() -> log.appendOutcomes(List.of(first))).isInstanceOf(WorkspaceException.class);
        assertThat(log.joined("classifier", Instant.EPOCH, NOW)).hasSize(1);
    }

    /** {@code count} rows p{first}... one second apart from {@code start}. */
    private static List<LoggedPrediction> rows(String model, int first, int count, Instant start) {
        List<LoggedPrediction> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            rows.add(new LoggedPrediction(
                    "p" + i,
                    model,
                    100 + i,
                    i % 2 == 0 ? Optional.of("p" + i) : Optional.empty(),
                    start.plusSeconds(i),
                    1,
                    i % 3 == 0 ? Optional.of("fast") : Optional.empty(),
                    250 + i,
                    INPUTS,
                    "[{\"name\":\"output\",\"datatype\":\"FP32\",\"shape\":[1,3],\"byte_size\":12,\"data\":[0.1,0.2,0."
                            + i + "]}]"));
        }
        return rows;
    }
}
