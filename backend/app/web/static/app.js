// CoachX web app: small, dependency-free scripts for each page. Every request goes to the same
// JSON API that other front ends use; the browser session is an HttpOnly cookie, and every
// request that changes something carries the CSRF token the server put in the page.
"use strict";

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

class ApiError extends Error {
  constructor(status, detail, retryAfter) {
    super(typeof detail === "string" ? detail : "Request failed");
    this.status = status;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }
}

function csrfToken() {
  return $('meta[name="csrf-token"]').content;
}

async function api(path, { method = "GET", body, raw = false } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["X-CSRF-Token"] = csrfToken();
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  if (response.status === 401 && !path.startsWith("/app/session")) {
    window.location.assign("/app/login?expired=1");
    throw new ApiError(401, "Your session has expired.");
  }
  if (!response.ok) {
    const data = await response.json().catch(() => ({}));
    throw new ApiError(response.status, data.detail ?? response.statusText,
      response.headers.get("Retry-After"));
  }
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

// ---- Errors in words a person understands, next to the field they concern ----

function labelOf(form, field) {
  const label = form.querySelector(`label[for="${field}"]`);
  return label ? label.textContent.trim() : "This field";
}

function explain(problem, label) {
  const ctx = problem.ctx || {};
  switch (problem.type) {
    case "missing": return `${label} is required.`;
    case "greater_than_equal": return `${label} must be at least ${ctx.ge}.`;
    case "less_than_equal": return `${label} must be at most ${ctx.le}.`;
    case "string_too_short":
      return ctx.min_length > 1 ? `${label} must be at least ${ctx.min_length} characters.`
        : `${label} can't be empty.`;
    case "string_too_long": return `${label} must be at most ${ctx.max_length} characters.`;
    case "int_type": case "int_parsing": case "int_from_float":
      return `${label} must be a whole number.`;
    case "enum": return `Choose one of the options for ${label}.`;
    case "string_pattern_mismatch": return `${label} can't contain special characters.`;
    default:
      if (/email/i.test(problem.msg || "")) return "Enter a valid email address.";
      return `${label}: ${(problem.msg || "is not valid").replace(/^Value error, /, "")}.`;
  }
}

function clearErrors(form) {
  $$(".error", form).forEach((element) => { element.textContent = ""; });
  $$("[aria-invalid]", form).forEach((element) => element.removeAttribute("aria-invalid"));
}

function setFieldError(form, field, message) {
  const input = form.querySelector(`[name="${field}"]`);
  const slot = form.querySelector(`#${field}-error`);
  if (!input || !slot) return false;
  input.setAttribute("aria-invalid", "true");
  slot.textContent = message;
  return true;
}

function showError(form, error) {
  clearErrors(form);
  const formError = $("#form-error", form) || $("#form-error");
  let first = null;
  if (Array.isArray(error.detail)) {
    for (const problem of error.detail) {
      const field = [...problem.loc].reverse().find((part) => typeof part === "string"
        && part !== "body");
      if (field && setFieldError(form, field, explain(problem, labelOf(form, field)))) {
        first = first || field;
      } else if (formError) {
        formError.textContent = "Some of what you entered isn't valid. Please check it.";
      }
    }
  } else if (error.status === 409) {
    setFieldError(form, "email", "This email is already registered. Log in instead?");
    first = "email";
  } else if (error.status === 429) {
    formError.textContent = `Too many attempts. Try again in ${error.retryAfter || "a few"} seconds.`;
  } else if (formError) {
    formError.textContent = error.status >= 500 || !error.status
      ? "Something went wrong on our side. Please try again." : String(error.detail);
  }
  return first;
}

function formValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    const value = element.value.trim();
    if (element.type === "number") {
      if (value !== "") values[element.name] = /^-?\d+$/.test(value) ? Number(value) : value;
    } else if (element.name === "goals") {
      values.goals = value === "" ? null : value;
    } else if (element.type === "checkbox") {
      // Training days are sent only once the person changed them (days_per_week re-spreads them).
      if (!form.dataset.daysTouched) continue;
      values[element.name] = values[element.name] || [];
      if (element.checked) values[element.name].push(element.value);
    } else if (element.type === "password") {
      values[element.name] = element.value;
    } else {
      values[element.name] = value;
    }
  }
  return values;
}

function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

async function busy(button, work) {
  button.disabled = true;
  try {
    return await work();
  } finally {
    button.disabled = false;
  }
}

function showNotice(text) {
  const notice = $("#notice");
  if (!notice) return;
  notice.textContent = text;
  notice.hidden = !text;
}

// ---- Log in, sign up, log out ----

const NOTICES = {
  expired: "Your session has expired. Please log in again.",
  logged_out: "You're logged out. See you at the next session!",
  deleted: "Your account and everything in it were deleted.",
};

function initLogin() {
  const params = new URLSearchParams(window.location.search);
  const reason = Object.keys(NOTICES).find((key) => params.has(key));
  if (reason) showNotice(NOTICES[reason]);
  const form = $("#login-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { email, password } = formValues(form);
    if (!email) return setFieldError(form, "email", "Email is required.");
    if (!password) return setFieldError(form, "password", "Password is required.");
    try {
      await busy($("button[type=submit]", form), () => api("/app/session/login", {
        method: "POST", body: { email, password },
      }));
      window.location.assign("/app/today");
    } catch (error) {
      if (error.status === 401) {
        $("#form-error").textContent = "That email and password don't match. Please try again.";
      } else {
        showError(form, error);
      }
    }
  });
}

function checkStep(form, fieldset) {
  clearErrors(form);
  for (const input of $$("input, select, textarea", fieldset)) {
    const label = labelOf(form, input.name);
    const value = input.value.trim();
    let message = "";
    if (input.required && value === "") message = `${label} is required.`;
    else if (input.type === "number" && value !== "" && !/^\d+$/.test(value)) {
      message = `${label} must be a whole number.`;
    } else if (input.type === "number" && value !== "" && Number(value) < Number(input.min)) {
      message = `${label} must be at least ${input.min}.`;
    } else if (input.type === "number" && value !== "" && Number(value) > Number(input.max)) {
      message = `${label} must be at most ${input.max}.`;
    } else if (input.type === "email" && value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
      message = "Enter a valid email address.";
    } else if (input.minLength > 0 && input.value.length < input.minLength) {
      message = `${label} must be at least ${input.minLength} characters.`;
    }
    if (message) {
      setFieldError(form, input.name, message);
      input.focus();
      return false;
    }
  }
  return true;
}

function initSignup() {
  const form = $("#signup-form");
  const steps = $$("fieldset[data-step]", form);
  let current = 0;
  const show = (index) => {
    current = index;
    steps.forEach((step, i) => { step.hidden = i !== index; });
    $$("[data-step-marker]").forEach((marker, i) => {
      marker.classList.toggle("done", i < index);
      if (i === index) marker.setAttribute("aria-current", "step");
      else marker.removeAttribute("aria-current");
    });
    $("#back").hidden = index === 0;
    $("#next").hidden = index === steps.length - 1;
    $("#create").hidden = index !== steps.length - 1;
    const first = $("input, select, textarea", steps[index]);
    if (first) first.focus();
  };
  $("#next").addEventListener("click", () => {
    if (checkStep(form, steps[current])) show(current + 1);
  });
  $("#back").addEventListener("click", () => show(current - 1));
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.tagName !== "TEXTAREA" && current < steps.length - 1) {
      event.preventDefault();
      $("#next").click();
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!checkStep(form, steps[current])) return;
    try {
      await busy($("#create"), async () => {
        const session = await api("/app/session/signup", { method: "POST",
          body: { ...formValues(form), timezone: browserTimeZone() } });
        $('meta[name="csrf-token"]').content = session.csrf_token;
        await api("/api/v1/plans", { method: "POST", body: { duration_weeks: 4 } });
      });
      window.location.assign("/app/plan");
    } catch (error) {
      const field = showError(form, error);
      const step = field && steps.findIndex((s) => s.querySelector(`[name="${field}"]`));
      if (step !== null && step >= 0) {
        show(step);
        showError(form, error);
      }
    }
  });
  show(0);
}

function initLogout() {
  const button = $("#logout");
  if (!button) return;
  button.addEventListener("click", async () => {
    await api("/app/session/logout", { method: "POST" }).catch(() => null);
    window.location.assign("/app/login?logged_out=1");
  });
}

// ---- The plan ----

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }
  return node;
}

function clock(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes ? `${minutes}:${String(rest).padStart(2, "0")}` : `${rest} s`;
}

function dose(exercise) {
  let amount;
  if (exercise.reps !== null && exercise.reps !== undefined) amount = `${exercise.reps} reps`;
  else if (exercise.duration_s) amount = clock(exercise.duration_s);
  else amount = exercise.distance_m >= 1000 ? `${exercise.distance_m / 1000} km`
    : `${exercise.distance_m} m`;
  return exercise.sets > 1 ? `${exercise.sets} × ${amount}` : amount;
}

function renderExercise(exercise, reasons = []) {
  const rest = exercise.rest_s ? ` · rest ${clock(exercise.rest_s)}` : "";
  const load = exercise.load_kg ? ` · ${exercise.load_kg} kg` : "";
  return element("li", {},
    element("strong", {}, exercise.name), " — ",
    element("span", { class: "dose" }, dose(exercise)),
    ` @ ${exercise.intensity}${load}${rest}`,
    ...reasons.map((reason) => element("span", { class: "changed" }, `Changed: ${reason}`)),
    exercise.notes ? element("span", { class: "cue" }, exercise.notes) : null);
}

// ---- What the adaptation changed ----

function shownValue(value) {
  if (value && typeof value === "object") {
    return `${clock(value.min_s_per_km)}–${clock(value.max_s_per_km)}/km`;
  }
  return String(value).replaceAll("_", " ");
}

function changeText(change) {
  const what = change.exercise_id ? change.exercise_id.replaceAll("_", " ") : "session";
  const field = change.field === "load_kg" ? "kg" : change.field.replaceAll("_", " ");
  return `${change.date || ""} · ${what}: ${field} ${shownValue(change.before)} → ` +
    `${shownValue(change.after)}. ${change.reason}`;
}

function reasonsFor(plan) {
  const found = new Map();
  for (const change of plan.adjustments || []) {
    const key = `${change.week}/${change.day}/${change.exercise_id}`;
    found.set(key, [...(found.get(key) || []), change.reason]);
  }
  return found;
}

function renderChanges(plan) {
  const box = $("#changes");
  const changes = plan.adjustments || [];
  box.hidden = changes.length === 0;
  const undo = element("button", { type: "button", id: "undo-change" }, "Undo the last change");
  undo.addEventListener("click", async () => {
    try {
      renderPlan(await busy(undo, () => api(`/api/v1/plans/${plan.id}/undo`, { method: "POST" })));
      showNotice("The last change is undone.");
    } catch (error) {
      showNotice(error.message || "Nothing to undo.");
    }
  });
  box.replaceChildren(element("h2", {}, "What changed because of your logs"),
    element("ul", { class: "change-list" }, ...changes.slice(0, 30).map(
      (change) => element("li", {}, changeText(change)))), undo);
}

const BLOCK_NAMES = { warm_up: "Warm-up", main: "Main", conditioning: "Conditioning",
  cool_down: "Cool-down" };

function renderSession(week, session, reasons = new Map()) {
  const summary = element("summary", {},
    element("span", {}, `Day ${session.day}${session.date ? ` (${session.date})` : ""} · ` +
      session.title),
    element("span", { class: `meta intensity-${session.intensity}` },
      `${session.duration_min} min · ${session.intensity}`));
  const details = element("details", { class: "session" }, summary,
    element("p", { class: "week-focus" }, session.focus));
  for (const block of session.blocks) {
    const format = block.format && block.format !== "straight" ? ` (${block.format.replace("_", " ")}` +
      `${block.time_cap_min ? `, ${block.time_cap_min} min` : ""})` : "";
    details.append(element("div", { class: "block" },
      element("h3", {}, `${BLOCK_NAMES[block.kind] || block.kind}${format}`),
      element("ul", { class: "exercises" }, ...block.exercises.map((exercise) => renderExercise(
        exercise, reasons.get(`${week.week}/${session.day}/${exercise.exercise_id}`) || [])))));
  }
  return details;
}

function renderPlan(plan) {
  const data = plan.plan_data;
  $("#plan-title").textContent = data.title;
  $("#plan-summary").textContent = data.summary;
  const container = $("#plan");
  const reasons = reasonsFor(plan);
  renderChanges(plan);
  container.replaceChildren(...data.weeks.map((week) => element("section",
    { class: "week", "aria-labelledby": `week-${week.week}` },
    element("header", {},
      element("h2", { id: `week-${week.week}` }, `Week ${week.week}`),
      element("span", { class: `phase phase-${week.phase}` }, week.phase)),
    element("p", { class: "week-focus" }, `${week.focus}. ${week.notes}`),
    ...week.sessions.map((session) => renderSession(week, session, reasons)))));
  container.setAttribute("aria-busy", "false");
}

async function initPlan() {
  let shown = 0; // a new plan (2) is never covered by a slower first load (1)
  const show = (plan, turn) => {
    if (turn >= shown) {
      shown = turn;
      renderPlan(plan);
    }
  };
  const form = $("#new-plan-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const weeks = Number($("#duration_weeks").value);
    try {
      const plan = await busy($("button", form), () => api("/api/v1/plans", {
        method: "POST", body: { duration_weeks: weeks },
      }));
      show(plan, 2);
      showNotice(`Your new ${weeks}-week plan is ready.`);
    } catch (error) {
      showError(form, error);
    }
  });
  const page = await api("/api/v1/plans?limit=1");
  if (page.items.length) {
    show(await api(`/api/v1/plans/${page.items[0].id}`), 1);
  } else if (shown === 0) {
    $("#plan").replaceChildren(element("p", { class: "muted" },
      "You don't have a plan yet. Choose a length and press “New plan”."));
    $("#plan").setAttribute("aria-busy", "false");
  }
}

// ---- The coach ----

function renderSources(bubble, sources) {
  $(".sources", bubble)?.remove();
  if (!sources || !sources.length) return;
  bubble.append(element("div", { class: "sources" }, "Sources",
    element("ul", {}, ...sources.map((source, index) => element("li", {},
      `[${index + 1}] ${source.title}${source.section === source.title ? "" : ` — ${source.section}`}`)))));
}

// Replies may mark words as **bold**; render that, and nothing else, without innerHTML.
function setRichText(node, text) {
  node.replaceChildren(...text.split(/\*\*(.+?)\*\*/g).map((part, index) =>
    (index % 2 ? element("strong", {}, part) : document.createTextNode(part))));
}

function addBubble(role, text, sources) {
  const body = element("span", { class: "text" });
  setRichText(body, text);
  const bubble = element("li", { class: `bubble ${role}` },
    element("span", { class: "who" }, role === "user" ? "You" : "Coach"), body);
  renderSources(bubble, sources);
  $("#messages").append(bubble);
  bubble.scrollIntoView({ block: "end" });
  return bubble;
}

function* sseEvents(buffer) {
  let boundary;
  while ((boundary = buffer.text.indexOf("\n\n")) !== -1) {
    const raw = buffer.text.slice(0, boundary);
    buffer.text = buffer.text.slice(boundary + 2);
    let name = "message";
    let data = "";
    for (const line of raw.split("\n")) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data += line.slice(5).trim();
    }
    if (data) yield [name, JSON.parse(data)];
  }
}

async function streamReply(message, bubble) {
  const text = $(".text", bubble);
  const response = await api("/api/v1/chat/stream", { method: "POST", body: { message }, raw: true });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const buffer = { text: "" };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer.text += decoder.decode(value, { stream: true });
    for (const [name, data] of sseEvents(buffer)) {
      if (name === "delta") text.textContent += data.text;
      else if (name === "fallback") text.textContent = "";
      else if (name === "done") {
        setRichText(text, data.reply.message);
        renderSources(bubble, data.sources);
        bubble.dataset.messageId = data.reply.id;
      }
    }
  }
}

async function initCoach() {
  const history = await api("/api/v1/chat/messages?limit=50");
  for (const message of history.messages) {
    addBubble(message.role, message.message, message.sources);
  }
  const form = $("#chat-form");
  const input = $("#message");
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const message = input.value.trim();
    if (!message) return setFieldError(form, "message", "Write a message first.");
    addBubble("user", message);
    input.value = "";
    const bubble = addBubble("assistant", "");
    bubble.setAttribute("aria-busy", "true");
    try {
      await busy($("button", form), () => streamReply(message, bubble));
    } catch (error) {
      bubble.remove();
      if (error.status === 422 || error.status === 429) {
        // Refused before it was stored: give the text back so nothing typed is lost.
        input.value = message;
        setFieldError(form, "message", error.status === 429
          ? `You're sending messages quickly. Try again in ${error.retryAfter || "a few"} seconds.`
          : explainChatError(error));
      } else {
        // The message itself was saved; only the answer is missing.
        setFieldError(form, "message",
          "Your message is saved, but the coach couldn't answer just now. Reload to see the conversation.");
      }
    } finally {
      bubble.removeAttribute("aria-busy");
    }
  });
}

function explainChatError(error) {
  if (Array.isArray(error.detail)) return explain(error.detail[0], "Message");
  return "The coach couldn't be reached. Please try again.";
}

// ---- The profile ----

function initProfile() {
  const form = $("#profile-form");
  $$("input[type=checkbox]", form).forEach((box) => box.addEventListener("change", () => {
    form.dataset.daysTouched = "1";
  }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    showNotice("");
    try {
      await busy($("button[type=submit]", form), () => api("/api/v1/me", {
        method: "PATCH", body: formValues(form),
      }));
      showNotice("Saved. Your next plan will follow these settings.");
    } catch (error) {
      showError(form, error);
    }
  });
  const confirm = $("#confirm-delete");
  $("#delete-account").addEventListener("click", () => {
    confirm.hidden = false;
    $("#confirm-delete-no").focus();
  });
  $("#confirm-delete-no").addEventListener("click", () => {
    confirm.hidden = true;
    $("#delete-account").focus();
  });
  $("#confirm-delete-yes").addEventListener("click", async () => {
    try {
      await api("/api/v1/me", { method: "DELETE" });
    } catch (error) {
      showNotice("Your account could not be deleted just now. Nothing was removed; please try again.");
      return;
    }
    await api("/app/session/logout", { method: "POST" }).catch(() => null);
    window.location.assign("/app/login?deleted=1");
  });
}

const PAGES = { login: initLogin, signup: initSignup, plan: initPlan, coach: initCoach,
  profile: initProfile };

document.addEventListener("DOMContentLoaded", () => {
  initLogout();
  const init = PAGES[document.body.dataset.page];
  if (init) {
    Promise.resolve(init()).catch((error) => {
      if (error.status !== 401) showNotice("Something went wrong loading this page. Please reload.");
    });
  }
});
