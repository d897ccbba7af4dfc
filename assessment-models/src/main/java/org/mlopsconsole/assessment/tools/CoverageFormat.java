package org.mlopsconsole.assessment.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.internal.JsonText;

/**
 * The coverage matrix and the suggestions as JSON ({@code "format": "mlops-console-tool-coverage"})
 * or as text; the command line and the reports print these.
 */
public final class CoverageFormat {

    public static final String FORMAT = "mlops-console-tool-coverage";
    public static final int FORMAT_VERSION = 1;

    private CoverageFormat() {}

    public static String json(
            ToolInventory inventory,
            ToolCoverage coverage,
            List<ToolSuggestion> suggestions,
            ToolConstraints constraints) {
        ObjectNode root = JsonText.document(FORMAT, FORMAT_VERSION);
        root.put("inventory", inventory.name());
        root.putObject("constraints")
                .put("openSourceOnly", constraints.openSourceOnly())
                .put("onPremisesOnly", constraints.onPremisesOnly())
                .put("kubernetesAvailable", constraints.kubernetesAvailable());
        ObjectNode summary = root.putObject("summary");
        for (CoverageStatus status : CoverageStatus.values()) {
            summary.put(status.code(), coverage.with(status).size());
        }
        ArrayNode components = root.putArray("components");
        coverage.components().forEach(row -> {
            ObjectNode node = components
                    .addObject()
                    .put("component", row.component().code())
                    .put("title", row.component().title())
                    .put("status", row.status().code());
            ids(node.putArray("fullBy"), row.fullBy());
            ids(node.putArray("partialBy"), row.partialBy());
        });
        ArrayNode suggestionNodes = root.putArray("suggestions");
        suggestions.forEach(suggestion -> {
            ObjectNode node = suggestionNodes
                    .addObject()
                    .put("component", suggestion.component().code())
                    .put("status", suggestion.status().code());
            ArrayNode tools = node.putArray("tools");
            suggestion.tools().forEach(tool -> {
                ObjectNode toolNode = tools.addObject()
                        .put("id", tool.id())
                        .put("name", tool.name())
                        .put(
                                "support",
                                tool.support(suggestion.component())
                                        .orElseThrow()
                                        .code())
                        .put("license", tool.license().code());
                ArrayNode hosting = toolNode.putArray("hosting");
                tool.hosting().forEach(where -> hosting.add(where.code()));
            });
        });
        return JsonText.write(root);
    }

    public static String text(
            ToolInventory inventory,
            ToolCoverage coverage,
            List<ToolSuggestion> suggestions,
            ToolConstraints constraints) {
        StringBuilder text = new StringBuilder("Tool coverage of \"" + inventory.name() + "\" ("
                + inventory.tools().size() + " tools)" + System.lineSeparator());
        coverage.components()
                .forEach(row -> text.append(String.format(
                        Locale.ROOT,
                        "  %-34s %-8s %s%n",
                        row.component().label(),
                        row.status().code(),
                        tools(row))));
        text.append(String.format(
                Locale.ROOT,
                "%d covered, %d partial, %d missing.%n",
                coverage.with(CoverageStatus.COVERED).size(),
                coverage.with(CoverageStatus.PARTIAL).size(),
                coverage.with(CoverageStatus.MISSING).size()));
        if (!suggestions.isEmpty()) {
            text.append("Suggestions (")
                    .append(describe(constraints))
                    .append("):")
                    .append(System.lineSeparator());
            suggestions.forEach(suggestion -> text.append(String.format(
                    Locale.ROOT,
                    "  %s (%s): %s%n",
                    suggestion.component().label(),
                    suggestion.status().code(),
                    suggestion.tools().isEmpty()
                            ? "no catalog tool fits the constraints"
                            : suggestion.tools().stream().map(Tool::name).collect(Collectors.joining(", ")))));
        }
        return text.toString();
    }

    /** "open source only, no Kubernetes", or "no constraints". */
    public static String describe(ToolConstraints constraints) {
        List<String> parts = new ArrayList<>();
        if (constraints.openSourceOnly()) {
            parts.add("open source only");
        }
        if (constraints.onPremisesOnly()) {
            parts.add("on premises only");
        }
        if (!constraints.kubernetesAvailable()) {
            parts.add("no Kubernetes");
        }
        return parts.isEmpty() ? "no constraints" : String.join(", ", parts);
    }

    private static String tools(ComponentCoverage row) {
        List<String> names = new ArrayList<>();
        row.fullBy().forEach(tool -> names.add(tool.name()));
        row.partialBy().forEach(tool -> names.add(tool.name() + " (partial)"));
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private static void ids(ArrayNode array, List<InventoryTool> tools) {
        tools.forEach(tool -> array.add(tool.id()));
    }
}
