package org.mlopsconsole.app.livevote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.mlopsconsole.assessment.Question;

/**
 * A participant's device over real HTTP, as the voting page behaves: its own session cookie, the
 * page's Origin and the token header on every POST.
 */
final class LiveVoteDevice {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String joinUrl;
    private final String origin;
    private final String token;
    private String cookie = "";

    LiveVoteDevice(String joinUrl) {
        this.joinUrl = joinUrl;
        URI uri = URI.create(joinUrl);
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
        this.token = uri.getPath().split("/")[2];
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(joinUrl + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, origin, token);
    }

    /** A POST with the Origin and token header given (null: left out). */
    HttpResponse<String> post(String path, String json, String withOrigin, String withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(joinUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withOrigin != null) {
            request.header("Origin", withOrigin);
        }
        if (withToken != null) {
            request.header(LiveVoteServer.TOKEN_HEADER, withToken);
        }
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("Set-Cookie").ifPresent(set -> cookie = set.substring(0, set.indexOf(';')));
        return response;
    }

    HttpResponse<String> join(String code) throws Exception {
        return post("api/join", "{\"code\":\"" + code + "\"}");
    }

    /** Joins with the code and picks participant {@code participantId}; fails unless both work. */
    LiveVoteDevice joinAs(String code, long participantId) throws Exception {
        expectOk(join(code));
        expectOk(post("api/identify", "{\"participantId\":" + participantId + "}"));
        return this;
    }

    HttpResponse<String> vote(Question question, String seen, String rating, String note) throws Exception {
        return post(
                "api/vote",
                "{\"questionId\":\"" + question.id() + "\",\"seenRating\":\"" + seen + "\",\"rating\":\"" + rating
                        + "\",\"seenNote\":\"\",\"note\":\"" + note + "\"}");
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200, got " + response.statusCode() + ": " + response.body());
        }
    }
}
