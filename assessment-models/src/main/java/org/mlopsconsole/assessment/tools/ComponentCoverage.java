package org.mlopsconsole.assessment.tools;

import java.util.List;

/** One row of the coverage matrix: a component, its status, and the tools behind it. */
public record ComponentCoverage(
        Component component, CoverageStatus status, List<InventoryTool> fullBy, List<InventoryTool> partialBy) {

    public ComponentCoverage {
        fullBy = List.copyOf(fullBy);
        partialBy = List.copyOf(partialBy);
    }
}
