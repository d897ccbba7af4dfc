package org.mlopsconsole.assessment.tools;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggestions for the gaps of a coverage matrix. For each missing or partial component: the
 * catalog tools the client does not use yet that the constraints allow and that support the
 * component fully; when none does, those that support it partly (a partial gap gets no partial
 * suggestions: they would not close it). Tools that fully close more of the gaps come first, then
 * by name.
 */
public final class ToolSuggestions {

    private ToolSuggestions() {}

    public static List<ToolSuggestion> forGaps(
            ToolCoverage coverage, ToolInventory inventory, ToolCatalog catalog, ToolConstraints constraints) {
        Set<Component> gaps =
                coverage.gaps().stream().map(ComponentCoverage::component).collect(Collectors.toSet());
        List<Tool> candidates = catalog.tools().stream()
                .filter(tool -> !inventory.uses(tool.id()))
                .filter(constraints::allows)
                .toList();
        Comparator<Tool> order = Comparator.comparingLong((Tool tool) -> -gapsClosed(tool, gaps))
                .thenComparing(tool -> tool.name().toLowerCase(Locale.ROOT));
        return coverage.gaps().stream()
                .map(gap -> new ToolSuggestion(gap.component(), gap.status(), suggested(gap, candidates, order)))
                .toList();
    }

    private static List<Tool> suggested(ComponentCoverage gap, List<Tool> candidates, Comparator<Tool> order) {
        List<Tool> full = supporting(candidates, gap.component(), Support.FULL, order);
        if (!full.isEmpty() || gap.status() == CoverageStatus.PARTIAL) {
            return full;
        }
        return supporting(candidates, gap.component(), Support.PARTIAL, order);
    }

    private static List<Tool> supporting(
            List<Tool> candidates, Component component, Support support, Comparator<Tool> order) {
        return candidates.stream()
                .filter(tool -> tool.support(component).orElse(null) == support)
                .sorted(order)
                .toList();
    }

    private static long gapsClosed(Tool tool, Set<Component> gaps) {
        return gaps.stream()
                .filter(gap -> tool.support(gap).orElse(null) == Support.FULL)
                .count();
    }
}
