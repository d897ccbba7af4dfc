package org.mlopsconsole.runtime.drift;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/** The fixtures that src/test/resources/drift/make_fixtures.py wrote with SciPy. */
final class DriftFixtures {

    /** SciPy writes Infinity for the chi-square statistic of a category new in the current data. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private DriftFixtures() {}

    /** One statistic computed by SciPy on the data beside it. */
    record StatisticCase(
            String name,
            String test,
            FeatureType type,
            boolean shifted,
            double statistic,
            Double pValue,
            DriftColumn reference,
            DriftColumn current) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<StatisticCase> statisticCases() {
        List<StatisticCase> cases = new ArrayList<>();
        for (JsonNode node : read("scipy-statistics.json").get("cases")) {
            FeatureType type =
                    node.get("type").asText().equals("numeric") ? FeatureType.NUMERIC : FeatureType.CATEGORICAL;
            cases.add(new StatisticCase(
                    node.get("name").asText(),
                    node.get("test").asText(),
                    type,
                    node.get("shifted").asBoolean(),
                    node.get("statistic").asDouble(),
                    node.get("pValue").isNull() ? null : node.get("pValue").asDouble(),
                    column(type, node.get("reference")),
                    column(type, node.get("current"))));
        }
        return cases;
    }

    static JsonNode read(String name) {
        try (InputStream in = Objects.requireNonNull(DriftFixtures.class.getResourceAsStream("/drift/" + name), name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        try {
            return Path.of(Objects.requireNonNull(DriftFixtures.class.getResource("/drift/" + name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DriftColumn column(FeatureType type, JsonNode values) {
        if (type == FeatureType.NUMERIC) {
            return new DriftColumn.Numeric(
                    "x",
                    StreamSupport.stream(values.spliterator(), false)
                            .mapToDouble(JsonNode::asDouble)
                            .toArray());
        }
        return new DriftColumn.Categorical(
                "x",
                StreamSupport.stream(values.spliterator(), false)
                        .map(JsonNode::asText)
                        .toList());
    }
}
