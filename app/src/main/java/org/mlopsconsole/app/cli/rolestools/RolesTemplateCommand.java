package org.mlopsconsole.app.cli.rolestools;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.assessment.AtomicFiles;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Raci;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "template",
        description = {
            "Write a starting RACI for a small, medium or large organization, to edit and check.",
            "small: four of the survey's common profiles; medium: five of Kreuzberger et al.'s roles; large: all"
                    + " seven. Each covers the fifteen lifecycle activities and passes 'roles check'; add the people."
        },
        mixinStandardHelpOptions = true)
final class RolesTemplateCommand implements Callable<Integer> {

    @Option(names = "--size", required = true, paramLabel = "small|medium|large", description = "Organization size.")
    private String size;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The RACI file to write.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        OrganizationSize chosen = OrganizationSize.of(size)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--size': '" + size + "'; use small, medium or large"));
        Path written = AtomicFiles.write(out, chosen.templateJson());
        Raci template = chosen.template();
        spec.commandLine()
                .getOut()
                .println("RACI template (" + chosen.code() + ") written to " + written + " ("
                        + template.roles().size() + " roles, "
                        + template.activities().size() + " activities)");
        return CommandLineApp.EXIT_OK;
    }
}
