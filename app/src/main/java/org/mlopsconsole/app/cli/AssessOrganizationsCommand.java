package org.mlopsconsole.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.assessment.OrganizationRollups;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mlops-console assess organizations}: the ids {@code report --organization-rollup} takes. */
@Command(
        name = "organizations",
        description = "List the workspace's organizations (ids for report --organization-rollup), their teams and"
                + " the models of the teams' latest assessments.")
public final class AssessOrganizationsCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            List<OrganizationRollups.Overview> overviews =
                    new OrganizationRollups(opened.engagements(), opened.assessments()).overviews();
            PrintWriter out = spec.commandLine().getOut();
            if (overviews.isEmpty()) {
                out.println(
                        "No organizations yet: create one with 'org create NAME' or in the desktop app's Assessments section.");
                return CommandLineApp.EXIT_OK;
            }
            out.printf(
                    Locale.ROOT,
                    "%5s  %-24s  %5s  %8s  %s%n",
                    "ID",
                    "ORGANIZATION",
                    "TEAMS",
                    "ASSESSED",
                    "LATEST MODELS");
            for (OrganizationRollups.Overview overview : overviews) {
                out.printf(
                        Locale.ROOT,
                        "%5d  %-24s  %5d  %8d  %s%s%n",
                        overview.organization().id(),
                        overview.organization().name(),
                        overview.teams(),
                        overview.assessedTeams(),
                        overview.latestModels().isEmpty() ? "-" : OrganizationRollups.describe(overview.latestModels()),
                        overview.organization().archived() ? " (archived)" : "");
            }
        }
        return CommandLineApp.EXIT_OK;
    }
}
