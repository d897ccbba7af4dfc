package org.mlopsconsole.app.livevote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Participant;

/** The live vote's server over real HTTP: what a participant's browser sends, and what is refused. */
@Timeout(60)
class LiveVoteServerTest {

    @TempDir
    Path dir;

    private LiveVoteWorkspace workspace;
    private LiveVoteServer server;
    private final List<LiveVoteEvent> events = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void serve() {
        workspace = new LiveVoteWorkspace(dir.resolve("ws"));
        server = start(LiveVoteOptions.defaults());
    }

    private LiveVoteServer start(LiveVoteOptions options) {
        LiveVote vote = workspace.vote(options);
        vote.addListener(event -> {
            synchronized (events) {
                events.add(event);
            }
        });
        return LiveVoteServer.start(vote);
    }

    @AfterEach
    void stop() {
        server.close();
        workspace.close();
    }

    /** A device of the participant {@code name}, joined with the code. */
    private LiveVoteDevice joined(String name) throws Exception {
        return device().joinAs(
                        server.vote().secrets().code(),
                        workspace.participant(name).id());
    }

    private LiveVoteDevice device() {
        return new LiveVoteDevice(server.joinUrl());
    }

    @Test
    void aParticipantJoinsWithTheCodePicksTheirNameAndTheirVoteIsSavedAsTheirRating() throws Exception {
        LiveVoteDevice bruno = device();
        assertThat(bruno.get("api/state").body()).contains("\"stage\":\"code\"");

        HttpResponse<String> joined = bruno.post(
                "api/join", "{\"code\":\"" + server.vote().secrets().shownCode().toLowerCase() + "\"}");
        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(joined.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(LiveVoteServer.SESSION_COOKIE + "=")
                .contains(
                        "HttpOnly",
                        "SameSite=Strict",
                        "Path=/v/" + server.vote().secrets().token() + "/");
        assertThat(bruno.get("api/state").body())
                .contains("\"stage\":\"name\"", "\"name\":\"Bruno\"", "\"name\":\"Chen\"");

        long brunoId = workspace.participant("Bruno").id();
        assertThat(bruno.post("api/identify", "{\"participantId\":" + brunoId + "}")
                        .statusCode())
                .isEqualTo(200);
        Question first = workspace.question(0);
        assertThat(bruno.get("api/state").body())
                .contains("\"stage\":\"vote\"", "\"questionId\":\"" + first.id() + "\"", "\"code\":\"FI\"");

        HttpResponse<String> voted = bruno.vote(first, "", "LI", "We retrain by hand");

        assertThat(voted.statusCode()).as(voted.body()).isEqualTo(200);
        assertThat(workspace.saved("Bruno", first)).contains(Rating.LI);
        assertThat(workspace.savedNote("Bruno", first)).contains("We retrain by hand");
        assertThat(events)
                .contains(new LiveVoteEvent.Voted(
                        workspace.participant("Bruno"),
                        first.id(),
                        Optional.of(Rating.LI),
                        Optional.of("We retrain by hand")));
    }

    @Test
    void aVoteBasedOnARatingChangedMeanwhileIsAConflictAndSavesNothing() throws Exception {
        LiveVoteDevice chen = joined("Chen");
        Question first = workspace.question(0);
        Participant participant = workspace.participant("Chen");
        workspace.assessments.rate(
                participant.id(), first.id(), Optional.empty(), Optional.of(Rating.PI)); // the facilitator

        HttpResponse<String> voted = chen.vote(first, "", "FI", "");

        assertThat(voted.statusCode()).isEqualTo(409);
        assertThat(voted.body()).contains("changed on the facilitator's screen");
        assertThat(workspace.saved("Chen", first)).contains(Rating.PI);
    }

    @Test
    void facilitatorPacedAVoteOnAnotherQuestionThanTheFacilitatorsIsRefused() throws Exception {
        LiveVoteDevice dara = joined("Dara");
        server.vote().follow(workspace.question(1).id());

        assertThat(dara.vote(workspace.question(0), "", "FI", "").statusCode()).isEqualTo(409);
        assertThat(dara.get("api/state").body())
                .contains("\"questionId\":\"" + workspace.question(1).id() + "\"");
        assertThat(dara.vote(workspace.question(1), "", "NI", "").statusCode()).isEqualTo(200);
    }

    @Test
    void aNameTakenByAnotherDeviceCannotBePickedAgain() throws Exception {
        joined("Bruno");
        LiveVoteDevice other = device();
        other.post("api/join", "{\"code\":\"" + server.vote().secrets().code() + "\"}");

        HttpResponse<String> claimed = other.post(
                "api/identify",
                "{\"participantId\":" + workspace.participant("Bruno").id() + "}");

        assertThat(claimed.statusCode()).isEqualTo(409);
        assertThat(claimed.body()).contains("Bruno has joined from another device already");
        assertThat(other.get("api/state").body()).contains("\"taken\":true");
    }

    @Test
    void inAnonymousModeEachDeviceJoinsAsANewParticipant() throws Exception {
        server.close();
        server = start(LiveVoteOptions.defaults().withAnonymous(true));
        LiveVoteDevice first = device();
        LiveVoteDevice second = device();

        first.post("api/join", "{\"code\":\"" + server.vote().secrets().code() + "\"}");
        second.post("api/join", "{\"code\":\"" + server.vote().secrets().code() + "\"}");

        assertThat(first.get("api/state").body()).contains("\"name\":\"Anonymous 1\"");
        assertThat(second.get("api/state").body()).contains("\"name\":\"Anonymous 2\"");
        assertThat(workspace.assessments.participants(workspace.assessment.id()))
                .extracting(Participant::name)
                .containsExactly("Bruno", "Chen", "Dara", "Anonymous 1", "Anonymous 2");
    }

    @Test
    void selfPacedAParticipantMovesThroughTheQuestionsOnTheirOwn() throws Exception {
        server.close();
        server = start(LiveVoteOptions.defaults().withSelfPaced(true));
        LiveVoteDevice bruno = joined("Bruno");

        assertThat(bruno.get("api/state?index=2").body())
                .contains("\"questionId\":\"" + workspace.question(2).id() + "\"", "\"selfPaced\":true");
        assertThat(bruno.vote(workspace.question(2), "", "PI", "").statusCode()).isEqualTo(200);
        assertThat(bruno.get("api/state?index=2").body()).contains("\"rating\":\"PI\"", "\"rated\":1");
    }

    // --- refusals ---------------------------------------------------------------------------------

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = device().get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"app.js\"", "Join code").doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'self'");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(device().get("app.js").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/javascript");
    }

    @Test
    void aRequestWithoutTheTokenOrWithAnotherIsNotFound() throws Exception {
        String origin = server.origin();
        for (String path : List.of(
                "/",
                "/v/",
                "/v/" + "A".repeat(43) + "/",
                "/v/" + "A".repeat(43) + "/api/state",
                "/openapi.json",
                "/v2/health/live")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aPostFromAForeignOriginOrWithoutTheTokenHeaderIsRefusedAndSavesNothing() throws Exception {
        LiveVoteDevice bruno = joined("Bruno");
        Question first = workspace.question(0);
        String vote = "{\"questionId\":\"" + first.id() + "\",\"seenRating\":\"\",\"rating\":\"FI\"}";
        String token = server.vote().secrets().token();

        assertThat(bruno.post("api/vote", vote, "http://evil.example", token).statusCode())
                .isEqualTo(403);
        assertThat(bruno.post("api/vote", vote, null, token).statusCode()).isEqualTo(403);
        assertThat(bruno.post("api/vote", vote, server.origin(), null).statusCode())
                .isEqualTo(403);
        assertThat(bruno.post("api/vote", vote, server.origin(), "A".repeat(43)).statusCode())
                .isEqualTo(403);
        assertThat(workspace.saved("Bruno", first)).isEmpty();
        assertThat(device().post(
                                "api/join",
                                "{\"code\":\"" + server.vote().secrets().code() + "\"}",
                                "http://evil.example",
                                token)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        String path = "/v/" + server.vote().secrets().token() + "/api/state";
        assertThat(rawStatus(path, "rebound.example:" + server.port())).isEqualTo(403);
        assertThat(rawStatus(path, "127.0.0.1:" + server.port())).isEqualTo(200);
    }

    /** The status line of a GET with the Host header given (java.net.http sets its own). */
    private int rawStatus(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void wrongCodesAreLimitedPerClientAndThenEvenTheRightOneWaits() throws Exception {
        LiveVoteDevice guesser = device();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.post("api/join", "{\"code\":\"222222\"}").statusCode())
                    .isEqualTo(403);
        }
        HttpResponse<String> right = guesser.post(
                "api/join", "{\"code\":\"" + server.vote().secrets().code() + "\"}");

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Too many wrong codes");
    }

    @Test
    void aClientOverItsRequestRateIsAnswered429WithRetryAfter() throws Exception {
        server.close();
        server = start(LiveVoteOptions.defaults()
                .withLimits(new RateLimits(
                        new RateLimiter.Rule(3, Duration.ofMinutes(1)), RateLimits.DEFAULT.wrongCodes())));
        LiveVoteDevice device = device();
        for (int i = 0; i < 3; i++) {
            assertThat(device.get("api/state").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = device.get("api/state");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("60");
    }

    @Test
    void anEndedVoteAnswersGoneThenClosesItsPort() throws Exception {
        LiveVoteDevice bruno = joined("Bruno");
        server.end();

        assertThat(bruno.get("api/state").statusCode()).isEqualTo(410);
        assertThat(bruno.vote(workspace.question(0), "", "FI", "").statusCode()).isEqualTo(410);
        assertThat(workspace.saved("Bruno", workspace.question(0))).isEmpty();
        assertThat(events).contains(new LiveVoteEvent.Ended());

        server.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bruno.get("api/state"))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aWildcardAddressIsRefusedWithAClearMessage() {
        LiveVote vote = workspace.vote(LiveVoteOptions.defaults().withHost("0.0.0.0"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LiveVoteServer.start(vote))
                .hasMessageContaining("choose one address");
    }
}
