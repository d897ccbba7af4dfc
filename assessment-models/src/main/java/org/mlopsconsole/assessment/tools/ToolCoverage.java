package org.mlopsconsole.assessment.tools;

import java.util.Arrays;
import java.util.List;

/**
 * The coverage matrix of an inventory over the nine components. The rule: a component is
 * {@code COVERED} when at least one tool supports it fully; {@code PARTIAL} when tools support it,
 * but only partly ({@link Support#PARTIAL}; several partial tools still make it partial, since
 * nothing says together they do the whole job); {@code MISSING} when no tool supports it at all.
 */
public record ToolCoverage(List<ComponentCoverage> components) {

    public ToolCoverage {
        components = List.copyOf(components);
    }

    public static ToolCoverage of(ToolInventory inventory) {
        return new ToolCoverage(Arrays.stream(Component.values())
                .map(component -> coverage(inventory, component))
                .toList());
    }

    public ComponentCoverage of(Component component) {
        return components.stream()
                .filter(row -> row.component() == component)
                .findFirst()
                .orElseThrow();
    }

    public CoverageStatus status(Component component) {
        return of(component).status();
    }

    /** The rows that are not covered: missing and partial, in component order. */
    public List<ComponentCoverage> gaps() {
        return components.stream()
                .filter(row -> row.status() != CoverageStatus.COVERED)
                .toList();
    }

    public List<Component> with(CoverageStatus status) {
        return components.stream()
                .filter(row -> row.status() == status)
                .map(ComponentCoverage::component)
                .toList();
    }

    private static ComponentCoverage coverage(ToolInventory inventory, Component component) {
        List<InventoryTool> full = supporting(inventory, component, Support.FULL);
        List<InventoryTool> partial = supporting(inventory, component, Support.PARTIAL);
        CoverageStatus status = !full.isEmpty()
                ? CoverageStatus.COVERED
                : partial.isEmpty() ? CoverageStatus.MISSING : CoverageStatus.PARTIAL;
        return new ComponentCoverage(component, status, full, partial);
    }

    private static List<InventoryTool> supporting(ToolInventory inventory, Component component, Support support) {
        return inventory.tools().stream()
                .filter(tool -> tool.support(component).orElse(null) == support)
                .toList();
    }
}
