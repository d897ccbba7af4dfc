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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Writes score reports as the documented JSON (fixed field order, scores rounded half-up to one
 * decimal, two for points-minimum models) or as a readable text table with the same facts.
 */
public final class ScoreReportFormat {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ScoreReportFormat() {}

    /** Half-up to one decimal, on the shortest decimal that names the double (so 55.55 gives 55.6). */
    public static BigDecimal round(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * A score as outputs print it: one decimal, or for points-minimum models up to two (3.5, 3.25,
     * 4) since their points are halves or finer.
     */
    public static BigDecimal round(ScoringMethod scoring, double score) {
        if (scoring != ScoringMethod.POINTS_MINIMUM) {
            return round(score);
        }
        BigDecimal rounded =
                BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** The score's text for {@code scoring}, or "n/a" when there is none. */
    public static String scoreText(ScoringMethod scoring, OptionalDouble score) {
        return score.isPresent() ? round(scoring, score.getAsDouble()).toPlainString() : "n/a";
    }

    public static String json(ScoreReport report) {
        return write(generator -> writeReport(generator, report, Optional.empty()));
    }

    /** The crosswalk output: {@code {"results":[ report, ... ]}}, each with what it was derived from. */
    public static String json(List<Crosswalk.Result> results) {
        return write(generator -> {
            generator.writeStartObject();
            generator.writeArrayFieldStart("results");
            for (Crosswalk.Result result : results) {
                writeReport(generator, result.report(), Optional.of(result));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    public static String text(ScoreReport report, MaturityModel model) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%s (%s, %s, scoring method %s)%nOverall: %s%n%n",
                model.name(),
                report.model(),
                report.scoring().code(),
                report.methodVersion(),
                overallText(report)));
        appendDimensions(out, report);
        appendQuestions(out, report.questions());
        return out.toString();
    }

    private static String overallText(ScoreReport report) {
        OverallScore overall = report.overall();
        return switch (overall.status()) {
            case RATED -> {
                Level level = overall.level().orElseThrow();
                yield "level " + level.id() + " " + level.name() + ", score "
                        + scoreText(report.scoring(), overall.score());
            }
            case NOT_APPLICABLE -> "not applicable (every question is rated NA): no level";
            case NOT_ASSESSED -> "not assessed (no question has an applicable rating): no level";
        };
    }

    private static String levelText(DimensionScore dimension) {
        return dimension
                .level()
                .map(l -> l.id() + " " + l.name())
                .orElse(dimension.status().words());
    }

    private static void appendDimensions(StringBuilder out, ScoreReport report) {
        List<DimensionScore> dimensions = report.dimensions();
        int idWidth = width("Dimension", dimensions.stream().map(DimensionScore::id));
        int nameWidth = width("Name", dimensions.stream().map(DimensionScore::name));
        int levelWidth = width("Level", dimensions.stream().map(ScoreReportFormat::levelText));
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-" + levelWidth + "s  %6s  %6s  %4s  %s%n";
        out.append(
                String.format(Locale.ROOT, row, "Dimension", "Name", "Level", "Score", "Target", "Gap", "Next steps"));
        for (DimensionScore dimension : dimensions) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    dimension.id(),
                    dimension.name(),
                    levelText(dimension),
                    scoreText(report.scoring(), dimension.score()),
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

    /** One line per model: id, scoring, overall level and score, and how many questions were derived. */
    public static String crosswalkText(List<Crosswalk.Result> results) {
        StringBuilder out = new StringBuilder();
        String row = "%-24s %-14s %5s %-40s %6s  %s%n";
        out.append(String.format(Locale.ROOT, row, "Model", "Scoring", "Level", "", "Score", "Derived"));
        for (Crosswalk.Result result : results) {
            ScoreReport report = result.report();
            Optional<Level> level = report.overall().level();
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    report.model(),
                    report.scoring().code(),
                    level.map(l -> String.valueOf(l.id())).orElse("-"),
                    shorten(
                            level.map(Level::name)
                                    .orElse(report.overall().status().words()),
                            40),
                    scoreText(report.scoring(), report.overall().score()),
                    result.describe()));
        }
        return out.toString();
    }

    private static void writeReport(JsonGenerator generator, ScoreReport report, Optional<Crosswalk.Result> derivation)
            throws IOException {
        generator.writeStartObject();
        generator.writeStringField("model", report.model());
        generator.writeStringField("scoring", report.scoring().code());
        generator.writeStringField("methodVersion", report.methodVersion());
        generator.writeObjectFieldStart("overall");
        generator.writeStringField("status", report.overall().status().code());
        writeLevel(generator, report.overall().level());
        writeScore(generator, report.scoring(), report.overall().score());
        generator.writeEndObject();
        if (derivation.isPresent()) {
            writeDerivation(generator, derivation.get());
        }
        generator.writeArrayFieldStart("dimensions");
        for (DimensionScore dimension : report.dimensions()) {
            writeDimension(generator, report.scoring(), dimension);
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

    private static void writeDerivation(JsonGenerator generator, Crosswalk.Result result) throws IOException {
        generator.writeObjectFieldStart("derived");
        generator.writeNumberField("questions", result.questions());
        generator.writeNumberField("rated", result.derived());
        generator.writeArrayFieldStart("fromQuestions");
        for (String questionId : result.fromQuestions()) {
            generator.writeString(questionId);
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private static void writeDimension(JsonGenerator generator, ScoringMethod scoring, DimensionScore dimension)
            throws IOException {
        generator.writeStartObject();
        generator.writeStringField("id", dimension.id());
        generator.writeStringField("name", dimension.name());
        generator.writeStringField("status", dimension.status().code());
        writeLevel(generator, dimension.level());
        writeScore(generator, scoring, dimension.score());
        writeOptionalInt(generator, "target", dimension.target());
        writeOptionalInt(generator, "gap", dimension.gap());
        generator.writeArrayFieldStart("nextSteps");
        for (String questionId : dimension.nextSteps()) {
            generator.writeString(questionId);
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private static void writeLevel(JsonGenerator generator, Optional<Level> level) throws IOException {
        if (level.isPresent()) {
            generator.writeNumberField("level", level.get().id());
            generator.writeStringField("levelName", level.get().name());
        } else {
            generator.writeNullField("level");
            generator.writeNullField("levelName");
        }
    }

    private static void writeScore(JsonGenerator generator, ScoringMethod scoring, OptionalDouble score)
            throws IOException {
        generator.writeFieldName("score");
        if (score.isPresent()) {
            generator.writeNumber(round(scoring, score.getAsDouble()));
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
