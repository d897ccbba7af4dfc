package org.mlopsconsole.app.cli.workshop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mlopsconsole.app.cli.CommandLineApp;
import org.mlopsconsole.app.cli.UserInputException;
import org.mlopsconsole.app.cli.WorkspaceCommand;
import org.mlopsconsole.app.cli.WorkspaceOption;
import org.mlopsconsole.app.livevote.JoinQrCode;
import org.mlopsconsole.app.livevote.JoinSecrets;
import org.mlopsconsole.app.livevote.LiveVote;
import org.mlopsconsole.app.livevote.LiveVoteEvent;
import org.mlopsconsole.app.livevote.LiveVoteOptions;
import org.mlopsconsole.app.livevote.LiveVoteServer;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "workshop",
        description = "Run a workshop's live vote: participants vote from their own phones and laptops.",
        mixinStandardHelpOptions = true,
        subcommands = {WorkshopCommand.Serve.class})
public final class WorkshopCommand {

    private WorkshopCommand() {}

    @Command(
            name = "serve",
            description = {
                "Open a live vote on an assessment and serve it until Ctrl+C.",
                "Prints the join link (with its token) as the first line and the join code as the second;"
                        + " participants open the link and type the code. Votes are saved as the participants'"
                        + " ratings and notes. In a terminal, type n (next), p (previous) or a question number"
                        + " to move the room's question."
            })
    static final class Serve implements Callable<Integer> {

        @Option(
                names = "--assessment",
                required = true,
                paramLabel = "ID",
                description = "The assessment ('assess list' gives the ids).")
        private long assessment;

        @Option(
                names = "--host",
                paramLabel = "ADDR",
                description = "The address to listen on (default: " + LiveVoteOptions.LOOPBACK
                        + ", this computer only); give this computer's address on the room's network for phones.")
        private String host = LiveVoteOptions.LOOPBACK;

        @Option(names = "--port", paramLabel = "N", description = "The port (default: 0, a free one).")
        private int port;

        @Option(
                names = "--anonymous",
                description = "Participants join without a name (each device is added as" + " \"Anonymous N\").")
        private boolean anonymous;

        @Option(names = "--self-paced", description = "Participants go through the questions at their own pace.")
        private boolean selfPaced;

        @Mixin
        private WorkspaceOption workspace;

        @Spec
        private CommandSpec spec;

        private final CountDownLatch stopped = new CountDownLatch(1);
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LiveVoteOptions options = options();
            boolean interrupted = false;
            try (Workspace opened = WorkspaceCommand.open(workspace.location())) {
                LiveVote vote = new LiveVote(
                        assessment,
                        AssessmentModels.of(opened.assessments().assessment(assessment)),
                        opened.assessments(),
                        options,
                        JoinSecrets.generate());
                vote.addListener(event -> report(event, err));
                LiveVoteServer server = start(vote);
                Thread shutdown = new Thread(this::stopAndAwaitClosing, "live-vote-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdown);
                try {
                    out.println(server.joinUrl());
                    out.println(vote.secrets().shownCode());
                    out.flush();
                    err.print(JoinQrCode.of(server.joinUrl()).toText());
                    err.println("Live vote of assessment " + assessment + " open; press Ctrl+C to end it.");
                    err.flush();
                    followTheTerminal(vote, err);
                    interrupted = awaitStop();
                } finally {
                    server.close();
                    removeHook(shutdown);
                }
            } finally {
                closed.countDown();
            }
            if (interrupted) {
                // restored only now: neither Jetty nor H2 closes cleanly on an interrupted thread
                Thread.currentThread().interrupt();
            }
            return CommandLineApp.EXIT_OK;
        }

        private LiveVoteOptions options() {
            try {
                return LiveVoteOptions.defaults()
                        .withHost(host)
                        .withPort(port)
                        .withAnonymous(anonymous)
                        .withSelfPaced(selfPaced);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }

        private LiveVoteServer start(LiveVote vote) {
            try {
                return LiveVoteServer.start(vote);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new UserInputException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }

        /** Ctrl+C: lets {@link #call()} end the vote and close the workspace before the JVM exits. */
        private void stopAndAwaitClosing() {
            stopped.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** True when interrupted (the caller stopping it; Ctrl+C runs the shutdown hook instead). */
        private boolean awaitStop() {
            try {
                stopped.await();
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        }

        private static void removeHook(Thread shutdown) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook runs anyway
            }
        }

        private static void report(LiveVoteEvent event, PrintWriter err) {
            if (event instanceof LiveVoteEvent.Joined joined) {
                err.println(joined.participant().name() + " joined");
            } else if (event instanceof LiveVoteEvent.Voted voted) {
                err.println(voted.participant().name() + " rated " + voted.questionId() + " "
                        + voted.rating().map(Enum::name).orElse("(cleared)"));
            }
            err.flush();
        }

        /** Facilitator-paced from a terminal: n, p or a question number move the room's question. */
        private static void followTheTerminal(LiveVote vote, PrintWriter err) {
            if (vote.options().selfPaced() || System.console() == null) {
                return;
            }
            List<Question> questions = vote.model().questions().toList();
            Thread reader = new Thread(
                    () -> {
                        BufferedReader in =
                                new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
                        try {
                            for (String line; (line = in.readLine()) != null; ) {
                                int index = questions.indexOf(vote.currentQuestion());
                                index = next(line.strip(), index, questions.size());
                                vote.follow(questions.get(index).id());
                                err.println("Question " + (index + 1) + " of " + questions.size() + ": "
                                        + questions.get(index).text());
                                err.flush();
                            }
                        } catch (IOException e) {
                            // the terminal went away: keep serving until Ctrl+C
                        }
                    },
                    "live-vote-terminal");
            reader.setDaemon(true);
            reader.start();
        }

        static int next(String typed, int index, int count) {
            if (typed.equalsIgnoreCase("n") || typed.isEmpty()) {
                return Math.min(count - 1, index + 1);
            }
            if (typed.equalsIgnoreCase("p")) {
                return Math.max(0, index - 1);
            }
            if (typed.matches("\\d{1,4}")) {
                return Math.max(0, Math.min(count - 1, Integer.parseInt(typed) - 1));
            }
            return index;
        }
    }
}
