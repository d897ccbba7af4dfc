// The live vote's page: join with the code, pick a name, vote. Talks only to its own server.
"use strict";
(function () {
  const base = location.pathname.endsWith("/") ? location.pathname : location.pathname + "/";
  const token = base.split("/")[2];
  const POLL_MILLIS = 1500;
  let state = null;
  let wantedIndex = 0;
  let shownQuestion = null;
  let timer = null;
  let busy = false;

  const $ = (id) => document.getElementById(id);

  function show(step) {
    for (const id of ["join-step", "name-step", "vote-step", "ended-step"]) {
      $(id).hidden = id !== step;
    }
  }

  function say(text, problem) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("problem", Boolean(problem));
  }

  async function call(method, path, body) {
    const options = { method, credentials: "same-origin", headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.headers["X-Live-Vote-Token"] = token;
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(base + "api/" + path, options);
    } catch (e) {
      return { status: 0, body: { error: "The facilitator's computer cannot be reached; the vote may have ended." } };
    }
    let json = {};
    try { json = await response.json(); } catch (e) { json = {}; }
    if (response.status === 410) {
      ended();
    }
    return { status: response.status, body: json };
  }

  function ended() {
    clearInterval(timer);
    show("ended-step");
    say("");
  }

  async function refresh() {
    if (busy) { return; }
    const query = state && state.stage === "vote" && state.selfPaced ? "?index=" + wantedIndex : "";
    const answer = await call("GET", "state" + query);
    if (answer.status === 200) {
      render(answer.body);
    } else if (answer.status !== 410) {
      say(answer.body.error || "Could not reach the facilitator's computer.", true);
    }
  }

  function render(next) {
    state = next;
    if (next.stage === "code") {
      show("join-step");
    } else if (next.stage === "name") {
      renderNames(next.choices);
      show("name-step");
    } else if (next.stage === "vote") {
      renderQuestion(next);
      show("vote-step");
    }
  }

  function renderNames(choices) {
    const list = $("names");
    const signature = JSON.stringify(choices);
    if (list.dataset.signature === signature) { return; }
    list.dataset.signature = signature;
    list.replaceChildren();
    for (const choice of choices) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.id = String(choice.id);
      button.textContent = choice.taken ? choice.name + " (joined)" : choice.name;
      button.disabled = choice.taken;
      button.addEventListener("click", () => identify(choice.id));
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  function renderQuestion(q) {
    $("who").hidden = false;
    $("who").textContent = "Voting as " + q.name;
    $("position").textContent = "Question " + (q.index + 1) + " of " + q.count + " · you rated " + q.rated;
    $("dimension").textContent = q.dimension;
    $("level").textContent = q.level;
    $("level").hidden = !q.level;
    $("question-text").textContent = q.text;
    $("guidance").textContent = q.guidance;
    $("guidance-box").hidden = !q.guidance;
    $("pager").hidden = !q.selfPaced;
    $("previous").disabled = q.index === 0;
    $("next").disabled = q.index === q.count - 1;
    wantedIndex = q.index;
    const ratings = $("ratings");
    if (ratings.childElementCount !== q.ratings.length) {
      ratings.replaceChildren();
      for (const r of q.ratings) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "rating";
        button.dataset.code = r.code;
        const code = document.createElement("span");
        code.className = "code";
        code.textContent = r.shown;
        button.append(code, r.shown === r.label ? "" : r.label);
        button.setAttribute("aria-label", r.label);
        button.addEventListener("click", () => send(r.code));
        ratings.appendChild(button);
      }
    }
    for (const button of ratings.children) {
      button.setAttribute("aria-pressed", String(button.dataset.code === q.rating));
    }
    if (shownQuestion !== q.questionId) {
      shownQuestion = q.questionId;
      $("note").value = q.note;
      $("question-text").focus({ preventScroll: true });
    }
  }

  async function join(event) {
    event.preventDefault();
    const code = $("code").value.trim();
    if (!code) { say("Type the join code first.", true); return; }
    $("join").disabled = true;
    const answer = await call("POST", "join", { code });
    $("join").disabled = false;
    if (answer.status === 200) {
      say("");
      await refresh();
    } else {
      say(answer.body.error || "Could not join.", true);
    }
  }

  async function identify(participantId) {
    const answer = await call("POST", "identify", { participantId });
    if (answer.status === 200) {
      say("");
      await refresh();
    } else {
      say(answer.body.error || "Could not pick that name.", true);
      await refresh();
    }
  }

  async function send(code) {
    if (!state || state.stage !== "vote") { return; }
    busy = true;
    const note = $("note").value;
    const answer = await call("POST", "vote", {
      questionId: state.questionId,
      seenRating: state.rating,
      rating: code === undefined ? state.rating : code,
      seenNote: state.note,
      note,
    });
    busy = false;
    if (answer.status === 200) {
      state.rating = answer.body.rating;
      state.note = answer.body.note;
      say(code === undefined ? "Note saved" : "Saved: " + answer.body.rating);
      await refresh();
    } else if (answer.status !== 410) {
      say(answer.body.error || "Your vote was not saved; try again.", true);
      shownQuestion = null;
      await refresh();
    }
  }

  function move(step) {
    wantedIndex = Math.max(0, Math.min(state.count - 1, state.index + step));
    say("");
    refresh();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("join-form").addEventListener("submit", join);
    $("save-note").addEventListener("click", () => send(undefined));
    $("previous").addEventListener("click", () => move(-1));
    $("next").addEventListener("click", () => move(1));
    $("question-text").tabIndex = -1;
    refresh();
    timer = setInterval(refresh, POLL_MILLIS);
  });
})();
