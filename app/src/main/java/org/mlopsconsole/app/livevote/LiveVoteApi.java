package org.mlopsconsole.app.livevote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.app.livevote.LiveVote.ClaimOutcome;
import org.mlopsconsole.app.livevote.LiveVote.JoinOutcome;
import org.mlopsconsole.app.livevote.LiveVote.QuestionState;
import org.mlopsconsole.app.livevote.LiveVote.VoteOutcome;
import org.mlopsconsole.app.livevote.LiveVoteServer.Refusal;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.workspace.Participant;

/**
 * The voting page's JSON API: {@code GET api/state} says what the device shows (the join code
 * form, the names to pick, or the question with the device's own answer); {@code POST api/join},
 * {@code api/identify} and {@code api/vote} change it. Errors are {@code {"error": "..."}}.
 */
final class LiveVoteApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveVote vote;
    private final LiveVoteServer server;

    LiveVoteApi(LiveVote vote, LiveVoteServer server) {
        this.vote = vote;
        this.server = server;
    }

    void register(RoutesConfig routes, String prefix) {
        routes.get(prefix + "/api/state", this::state);
        routes.post(prefix + "/api/join", this::join);
        routes.post(prefix + "/api/identify", this::identify);
        routes.post(prefix + "/api/vote", this::vote);
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    private static void ok(Context ctx, JsonNode body) {
        ctx.status(200).contentType("application/json").result(body.toString());
    }

    // --- GET api/state ------------------------------------------------------------------------

    private void state(Context ctx) {
        String session = ctx.cookie(LiveVoteServer.SESSION_COOKIE);
        ObjectNode body = JSON.createObjectNode();
        body.put("model", vote.model().name());
        if (!vote.knows(session)) {
            ok(ctx, body.put("stage", "code"));
            return;
        }
        Optional<Participant> participant = vote.participantOf(session);
        if (participant.isEmpty()) {
            ArrayNode choices = body.put("stage", "name").putArray("choices");
            vote.choices()
                    .forEach(choice -> choices.addObject()
                            .put("id", choice.participant().id())
                            .put("name", choice.participant().name())
                            .put("taken", choice.taken()));
            ok(ctx, body);
            return;
        }
        body.put("stage", "vote");
        body.put("name", participant.get().name());
        body.put("selfPaced", vote.options().selfPaced());
        QuestionState state = vote.question(participant.get(), index(ctx.queryParam("index")));
        body.put("index", state.index());
        body.put("count", state.count());
        body.put("rated", state.rated());
        body.put("questionId", state.question().id());
        body.put("dimension", state.dimension());
        body.put("level", state.level());
        body.put("text", state.question().text());
        body.put("guidance", state.question().guidance());
        body.put("rating", state.rating().map(Rating::name).orElse(""));
        body.put("note", state.note().orElse(""));
        RatingScale scale = vote.model().ratingScale();
        ArrayNode ratings = body.putArray("ratings");
        for (Rating rating : scale.lowestFirst()) {
            ratings.addObject()
                    .put("code", rating.name())
                    .put("shown", scale.shown(rating))
                    .put("label", scale.label(rating));
        }
        ok(ctx, body);
    }

    private static OptionalInt index(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,4}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(parameter));
    }

    // --- POST api/join, api/identify, api/vote --------------------------------------------------

    private void join(Context ctx) {
        String address = ctx.ip();
        if (!server.mayTryCode(address)) {
            throw new Refusal(429, "Too many wrong codes from this device; wait a minute and try again.");
        }
        JoinOutcome outcome = vote.join(text(body(ctx), "code"), server.newSessionId());
        if (outcome instanceof JoinOutcome.Joined joined) {
            ctx.header("Set-Cookie", server.sessionCookie(joined.sessionId()));
            ok(ctx, JSON.createObjectNode().put("stage", joined.participant().isPresent() ? "vote" : "name"));
        } else if (outcome instanceof JoinOutcome.Full) {
            throw new Refusal(503, "This live vote is full.");
        } else {
            server.wrongCode(address);
            throw new Refusal(403, "That is not the join code; check it on the facilitator's screen.");
        }
    }

    private void identify(Context ctx) {
        String session = ctx.cookie(LiveVoteServer.SESSION_COOKIE);
        if (!vote.knows(session)) {
            throw new Refusal(401, "Join with the code first.");
        }
        JsonNode participantId = body(ctx).path("participantId");
        if (!participantId.canConvertToLong()) {
            throw new Refusal(400, "Pick your name from the list.");
        }
        ClaimOutcome outcome = vote.claim(session, participantId.asLong());
        if (outcome instanceof ClaimOutcome.Taken taken) {
            throw new Refusal(
                    409,
                    taken.name() + " has joined from another device already. Pick your own name, or ask the"
                            + " facilitator.");
        }
        if (!(outcome instanceof ClaimOutcome.Claimed)) {
            throw new Refusal(404, "That name is not in this assessment.");
        }
        ok(ctx, JSON.createObjectNode().put("stage", "vote"));
    }

    private void vote(Context ctx) {
        Participant participant = vote.participantOf(ctx.cookie(LiveVoteServer.SESSION_COOKIE))
                .orElseThrow(() -> new Refusal(401, "Join with the code and pick your name first."));
        JsonNode body = body(ctx);
        VoteOutcome outcome = vote.vote(
                participant,
                text(body, "questionId"),
                rating(body, "seenRating"),
                rating(body, "rating"),
                text(body, "seenNote"),
                text(body, "note"));
        if (outcome instanceof VoteOutcome.Saved saved) {
            ok(
                    ctx,
                    JSON.createObjectNode()
                            .put("rating", saved.rating().map(Rating::name).orElse(""))
                            .put("note", saved.note().orElse("")));
        } else if (outcome instanceof VoteOutcome.Conflict conflict) {
            throw new Refusal(409, conflict.message());
        } else if (outcome instanceof VoteOutcome.Moved) {
            throw new Refusal(409, "The facilitator has moved on to another question; here it is.");
        } else {
            throw new Refusal(400, ((VoteOutcome.Refused) outcome).message());
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new Refusal(400, "Send a JSON object.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "Send a JSON object.");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    private static Optional<Rating> rating(JsonNode body, String field) {
        String code = text(body, field);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Rating.parse(code).orElseThrow(() -> new Refusal(400, "No rating " + code + ".")));
    }
}
