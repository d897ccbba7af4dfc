package org.mlopsconsole.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;

/** Prometheus' text format read by a parser (Hawkular's prometheus-scraper), families by name. */
final class PrometheusText {

    private final Map<String, MetricFamily> families;

    private PrometheusText(Map<String, MetricFamily> families) {
        this.families = families;
    }

    static PrometheusText parse(String text) {
        Map<String, MetricFamily> families = new LinkedHashMap<>();
        try {
            TextPrometheusMetricDataParser parser =
                    new TextPrometheusMetricDataParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
                if (families.put(family.getName(), family) != null) {
                    throw new AssertionError("metric family " + family.getName() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PrometheusText(families);
    }

    MetricFamily family(String name) {
        MetricFamily family = families.get(name);
        if (family == null) {
            throw new AssertionError("no metric family " + name + " among " + families.keySet());
        }
        return family;
    }

    boolean has(String name) {
        return families.containsKey(name);
    }

    /** The one series of the family whose labels include all of {@code labels}. */
    @SuppressWarnings("unchecked")
    <T extends Metric> T series(String name, Map<String, String> labels) {
        List<Metric> matching = family(name).getMetrics().stream()
                .filter(metric -> metric.getLabels().entrySet().containsAll(labels.entrySet()))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " series of " + name + " match " + labels);
        }
        return (T) matching.get(0);
    }

    List<Metric> all(String name) {
        return family(name).getMetrics();
    }
}
