package org.mlopsconsole.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.ScoreReportFormat;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.ReportInput;

/** The sentences of an executive summary, shared by the Word, PowerPoint and PDF reports. */
public final class Summary {

    private final ReportInput input;
    private final Findings findings;

    public Summary(ReportInput input) {
        this.input = input;
        this.findings = new Findings(input.model(), input.score());
    }

    public Findings findings() {
        return findings;
    }

    public String title() {
        Engagement engagement = input.engagement();
        return engagement.organization().isEmpty()
                ? "MLOps maturity assessment"
                : "MLOps maturity assessment: " + engagement.organization();
    }

    /** Team, model, date and assessor, those that are known, one per line. */
    public List<String> coverLines() {
        Engagement engagement = input.engagement();
        List<String> lines = new ArrayList<>();
        if (!engagement.team().isEmpty()) {
            lines.add("Team: " + engagement.team());
        }
        lines.add(
                "Model: " + input.model().name() + " (version " + input.model().version() + ")");
        lines.add("Date: " + engagement.date());
        if (!engagement.assessor().isEmpty()) {
            lines.add("Assessor: " + engagement.assessor());
        }
        lines.add("Participants: " + participants());
        return lines;
    }

    public String participants() {
        List<String> names = Respondents.names(input.responses());
        return names.isEmpty() ? "none (consensus ratings only)" : String.join(", ", names);
    }

    public String overallLevel() {
        return findings.levelText(input.score().overall().level().id());
    }

    public String overallScore() {
        return score(input.score().overall().score());
    }

    /** The executive summary's paragraphs. */
    public List<String> paragraphs() {
        ScoreReport report = input.score();
        MaturityModel model = input.model();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(
                "Overall level " + overallLevel() + " of " + model.levels().size() + " levels, score "
                        + overallScore() + " of 100, assessed against " + model.name() + " ("
                        + model.scoring().code()
                        + " scoring) with " + input.responses().respondents().size() + " participant"
                        + (input.responses().respondents().size() == 1 ? "" : "s") + ".");
        List<DimensionScore> byScore = report.dimensions().stream()
                .filter(d -> d.score().isPresent())
                .sorted(Comparator.comparingDouble(d -> -d.score().getAsDouble()))
                .toList();
        if (!byScore.isEmpty()) {
            paragraphs.add("Strongest: " + named(byScore.subList(0, Math.min(3, byScore.size()))) + ".");
            List<DimensionScore> weakest =
                    new ArrayList<>(byScore.subList(Math.max(0, byScore.size() - 3), byScore.size()));
            java.util.Collections.reverse(weakest);
            paragraphs.add("Weakest: " + named(weakest) + ".");
        }
        List<DimensionScore> gaps = report.dimensions().stream()
                .filter(d -> d.gap().orElse(0) > 0)
                .sorted(Comparator.comparingInt(d -> -d.gap().getAsInt()))
                .toList();
        if (!gaps.isEmpty()) {
            paragraphs.add(gaps.size() + " dimension" + (gaps.size() == 1 ? " is" : "s are") + " below target: "
                    + gaps.stream()
                            .map(d -> d.name() + " (gap " + d.gap().getAsInt() + ")")
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        int disagreements =
                (int) report.questions().stream().filter(q -> q.disagreement()).count();
        if (disagreements > 0) {
            paragraphs.add("Participants disagreed by two or more steps on " + disagreements + " question"
                    + (disagreements == 1 ? "" : "s") + "; the appendix lists them.");
        }
        paragraphs.add("The roadmap lists " + findings.roadmap().size() + " next steps, largest gaps first.");
        return paragraphs;
    }

    public static String score(OptionalDouble score) {
        return score.isPresent() ? ScoreReportFormat.round(score.getAsDouble()).toPlainString() : "n/a";
    }

    private static String named(List<DimensionScore> dimensions) {
        return dimensions.stream()
                .map(d -> d.name() + " (" + score(d.score()) + ")")
                .collect(Collectors.joining(", "));
    }
}
