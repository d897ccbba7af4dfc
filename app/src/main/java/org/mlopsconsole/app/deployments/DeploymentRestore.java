package org.mlopsconsole.app.deployments;

import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.app.deployments.DeploymentMemory.ServerSettings;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ServerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings back, when the app starts, the deployments and the server the user had when it last
 * closed, and says what it did: the Deployments section shows that sentence.
 */
public final class DeploymentRestore {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentRestore.class);

    private DeploymentRestore() {}

    /** Runs on the caller's thread (the app's background executor); returns what it did, or "". */
    public static String restore(LocalRuntime runtime, RuntimeServerControl server, DeploymentMemory memory) {
        DeploymentMemory.State state = memory.load();
        List<String> done = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> deployed = new ArrayList<>();
        for (String model : state.deployed()) {
            if (!runtime.repository().contains(model)) {
                problems.add(model + " is no longer in the repository");
                memory.undeployed(model);
                continue;
            }
            try {
                List<ModelState> states = runtime.load(model).join();
                if (states.stream().anyMatch(ModelState::ready)) {
                    deployed.add(model);
                } else {
                    problems.add(model + " did not load: " + reasons(states));
                }
            } catch (RuntimeException e) {
                problems.add(model + " did not load: " + Failures.message(e));
            }
        }
        if (!deployed.isEmpty()) {
            done.add("deployed " + String.join(", ", deployed));
        }
        state.server().ifPresent(settings -> restartServer(server, settings, done, problems));
        if (done.isEmpty() && problems.isEmpty()) {
            return "";
        }
        String summary = "Restored from the last session: " + (done.isEmpty() ? "nothing" : String.join("; ", done))
                + (problems.isEmpty() ? "" : ". Not restored: " + String.join("; ", problems));
        LOG.info("{}", summary);
        return summary;
    }

    private static void restartServer(
            RuntimeServerControl server, ServerSettings settings, List<String> done, List<String> problems) {
        if (settings.withToken()) {
            problems.add("the server asked for a token, which is not stored: start it again with one");
            return;
        }
        try {
            RuntimeServerControl.RunningServer running = server.start(
                    ServerOptions.localDefaults()
                            .withPort(settings.port())
                            .withHostAndToken(settings.host(), java.util.Optional.empty()),
                    settings.grpcPort());
            done.add("the server on " + running.baseUrl()
                    + running.grpcTarget()
                            .map(target -> " (gRPC " + target + ")")
                            .orElse(""));
        } catch (RuntimeException e) {
            problems.add("the server on " + settings.host() + ":" + settings.port()
                    + (settings.grpcPort().isPresent()
                            ? " (gRPC " + settings.grpcPort().getAsInt() + ")"
                            : "")
                    + " did not start: "
                    + Failures.message(e));
        }
    }

    private static String reasons(List<ModelState> states) {
        return String.join("; ", states.stream().map(ModelState::reason).toList());
    }
}
