package org.mlopsconsole.assessment.tools;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tool of the catalog.
 *
 * @param aliases other names it goes by ("Kubeflow Pipelines"), for matching a client's list
 * @param components the components it provides, each fully or partly; may be empty for formats and
 *     libraries (ONNX) that support activities without being a component
 * @param activities lifecycle activity ids it supports
 * @param source the publications that name it
 */
public record Tool(
        String id,
        String name,
        List<String> aliases,
        String description,
        Map<Component, Support> components,
        List<String> activities,
        License license,
        Set<Hosting> hosting,
        String source) {

    public Tool {
        aliases = List.copyOf(aliases);
        components = components.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(components));
        activities = List.copyOf(activities);
        hosting = hosting.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hosting));
    }

    public Optional<Support> support(Component component) {
        return Optional.ofNullable(components.get(component));
    }

    /** It runs only on a Kubernetes cluster. */
    public boolean needsKubernetes() {
        return hosting.contains(Hosting.KUBERNETES);
    }

    /** Its name or an alias is {@code name}, ignoring case. */
    public boolean isCalled(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return this.name.toLowerCase(Locale.ROOT).equals(wanted)
                || aliases.stream()
                        .anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
