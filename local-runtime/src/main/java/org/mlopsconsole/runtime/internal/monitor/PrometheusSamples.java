package org.mlopsconsole.runtime.internal.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The samples of a Prometheus text exposition (format 0.0.4): {@code name{label="value",...} value
 * [timestamp]}, comments and blank lines skipped, label values unescaped. A line that does not
 * parse is skipped, so a server with more (or odder) metrics than expected still reads.
 */
public record PrometheusSamples(List<Sample> samples) {

    public record Sample(String name, Map<String, String> labels, double value) {
        public Sample {
            labels = Map.copyOf(labels);
        }

        public String label(String name) {
            return labels.getOrDefault(name, "");
        }
    }

    public PrometheusSamples {
        samples = List.copyOf(samples);
    }

    public static PrometheusSamples parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                samples.add(sample(trimmed));
            } catch (RuntimeException e) {
                // not a sample this reader understands: skipped, as promised
            }
        }
        return new PrometheusSamples(samples);
    }

    /** The samples of a metric whose labels pass the filter. */
    public List<Sample> named(String name, Predicate<Sample> filter) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && filter.test(s))
                .toList();
    }

    /** The sum of the matching samples, 0 when there are none. */
    public double sum(String name, Predicate<Sample> filter) {
        return named(name, filter).stream().mapToDouble(Sample::value).sum();
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace > 0 && (space < 0 || brace < space)) {
            name = line.substring(0, brace);
            rest = labels(line, brace + 1, labels);
        } else {
            name = line.substring(0, space);
            rest = space;
        }
        String[] tail = line.substring(rest).strip().split("\\s+");
        return new Sample(name, labels, value(tail[0]));
    }

    /** Reads labels from just after '{'; returns the index after the closing '}'. */
    private static int labels(String line, int from, Map<String, String> labels) {
        int i = from;
        while (true) {
            while (line.charAt(i) == ',' || line.charAt(i) == ' ') {
                i++;
            }
            if (line.charAt(i) == '}') {
                return i + 1;
            }
            int equals = line.indexOf('=', i);
            String label = line.substring(i, equals).strip();
            i = equals + 1;
            if (line.charAt(i) != '"') {
                throw new IllegalArgumentException("label value without quotes");
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\') {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                i++;
            }
            labels.put(label, value.toString());
            i++;
        }
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
