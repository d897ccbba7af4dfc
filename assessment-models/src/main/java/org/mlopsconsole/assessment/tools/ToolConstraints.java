package org.mlopsconsole.assessment.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * What the client accepts in a suggested tool: open source only, on premises only, and whether a
 * Kubernetes cluster is available (without one, tools that need it are left out).
 */
public record ToolConstraints(boolean openSourceOnly, boolean onPremisesOnly, boolean kubernetesAvailable) {

    /** Any tool will do. */
    public static final ToolConstraints NONE = new ToolConstraints(false, false, true);

    public boolean allows(Tool tool) {
        return exclusions(tool).isEmpty();
    }

    /** Why {@code tool} is left out, in words; empty when it is allowed. */
    public List<String> exclusions(Tool tool) {
        List<String> reasons = new ArrayList<>();
        if (openSourceOnly && tool.license() != License.OPEN_SOURCE) {
            reasons.add("not open source");
        }
        if (onPremisesOnly && !tool.hosting().contains(Hosting.ON_PREMISES)) {
            reasons.add("does not run on premises");
        }
        if (!kubernetesAvailable && tool.needsKubernetes()) {
            reasons.add("needs Kubernetes");
        }
        return reasons;
    }

    /** Both sets of constraints at once: the stricter of each. */
    public ToolConstraints and(ToolConstraints other) {
        return new ToolConstraints(
                openSourceOnly || other.openSourceOnly,
                onPremisesOnly || other.onPremisesOnly,
                kubernetesAvailable && other.kubernetesAvailable);
    }
}
