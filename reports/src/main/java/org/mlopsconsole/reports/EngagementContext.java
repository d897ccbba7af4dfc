package org.mlopsconsole.reports;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciCheck;
import org.mlopsconsole.assessment.roles.RaciReport;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolCoverage;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.assessment.tools.ToolSuggestions;

/**
 * What the engagement mapped beside the assessment: who does what (the RACI and its check), with
 * which tools (the inventory, its coverage of the components C1–C9 and the catalog's suggestions
 * for the gaps), and the challenges it faces. Each part is empty when it was not mapped; reports
 * say so instead of printing an empty grid.
 */
public record EngagementContext(Optional<CheckedRaci> raci, Optional<Tools> tools, ChallengeRegister challenges) {

    /** A RACI with what the {@link RaciCheck} found in it. */
    public record CheckedRaci(Raci grid, RaciReport check) {

        /** {@code grid} checked with the default limits, as the CLI and the app check it. */
        public static CheckedRaci of(Raci grid) {
            return new CheckedRaci(grid, RaciCheck.withDefaultLimits().check(grid));
        }
    }

    /** An inventory with its coverage matrix and the suggestions for its gaps. */
    public record Tools(ToolInventory inventory, ToolCoverage coverage, List<ToolSuggestion> suggestions) {

        public Tools {
            suggestions = List.copyOf(suggestions);
        }

        /**
         * The coverage of {@code inventory} and the bundled catalog's suggestions under the
         * inventory's own constraints.
         */
        public static Tools of(ToolInventory inventory) {
            ToolCoverage coverage = ToolCoverage.of(inventory);
            return new Tools(
                    inventory,
                    coverage,
                    ToolSuggestions.forGaps(coverage, inventory, ToolCatalog.bundled(), inventory.constraints()));
        }
    }

    public EngagementContext {
        raci = raci == null ? Optional.empty() : raci;
        tools = tools == null ? Optional.empty() : tools;
        challenges = challenges == null ? new ChallengeRegister(List.of()) : challenges;
    }

    /** Nothing mapped. */
    public static EngagementContext empty() {
        return new EngagementContext(Optional.empty(), Optional.empty(), new ChallengeRegister(List.of()));
    }

    /** The RACI checked, the inventory's coverage and suggestions computed, as the app shows them. */
    public static EngagementContext of(
            Optional<Raci> raci, Optional<ToolInventory> inventory, ChallengeRegister challenges) {
        return new EngagementContext(raci.map(CheckedRaci::of), inventory.map(Tools::of), challenges);
    }

    /** No RACI, no inventory and no challenge. */
    public boolean isEmpty() {
        return raci.isEmpty() && tools.isEmpty() && challenges.entries().isEmpty();
    }
}
