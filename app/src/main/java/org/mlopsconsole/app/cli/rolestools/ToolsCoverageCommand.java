package org.mlopsconsole.app.cli.rolestools;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.assessment.tools.CoverageFormat;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolCoverage;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.assessment.tools.ToolSuggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "coverage",
        description = {
            "Show which of the nine MLOps components (C1-C9, Kreuzberger et al.) a tool inventory covers, covers"
                    + " partly or misses, and suggest catalog tools for the gaps.",
            "The constraint options add to those in the inventory file. Exit 0 with gaps or without; 1 when the"
                    + " file is invalid (each problem as FILE:LINE:COLUMN: POINTER: message)."
        },
        mixinStandardHelpOptions = true)
final class ToolsCoverageCommand implements Callable<Integer> {

    @Option(names = "--inventory", paramLabel = "FILE", description = "The tool inventory (JSON).")
    private Path inventory;

    @Option(
            names = "--engagement",
            paramLabel = "ID",
            description = "Instead of a file: the inventory stored for this organization of the workspace.")
    private Long engagement;

    @Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--open-source-only", description = "Suggest open-source tools only.")
    private boolean openSourceOnly;

    @Option(names = "--on-premises-only", description = "Suggest tools that run on premises only.")
    private boolean onPremisesOnly;

    @Option(names = "--no-kubernetes", description = "No Kubernetes cluster: leave out tools that need one.")
    private boolean noKubernetes;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ToolInventory tools = EngagementDocument.INVENTORY.fromFileOrEngagement(inventory, engagement, workspace);
        ToolConstraints constraints =
                tools.constraints().and(new ToolConstraints(openSourceOnly, onPremisesOnly, !noKubernetes));
        ToolCoverage coverage = ToolCoverage.of(tools);
        List<ToolSuggestion> suggestions = ToolSuggestions.forGaps(coverage, tools, ToolCatalog.bundled(), constraints);
        String output = format == OutputFormat.json
                ? CoverageFormat.json(tools, coverage, suggestions, constraints)
                : CoverageFormat.text(tools, coverage, suggestions, constraints);
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return CommandLineApp.EXIT_OK;
    }
}
