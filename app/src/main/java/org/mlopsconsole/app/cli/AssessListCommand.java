package org.mlopsconsole.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.assessment.AssessmentDirectory;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mlops-console assess list}: the workspace's assessments with the ids other commands take. */
@Command(name = "list", description = "List the workspace's assessments (ids for report --assessment).")
public final class AssessListCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
            List<AssessmentDirectory.Entry> entries = new AssessmentDirectory(opened).all();
            PrintWriter out = spec.commandLine().getOut();
            if (entries.isEmpty()) {
                out.println(
                        "No assessments yet: create one with 'assess create --team ID --model ID' or in the desktop app's Assessments section.");
                return CommandLineApp.EXIT_OK;
            }
            out.printf(
                    Locale.ROOT,
                    "%5s  %-10s  %-16s  %-24s  %-24s  %-11s  %s%n",
                    "ID",
                    "DATE",
                    "MODEL",
                    "ORGANIZATION",
                    "TEAM",
                    "STATUS",
                    "TITLE");
            for (AssessmentDirectory.Entry entry : entries) {
                var a = entry.assessment();
                out.printf(
                        Locale.ROOT,
                        "%5d  %-10s  %-16s  %-24s  %-24s  %-11s  %s%s%n",
                        a.id(),
                        a.date(),
                        a.modelId(),
                        entry.organization().name(),
                        entry.team().name(),
                        a.status().label(),
                        a.title(),
                        a.archived() ? " (archived)" : "");
            }
        }
        return CommandLineApp.EXIT_OK;
    }
}
