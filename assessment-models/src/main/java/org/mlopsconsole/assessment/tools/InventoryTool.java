package org.mlopsconsole.assessment.tools;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tool the client uses: a catalog tool, or one of its own.
 *
 * @param catalogTool the catalog id, empty for the client's own tools
 * @param components what the client uses it for; a catalog tool's own unless the inventory says
 * @param activities lifecycle activity ids it serves at the client
 */
public record InventoryTool(
        String id,
        String name,
        Optional<String> catalogTool,
        Map<Component, Support> components,
        List<String> activities,
        String notes) {

    public InventoryTool {
        components = components.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(components));
        activities = List.copyOf(activities);
    }

    /** A catalog tool used as the catalog describes it. */
    public static InventoryTool of(Tool tool) {
        return new InventoryTool(
                tool.id(), tool.name(), Optional.of(tool.id()), tool.components(), tool.activities(), "");
    }

    /** The client's own tool. */
    public static InventoryTool custom(
            String id, String name, Map<Component, Support> components, List<String> activities) {
        return new InventoryTool(id, name, Optional.empty(), components, activities, "");
    }

    public Optional<Support> support(Component component) {
        return Optional.ofNullable(components.get(component));
    }
}
