package org.mlopsconsole.app.cli.engagement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Owner;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.Plans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assess follow-up} and {@code assess plan}: what an assessment leads to. */
public final class FollowThroughCommands {

    private FollowThroughCommands() {}

    @Command(
            name = "follow-up",
            description = {
                "Start a follow-up of an assessment: same team, model, facilitator, participants and targets,",
                "with the plan items not done yet; prints the new id. Comparisons default to the previous one."
            })
    public static final class FollowUp implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The assessment it follows ('assess list').")
        private long id;

        @Option(names = "--title", paramLabel = "T", description = "Default: \"<previous title> follow-up\".")
        private String title;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        private LocalDate date;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            long created = OpenedWorkspace.with(workspace, opened -> {
                Assessment previous = opened.assessments().assessment(id);
                return opened.plans()
                        .startFollowUp(
                                id,
                                title == null ? Plans.followUpTitle(previous) : title,
                                date == null ? LocalDate.now() : date)
                        .id();
            });
            spec.commandLine().getOut().println(created);
            return CommandLineApp.EXIT_OK;
        }
    }

    /** The output formats of {@code assess plan}. */
    enum Format {
        text,
        json
    }

    @Command(name = "plan", description = "Print an assessment's improvement plan, by phase (text) or whole (json).")
    public static final class Plan implements Callable<Integer> {

        private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        @Parameters(paramLabel = "ID", description = "The assessment ('assess list').")
        private long id;

        @Option(
                names = "--format",
                defaultValue = "text",
                paramLabel = "FORMAT",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        private Format format;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ImprovementPlan plan =
                    OpenedWorkspace.with(workspace, opened -> opened.plans().plan(id));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.print(MAPPER.writeValueAsString(json(id, plan)) + "\n");
            } else {
                printText(out, plan);
            }
            out.flush();
            return CommandLineApp.EXIT_OK;
        }

        private static void printText(PrintWriter out, ImprovementPlan plan) {
            if (plan.isEmpty()) {
                out.println("The plan has no items yet: draft them from the roadmap in the app's Plan tab.");
                return;
            }
            for (Map.Entry<Phase, List<PlanItem>> phase : plan.byPhase().entrySet()) {
                if (phase.getValue().isEmpty()) {
                    continue;
                }
                out.println(phase.getKey().label());
                for (PlanItem item : phase.getValue()) {
                    out.println("  [" + item.status().label() + "] " + item.title()
                            + (item.quickWin() ? " (quick win)" : ""));
                    out.println("      owner " + item.owner().shown() + " · effort "
                            + item.effort().code() + " · due "
                            + item.due().map(LocalDate::toString).orElse("not set") + " · " + item.id());
                }
            }
        }

        private static ObjectNode json(long assessmentId, ImprovementPlan plan) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("assessment", assessmentId);
            ArrayNode items = root.putArray("items");
            for (PlanItem item : plan.items()) {
                ObjectNode node = items.addObject();
                node.put("id", item.id());
                node.put("title", item.title());
                ArrayNode questions = node.putArray("questions");
                item.questionIds().forEach(questions::add);
                ObjectNode owner = node.putObject("owner");
                owner.put("kind", ownerKind(item.owner()));
                if (!(item.owner() instanceof Owner.Unassigned)) {
                    owner.put("name", item.owner().shown());
                }
                node.put("status", item.status().code());
                item.due().ifPresentOrElse(due -> node.put("due", due.toString()), () -> node.putNull("due"));
                node.put("effort", item.effort().code());
                node.put("phase", item.phase().code());
                node.put("quickWin", item.quickWin());
                node.put("notes", item.notes());
            }
            return root;
        }

        private static String ownerKind(Owner owner) {
            if (owner instanceof Owner.Person) {
                return "person";
            }
            return owner instanceof Owner.Role ? "role" : "unassigned";
        }
    }
}
