package org.mlopsconsole.runtime.internal.alerts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.alerts.AlertRule;
import org.mlopsconsole.runtime.alerts.AlertRule.Comparison;

/**
 * Reads a model's alerts.json strictly: every error names the file, the rule (index and line) and
 * the field, and says what was expected.
 */
public final class AlertRulesReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "signal", "comparison", "threshold", "window", "for");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private final String model;
    private final String source;
    private final Set<String> signals;

    private AlertRulesReader(String model, String source, Set<String> signals) {
        this.model = model;
        this.source = source;
        this.signals = signals;
    }

    /**
     * @param source where the text came from, for messages
     * @param signals the signal names the rules may use
     */
    public static List<AlertRule> parse(String json, String model, String source, Set<String> signals) {
        return new AlertRulesReader(model, source, signals).read(json);
    }

    private List<AlertRule> read(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw error(parser.currentTokenLocation(), "must hold a JSON object {\"rules\": [...]}");
            }
            List<AlertRule> rules = List.of();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                if (!field.equals("rules")) {
                    throw error(at, "unknown field '" + field + "'; the file holds only \"rules\"");
                }
                rules = rules(parser);
            }
            if (parser.nextToken() != null) {
                throw error(parser.currentTokenLocation(), "has content after its JSON object");
            }
            return rules;
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private List<AlertRule> rules(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(parser.currentTokenLocation(), "\"rules\" must be an array of rules");
        }
        List<AlertRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            JsonLocation at = parser.currentTokenLocation();
            JsonNode node = MAPPER.readTree(parser);
            AlertRule rule = rule(node, "rules[" + index + "]", at);
            if (!names.add(rule.name())) {
                throw error(at, "rules[" + index + "]: the name '" + rule.name() + "' is used twice");
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private AlertRule rule(JsonNode node, String where, JsonLocation at) {
        if (!node.isObject()) {
            throw error(at, where + " must be an object");
        }
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!FIELDS.contains(field)) {
                throw error(at, where + ": unknown field '" + field + "'; known: " + String.join(", ", sorted(FIELDS)));
            }
        }
        String name = text(node, "name", where, at);
        String signal = text(node, "signal", where, at);
        if (!known(signal)) {
            throw error(
                    at,
                    where + ".signal: '" + signal + "' is not a known signal; known: "
                            + String.join(", ", sorted(signals)));
        }
        String symbol = text(node, "comparison", where, at);
        Comparison comparison = Comparison.parse(symbol)
                .orElseThrow(() -> error(at, where + ".comparison: '" + symbol + "' is not one of >, >=, <, <="));
        JsonNode threshold = node.get("threshold");
        if (threshold == null || !threshold.isNumber()) {
            throw error(at, where + ".threshold must be a number");
        }
        Duration window = duration(node, "window", where, at);
        Duration forDuration = duration(node, "for", where, at);
        return new AlertRule(model, name, signal, comparison, threshold.asDouble(), window, forDuration);
    }

    private String text(JsonNode node, String field, String where, JsonLocation at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw error(at, where + "." + field + " must be a non-empty string");
        }
        return value.asText().trim();
    }

    /** Absent means zero: no averaging, or raised at the first evaluation. */
    private Duration duration(JsonNode node, String field, String where, JsonLocation at) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Duration.ZERO;
        }
        Matcher matcher = value.isTextual() ? DURATION.matcher(value.asText().trim()) : null;
        if (matcher == null || !matcher.matches()) {
            throw error(at, where + "." + field + " must be a duration such as \"30s\", \"500ms\", \"5m\" or \"1h\"");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private InvalidInputException error(JsonLocation at, String message) {
        String line = at == null || at.getLineNr() < 1
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new InvalidInputException(source + line + ": " + message);
    }

    /** A labelled signal such as {@code feature_drift{age}} is known when its family {@code feature_drift{}} is. */
    private boolean known(String signal) {
        int brace = signal.indexOf('{');
        return signals.contains(signal)
                || (brace > 0 && signal.endsWith("}") && signals.contains(signal.substring(0, brace) + "{}"));
    }
}
