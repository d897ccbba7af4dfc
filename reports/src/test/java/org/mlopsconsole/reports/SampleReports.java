package org.mlopsconsole.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.mlopsconsole.assessment.MaturityModel;

/**
 * Writes sample reports in every format into the folder given as argument, to look at by hand: a
 * branded report on the bundled practices model, its comparison with a baseline, and an
 * organization named in Japanese.
 */
public final class SampleReports {

    private SampleReports() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(folder);
        ReportInput current = branded(withDraftedPlan(EvidencePlanAndRisksTest.withEverything()))
                .withEngagementContext(RolesToolsChallengesTest.mapped());
        for (ReportFormat format : ReportFormat.values()) {
            write(folder.resolve("sample-report." + format.code()), target -> Reports.write(current, format, target));
        }
        ReportInput baseline = baseline();
        for (ReportFormat format : ReportFormat.values()) {
            if (format.hasComparison()) {
                write(
                        folder.resolve("sample-comparison." + format.code()),
                        target -> Reports.writeComparison(baseline, current, format, target));
            }
        }
        MaturityModel model = TestAssessments.practicesModel();
        ReportInput japanese = ReportInput.of(
                model,
                TestAssessments.randomResponses(model, 7, "佐藤", "Ana"),
                new Engagement("株式会社テスト", "不正検知チーム", "Dana", LocalDate.of(2026, 11, 2)));
        write(folder.resolve("sample-japanese.pdf"), target -> Reports.write(japanese, ReportFormat.PDF, target));
        OrganizationRollUp rollUp = withLeftOut(RollUpBenchmark.twentyTeams());
        write(folder.resolve("sample-rollup.pdf"), target -> Reports.writeRollUp(rollUp, ReportFormat.PDF, target));
    }

    /** The input's plan followed by the roadmap drafted per dimension and phase, a few items owned. */
    static ReportInput withDraftedPlan(ReportInput input) {
        var drafts = org.mlopsconsole.assessment.plan.PlanDrafts.fromRoadmap(
                input.analysis(), org.mlopsconsole.assessment.plan.PlanDrafts.Grouping.PER_DIMENSION);
        String[] owners = {"Ana Silva", "Data platform lead", "Bruno", "ML engineering lead"};
        var plan = input.plan();
        for (int i = 0; i < drafts.size(); i++) {
            var item = drafts.get(i)
                    .withOwner(new org.mlopsconsole.assessment.plan.Owner.Person(owners[i % owners.length]));
            plan = plan.with(
                    i % 3 == 0 ? item.withStatus(org.mlopsconsole.assessment.plan.PlanStatus.IN_PROGRESS) : item);
        }
        return input.withPlan(plan);
    }

    static OrganizationRollUp withLeftOut(OrganizationRollUp rollUp) {
        return new OrganizationRollUp(
                rollUp.organization(),
                rollUp.model(),
                rollUp.teams(),
                rollUp.date(),
                List.of(new OrganizationRollUp.LeftOut("Pricing", "its latest assessment used model google-mlops")));
    }

    static ReportInput baseline() {
        MaturityModel model = TestAssessments.practicesModel();
        return ReportInput.of(
                model,
                TestAssessments.randomResponses(model, 5, "Ana", "Bruno"),
                new Engagement("Acme Bank", "Fraud models", "Dana", LocalDate.of(2026, 5, 4)));
    }

    static ReportInput branded(ReportInput input) {
        return input.withOptions(ReportOptions.defaults()
                .withBranding(Branding.of("Northwind Advisory").withLogo(Branding.Logo.png(logo()))));
    }

    /** A small drawn logo: a square and the initials. */
    static byte[] logo() {
        BufferedImage image = new BufferedImage(160, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRoundRect(0, 0, 64, 64, 14, 14);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString("NA", 10, 43);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("North", 72, 28);
        g.drawString("wind", 72, 54);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface Writer {
        void write(Path target) throws IOException;
    }

    private static void write(Path target, Writer writer) throws IOException {
        writer.write(target);
        System.out.println("Wrote " + target.toAbsolutePath());
    }
}
