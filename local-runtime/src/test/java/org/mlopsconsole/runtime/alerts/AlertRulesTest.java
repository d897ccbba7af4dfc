package org.mlopsconsole.runtime.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.alerts.AlertRule.Comparison;

/** alerts.json: read strictly, with errors that say where. */
class AlertRulesTest {

    private static final Set<String> SIGNALS = Set.of("latency_p95_ms", "error_ratio");
    private static final String GOOD = "{\"name\": \"slow\", \"signal\": \"latency_p95_ms\", \"comparison\": \">\","
            + " \"threshold\": 50, \"window\": \"1m\", \"for\": \"30s\"}";

    @TempDir
    Path temp;

    @Test
    void aRuleReadsWithItsWindowAndForDuration() {
        List<AlertRule> rules = AlertRules.parse("{\"rules\": [" + GOOD + "]}", "classifier", SIGNALS);

        assertThat(rules)
                .containsExactly(new AlertRule(
                        "classifier",
                        "slow",
                        "latency_p95_ms",
                        Comparison.ABOVE,
                        50,
                        Duration.ofMinutes(1),
                        Duration.ofSeconds(30)));
        assertThat(AlertRules.parse(AlertRules.toJson(rules), "classifier", SIGNALS))
                .isEqualTo(rules);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not JSON | {\"rules\": [ | classifier/alerts.json (line 1, column 12): is not valid JSON",
                "an array at the top | [] | (line 1, column 1): must hold a JSON object",
                "an unknown top-level field | {\"rule\": []} | (line 1, column 2): unknown field 'rule'",
                "rules not an array | {\"rules\": {}} | \"rules\" must be an array",
                "an unknown signal | {\"rules\": [{\"name\": \"x\", \"signal\": \"latency\", \"comparison\": \">\","
                        + " \"threshold\": 1}]} | rules[0].signal: 'latency' is not a known signal; known: error_ratio,"
                        + " latency_p95_ms",
                "a wrong comparison | {\"rules\": [{\"name\": \"x\", \"signal\": \"error_ratio\", \"comparison\": \"=>\","
                        + " \"threshold\": 1}]} | rules[0].comparison: '=>' is not one of >, >=, <, <=",
                "a threshold in quotes | {\"rules\": [{\"name\": \"x\", \"signal\": \"error_ratio\", \"comparison\": \">\","
                        + " \"threshold\": \"1\"}]} | rules[0].threshold must be a number",
                "a window without unit | {\"rules\": [{\"name\": \"x\", \"signal\": \"error_ratio\", \"comparison\": \">\","
                        + " \"threshold\": 1, \"window\": \"60\"}]} | rules[0].window must be a duration",
                "a missing name | {\"rules\": [{\"signal\": \"error_ratio\", \"comparison\": \">\", \"threshold\": 1}]}"
                        + " | rules[0].name must be a non-empty string",
                "an unknown rule field | {\"rules\": [{\"name\": \"x\", \"signal\": \"error_ratio\", \"comparison\": \">\","
                        + " \"threshold\": 1, \"severity\": \"high\"}]} | rules[0]: unknown field 'severity'"
            })
    void aWrongFileIsRefusedSayingWhereAndWhat(String what, String json, String message) {
        assertThatThrownBy(() -> AlertRules.parse(json, "classifier", SIGNALS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message.trim());
    }

    @Test
    void aSecondRuleWithTheSameNameIsRefusedWithItsLine() {
        String json = "{\"rules\": [\n  " + GOOD + ",\n  " + GOOD + "\n]}";

        assertThatThrownBy(() -> AlertRules.parse(json, "classifier", SIGNALS))
                .hasMessage("classifier/alerts.json (line 3, column 3): rules[1]: the name 'slow' is used twice");
    }

    @Test
    void rulesAreKeptBesideTheModelsConfigAndLoadedForEveryModel() throws Exception {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        Files.createDirectories(repository.root().resolve("classifier/1"));
        Files.createDirectories(repository.root().resolve("broken/1"));
        Files.writeString(repository.root().resolve("broken/alerts.json"), "{\"rules\": 3}");
        AlertEvaluator evaluator = new AlertEvaluator(new MutableClock(java.time.Instant.EPOCH), List.of(signals()));

        AlertRules.write(repository, "classifier", "{\"rules\": [" + GOOD + "]}", SIGNALS);
        List<String> problems = AlertRules.loadAll(repository, evaluator);

        assertThat(AlertRules.read(repository, "classifier", SIGNALS)).hasSize(1);
        assertThat(evaluator.rules("classifier")).extracting(AlertRule::name).containsExactly("slow");
        assertThat(problems).singleElement().asString().startsWith("broken/alerts.json (line 1, column 11)");
        assertThat(AlertRules.read(repository, "nothing-here", SIGNALS)).isEmpty();
        assertThatThrownBy(() -> AlertRules.write(repository, "classifier", "{\"rules\": [1]}", SIGNALS))
                .hasMessageContaining("rules[0] must be an object");
        assertThat(AlertRules.read(repository, "classifier", SIGNALS)).hasSize(1);
    }

    private static SignalSource signals() {
        return new SignalSource() {
            @Override
            public Set<String> signals() {
                return SIGNALS;
            }

            @Override
            public java.util.OptionalDouble read(String model, String signal) {
                return java.util.OptionalDouble.empty();
            }
        };
    }
}
