package org.mlopsconsole.assessment.roles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.assessment.internal.JsonText;

/**
 * The RACI check's results as JSON ({@code "format": "mlops-console-raci-check"}) or as text,
 * one line per finding; the command line and the reports print these.
 */
public final class RaciCheckFormat {

    public static final String FORMAT = "mlops-console-raci-check";
    public static final int FORMAT_VERSION = 1;

    private RaciCheckFormat() {}

    public static String json(Raci raci, RaciReport report, RaciCheck.Limits limits) {
        ObjectNode root = JsonText.document(FORMAT, FORMAT_VERSION);
        root.put("raci", raci.name());
        root.put("passes", report.passes());
        root.put("errors", report.errors().size());
        root.put("warnings", report.warnings().size());
        ObjectNode limitNode = root.putObject("limits");
        int activities = raci.activities().size();
        limitNode.put("responsible", limits.limit(Responsibility.RESPONSIBLE, activities));
        limitNode.put("accountable", limits.limit(Responsibility.ACCOUNTABLE, activities));
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(finding -> describe(findings.addObject(), finding));
        return JsonText.write(root);
    }

    public static String text(Raci raci, RaciReport report) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "RACI \"%s\": %d activities, %d roles, %d people%n",
                raci.name(),
                raci.activities().size(),
                raci.roles().size(),
                raci.people().size()));
        report.findings()
                .forEach(finding -> text.append(finding.severity().code())
                        .append(": ")
                        .append(finding.message())
                        .append(System.lineSeparator()));
        text.append(summary(report)).append(System.lineSeparator());
        return text.toString();
    }

    /** "1 error, 0 warnings: the RACI fails the check.": the last line of the text, and the app's summary. */
    public static String summary(RaciReport report) {
        return String.format(
                Locale.ROOT,
                "%s, %s: the RACI %s the check.",
                count(report.errors(), "error"),
                count(report.warnings(), "warning"),
                report.passes() ? "passes" : "fails");
    }

    private static String count(List<RaciFinding> findings, String word) {
        return findings.size() + " " + word + (findings.size() == 1 ? "" : "s");
    }

    private static void describe(ObjectNode node, RaciFinding finding) {
        node.put("severity", finding.severity().code());
        node.put("rule", finding.code());
        if (finding instanceof RaciFinding.MissingAccountable missing) {
            node.put("activity", missing.activity().id());
        } else if (finding instanceof RaciFinding.SeveralAccountable several) {
            node.put("activity", several.activity().id());
            roles(node, several.roles());
        } else if (finding instanceof RaciFinding.MissingResponsible missing) {
            node.put("activity", missing.activity().id());
        } else if (finding instanceof RaciFinding.RoleOverloaded overloaded) {
            node.put("role", overloaded.role().id());
            node.put("letter", String.valueOf(overloaded.letter().letter()));
            node.put("count", overloaded.count());
            node.put("limit", overloaded.limit());
        } else if (finding instanceof RaciFinding.ActivityUnstaffed unstaffed) {
            node.put("activity", unstaffed.activity().id());
            roles(node, unstaffed.roles());
        } else if (finding instanceof RaciFinding.DutiesNotSeparated duties) {
            node.put("person", duties.person().id());
            ArrayNode approves = node.putArray("approves");
            duties.approves().forEach(activity -> approves.add(activity.id()));
            ArrayNode deploys = node.putArray("deploys");
            duties.deploys().forEach(activity -> deploys.add(activity.id()));
        }
        node.put("message", finding.message());
    }

    private static void roles(ObjectNode node, List<Role> roles) {
        ArrayNode array = node.putArray("roles");
        roles.forEach(role -> array.add(role.id()));
    }
}
