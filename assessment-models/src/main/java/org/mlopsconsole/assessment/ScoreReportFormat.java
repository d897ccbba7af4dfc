package org.mlopsconsole.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Writes score reports as the documented JSON (fixed field order, scores rounded half-up to one
 * decimal) or as a readable text table with the same facts.
 */
public final class ScoreReportFormat {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ScoreReportFormat() {}

    /** Half-up to one decimal, on the shortest decimal that names the double (so 55.55 gives 55.6). */
    public static BigDecimal round(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }

    public static String json(ScoreReport report) {
        return write(generator -> writeReport(generator, report));
    }

    /** The crosswalk output: {@code {"results":[ report, ... ]}}. */
    public static String json(List<ScoreReport> reports) {
        return write(generator -> {
            generator.writeStartObject();
            generator.writeArrayFieldStart("results");
            for (ScoreReport report : reports) {
                writeReport(generator, report);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    public static String text(ScoreReport report, MaturityModel model) {
        StringBuilder out = new StringBuilder();
        OverallScore overall = report.overall();
        out.append(String.format(
                Locale.ROOT,
                "%s (%s, %s)%nOverall: level %d %s, score %s%n%n",
                model.name(),
                report.model(),
                report.scoring().code(),
                overall.level().id(),
                overall.level().name(),
                scoreText(overall.score())));
        appendDimensions(out, report.dimensions());
        appendQuestions(out, report.questions());
        return out.toString();
    }

    private static void appendDimensions(StringBuilder out, List<DimensionScore> dimensions) {
        int idWidth = width("Dimension", dimensions.stream().map(DimensionScore::id));
        int nameWidth = width("Name", dimensions.stream().map(DimensionScore::name));
        int levelWidth = width(
                "Level",
                dimensions.stream().map(d -> d.level().id() + " " + d.level().name()));
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-" + levelWidth + "s  %6s  %6s  %4s  %s%n";
        out.append(
                String.format(Locale.ROOT, row, "Dimension", "Name", "Level", "Score", "Target", "Gap", "Next steps"));
        for (DimensionScore dimension : dimensions) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    dimension.id(),
                    dimension.name(),
                    dimension.level().id() + " " + dimension.level().name(),
                    scoreText(dimension.score()),
                    intText(dimension.target()),
                    intText(dimension.gap()),
                    dimension.nextSteps().isEmpty() ? "-" : String.join(", ", dimension.nextSteps())));
        }
    }

    private static void appendQuestions(StringBuilder out, List<QuestionScore> questions) {
        int idWidth = width("Question", questions.stream().map(QuestionScore::id));
        String row = "%-" + idWidth + "s  %-10s  %-12s  %s%n";
        out.append(String.format(Locale.ROOT, "%n" + row, "Question", "Rating", "Disagreement", "Rated by"));
        for (QuestionScore question : questions) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    question.id(),
                    question.ratingCode(),
                    question.disagreement() ? "yes" : "no",
                    question.ratedBy()));
        }
    }

    private static int width(String header, Stream<String> values) {
        return Math.max(header.length(), values.mapToInt(String::length).max().orElse(0));
    }

    /** One line per model: id, scoring, overall level and score. */
    public static String crosswalkText(List<ScoreReport> reports) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-18s %-11s %5s %-40s %6s%n", "Model", "Scoring", "Level", "", "Score"));
        for (ScoreReport report : reports) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-18s %-11s %5d %-40s %6s%n",
                    report.model(),
                    report.scoring().code(),
                    report.overall().level().id(),
                    shorten(report.overall().level().name(), 40),
                    scoreText(report.overall().score())));
        }
        return out.toString();
    }

    private static void writeReport(JsonGenerator generator, ScoreReport report) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("model", report.model());
        generator.writeStringField("scoring", report.scoring().code());
        generator.writeObjectFieldStart("overall");
        generator.writeNumberField("level", report.overall().level().id());
        generator.writeStringField("levelName", report.overall().level().name());
        writeScore(generator, report.overall().score());
        generator.writeEndObject();
        generator.writeArrayFieldStart("dimensions");
        for (DimensionScore dimension : report.dimensions()) {
            writeDimension(generator, dimension);
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("questions");
        for (QuestionScore question : report.questions()) {
            generator.writeStartObject();
            generator.writeStringField("id", question.id());
            generator.writeStringField("rating", question.ratingCode());
            generator.writeBooleanField("disagreement", question.disagreement());
            generator.writeNumberField("ratedBy", question.ratedBy());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private static void writeDimension(JsonGenerator generator, DimensionScore dimension) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("id", dimension.id());
        generator.writeStringField("name", dimension.name());
        generator.writeNumberField("level", dimension.level().id());
        generator.writeStringField("levelName", dimension.level().name());
        writeScore(generator, dimension.score());
        writeOptionalInt(generator, "target", dimension.target());
        writeOptionalInt(generator, "gap", dimension.gap());
        generator.writeArrayFieldStart("nextSteps");
        for (String questionId : dimension.nextSteps()) {
            generator.writeString(questionId);
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private static void writeScore(JsonGenerator generator, OptionalDouble score) throws IOException {
        generator.writeFieldName("score");
        if (score.isPresent()) {
            generator.writeNumber(round(score.getAsDouble()));
        } else {
            generator.writeNull();
        }
    }

    private static void writeOptionalInt(JsonGenerator generator, String field, OptionalInt value) throws IOException {
        generator.writeFieldName(field);
        if (value.isPresent()) {
            generator.writeNumber(value.getAsInt());
        } else {
            generator.writeNull();
        }
    }

    private static String scoreText(OptionalDouble score) {
        return score.isPresent() ? round(score.getAsDouble()).toPlainString() : "n/a";
    }

    private static String intText(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "-";
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private interface JsonWriting {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private static String write(JsonWriting writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
