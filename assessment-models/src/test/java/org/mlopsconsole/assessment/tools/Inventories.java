package org.mlopsconsole.assessment.tools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Inventories written compactly for rule tables: "mlflow jenkins own:C6=partial,C8=full". */
final class Inventories {

    private Inventories() {}

    /**
     * Space-separated entries: a catalog id, or {@code name:C1=full,C2=partial} for a custom tool,
     * or {@code catalog-id=C6:partial} for a catalog tool the client uses only for that.
     */
    static ToolInventory of(String spec, ToolConstraints constraints) {
        List<InventoryTool> tools = new ArrayList<>();
        Arrays.stream(spec.trim().split("\\s+"))
                .filter(entry -> !entry.isEmpty())
                .forEach(entry -> {
                    if (entry.contains(":") && !entry.contains("=C")) {
                        String[] parts = entry.split(":", 2);
                        tools.add(InventoryTool.custom(parts[0], parts[0], components(parts[1]), List.of()));
                    } else if (entry.contains("=C")) {
                        String[] parts = entry.split("=", 2);
                        Tool tool = ToolCatalog.bundled().find(parts[0]).orElseThrow();
                        Map<Component, Support> components = components(parts[1].replace(':', '='));
                        tools.add(new InventoryTool(
                                tool.id(), tool.name(), java.util.Optional.of(tool.id()), components, List.of(), ""));
                    } else {
                        tools.add(InventoryTool.of(
                                ToolCatalog.bundled().find(entry).orElseThrow()));
                    }
                });
        return new ToolInventory("test", tools, constraints);
    }

    static ToolInventory of(String spec) {
        return of(spec, ToolConstraints.NONE);
    }

    private static Map<Component, Support> components(String spec) {
        Map<Component, Support> components = new EnumMap<>(Component.class);
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=");
            components.put(Component.valueOf(parts[0]), Support.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return components;
    }
}
