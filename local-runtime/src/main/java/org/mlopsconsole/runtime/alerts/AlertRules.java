package org.mlopsconsole.runtime.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.internal.alerts.AlertRulesReader;

/**
 * A model's alert rules, kept beside its config.json as {@code <repository>/<model>/alerts.json}:
 *
 * <pre>{"rules": [{"name": "slow", "signal": "latency_p95_ms", "comparison": ">", "threshold": 50,
 *                  "window": "1m", "for": "2m"}]}</pre>
 *
 * A wrong file is refused with a message naming the file, rule, line and field.
 */
public final class AlertRules {

    public static final String FILE = "alerts.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertRules() {}

    /** The model's rules; none when it has no alerts.json. */
    public static List<AlertRule> read(ModelRepository repository, String model, Set<String> signals) {
        Path file = file(repository, model);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), model, signals);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + source(model) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives the evaluator the rules of every model of the repository that has an alerts.json (a
     * model without one keeps none).
     *
     * @return one message for each file that was refused; its model keeps the rules it had
     */
    public static List<String> loadAll(ModelRepository repository, AlertEvaluator evaluator) {
        List<String> problems = new java.util.ArrayList<>();
        for (String model : repository.modelNames()) {
            try {
                evaluator.setRules(model, read(repository, model, evaluator.signals()));
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    public static List<AlertRule> parse(String json, String model, Set<String> signals) {
        return AlertRulesReader.parse(json, model, source(model), signals);
    }

    /** Checks the rules as {@link #read} would, then replaces the model's alerts.json atomically. */
    public static void write(ModelRepository repository, String model, String json, Set<String> signals) {
        parse(json, model, signals);
        Path file = file(repository, model);
        try {
            Path staged = Files.createTempFile(file.getParent(), ".alerts-", ".json");
            Files.writeString(staged, json, StandardCharsets.UTF_8);
            Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + source(model), e);
        }
    }

    /** The JSON of rules, as {@link #parse} reads it. */
    public static String toJson(List<AlertRule> rules) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode all = root.putArray("rules");
        for (AlertRule rule : rules) {
            all.addObject()
                    .put("name", rule.name())
                    .put("signal", rule.signal())
                    .put("comparison", rule.comparison().symbol())
                    .put("threshold", rule.threshold())
                    .put("window", rule.window().toMillis() + "ms")
                    .put("for", rule.forDuration().toMillis() + "ms");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path file(ModelRepository repository, String model) {
        ModelRepository.requireValidName(model);
        return repository.root().resolve(model).resolve(FILE);
    }

    private static String source(String model) {
        return model + "/" + FILE;
    }
}
