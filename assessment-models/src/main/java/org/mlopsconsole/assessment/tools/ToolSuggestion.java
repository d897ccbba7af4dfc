package org.mlopsconsole.assessment.tools;

import java.util.List;

/** Catalog tools that would close the gap of one component, best first; empty when none fits. */
public record ToolSuggestion(Component component, CoverageStatus status, List<Tool> tools) {

    public ToolSuggestion {
        tools = List.copyOf(tools);
    }
}
