// CoachX: the Today page and the training log. Uses app.js's helpers (api, element, $, busy,
// showNotice, showError, dose); every write goes to the same JSON API as any other client.
"use strict";

const WORK_BLOCKS = new Set(["main", "conditioning"]);
const FIELDS = [
  ["reps", "reps", 1], ["weight_kg", "kg", 0.5], ["duration_s", "seconds", 1],
  ["distance_m", "metres", 1], ["rpe", "RPE", 0.5],
];

function asPrescribed(session) {
  return session.blocks.filter((block) => WORK_BLOCKS.has(block.kind))
    .flatMap((block) => block.exercises).map((exercise) => ({
      exercise_id: exercise.exercise_id, name: exercise.name,
      sets: Array.from({ length: exercise.sets }, () => ({
        reps: exercise.reps, weight_kg: exercise.load_kg, duration_s: exercise.duration_s,
        distance_m: exercise.distance_m, rpe: exercise.target_rpe,
      })),
    }));
}

// An editable grid of sets: one row per set, an input per measure the exercise uses.
function setsEditor(entries) {
  const root = element("div", { class: "sets-editor" });
  entries.forEach((entry, index) => {
    const used = FIELDS.filter(([name]) => name === "rpe"
      || entry.sets.some((done) => done[name] !== null && done[name] !== undefined));
    const group = element("fieldset", { class: "entry", "data-entry": String(index) },
      element("legend", {}, entry.name));
    entry.sets.forEach((done, number) => {
      const row = element("div", { class: "set-row" }, element("span", { class: "set-no" },
        `Set ${number + 1}`));
      for (const [name, unit, step] of used) {
        const input = element("input", { type: "number", inputmode: "decimal", min: "0", step: String(step),
          "data-field": name, "aria-label": `${entry.name}, set ${number + 1}, ${unit}` });
        if (done[name] !== null && done[name] !== undefined) input.value = String(done[name]);
        row.append(element("label", { class: "set-field" }, input, element("span", {}, unit)));
      }
      group.append(row);
    });
    root.append(group);
  });
  root.read = () => entries.map((entry, index) => ({
    exercise_id: entry.exercise_id, name: entry.name,
    sets: $$(`[data-entry="${index}"] .set-row`, root).map((row, number) => {
      const done = { reps: null, weight_kg: null, rpe: null, duration_s: null, distance_m: null,
        avg_hr: entry.sets[number].avg_hr ?? null };
      for (const input of $$("input", row)) {
        done[input.dataset.field] = input.value.trim() === "" ? null : numberOf(input);
      }
      return done;
    }),
  }));
  return root;
}

function numberOf(input) {
  const value = Number(input.value);
  return ["reps", "duration_s", "distance_m"].includes(input.dataset.field) ? Math.round(value) : value;
}

function describeProblem(error) {
  if (error.status === 409) return "This session is already logged. Edit it in your log.";
  if (Array.isArray(error.detail)) {
    return "Some numbers aren't valid: " + error.detail.map((problem) =>
      `${problem.loc.filter((part) => typeof part === "string" && part !== "body").join(" ")} `
      + (problem.msg || "").replace(/^Value error, /, "")).join("; ");
  }
  return String(error.detail || "Something went wrong. Please try again.");
}

// ---- Today ----

function renderPlanned(planned, heading) {
  const session = planned.prescription;
  const list = element("ul", { class: "exercises" });
  for (const exercise of session.blocks.flatMap((block) => block.exercises)) {
    list.append(element("li", {}, element("strong", {}, exercise.name), " — ",
      element("span", { class: "dose" }, dose(exercise)),
      exercise.load_kg ? ` @ ${exercise.load_kg} kg` : ` @ ${exercise.intensity}`));
  }
  return element("article", { class: "today-session" },
    element("h2", {}, heading ? `${heading}: ${session.title}` : session.title),
    element("p", { class: "muted" }, `${session.focus} · ${session.duration_min} min · ${session.intensity}`),
    list);
}

function logForm(planned, onDone) {
  const form = element("form", { class: "log-form", novalidate: "" });
  const editor = setsEditor(asPrescribed(planned.prescription));
  const minutes = element("input", { id: "duration_min", name: "duration_min", type: "number", min: "0",
    max: "600", value: String(planned.prescription.duration_min) });
  const rpe = element("input", { id: "session_rpe", name: "session_rpe", type: "number", min: "1", max: "10" });
  form.append(editor,
    element("div", { class: "field" }, element("label", { for: "duration_min" }, "Minutes"), minutes),
    element("div", { class: "field" }, element("label", { for: "session_rpe" }, "Session RPE (1–10)"), rpe),
    element("button", { type: "submit", class: "primary" }, "Save log"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onDone({ entries: editor.read(), duration_min: minutes.value ? Number(minutes.value) : null,
      session_rpe: rpe.value ? Number(rpe.value) : null, status: "done" }, form);
  });
  return form;
}

function skipForm(onDone) {
  const form = element("form", { class: "log-form", novalidate: "" });
  const reason = element("input", { id: "reason", name: "reason", maxlength: "200", required: "" });
  form.append(element("div", { class: "field" }, element("label", { for: "reason" }, "Why are you skipping it?"),
    reason), element("button", { type: "submit", class: "secondary" }, "Skip session"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onDone({ status: "skipped", reason: reason.value.trim() }, form);
  });
  return form;
}

let personsToday = "";  // the person's date in their time zone, as the server reckons it

async function initToday() {
  const root = $("#today");
  const today = await api("/api/v1/calendar/today");
  personsToday = today.date;
  if ($("#adhoc-date") && !$("#adhoc-date").value) $("#adhoc-date").value = today.date;
  $("#today-date").textContent = new Date(`${today.date}T12:00:00`).toLocaleDateString(undefined,
    { weekday: "long", day: "numeric", month: "long" });
  root.replaceChildren();
  root.setAttribute("aria-busy", "false");
  const planned = today.session;
  if (!planned) {
    root.append(element("p", {}, "Rest day — nothing planned today."));
    if (today.next) root.append(renderPlanned(today.next, `Next, ${today.next.date}`));
    return;
  }
  root.append(renderPlanned(planned));
  if (planned.log_id) {
    root.append(element("p", { class: "logged", role: "status" }, `Logged: ${planned.status} ✓ `,
      element("a", { href: `/app/log#log-${planned.log_id}` }, "See it in your log")));
    return;
  }
  const save = async (body, form) => {
    try {
      const button = $("button[type=submit]", form) || $("#log-prescribed");
      await busy(button, () => api("/api/v1/logs", { method: "POST",
        body: { plan_id: planned.plan_id, week: planned.week, day: planned.day, ...body } }));
      await initToday();
      showNotice(body.status === "skipped" ? "Skipped. Rest well." : "Logged. Well done!");
    } catch (error) {
      $("#form-error").textContent = describeProblem(error);
    }
  };
  const extra = element("div", { class: "log-extra" });
  const prescribed = element("button", { type: "button", class: "primary", id: "log-prescribed" },
    "Log as prescribed");
  prescribed.addEventListener("click", () => save({ status: "done" }, prescribed.parentElement));
  const change = element("button", { type: "button", class: "secondary" }, "Change sets");
  change.addEventListener("click", () => extra.replaceChildren(logForm(planned, save)));
  const skip = element("button", { type: "button", class: "secondary" }, "Skip");
  skip.addEventListener("click", () => {
    extra.replaceChildren(skipForm(save));
    $("#reason").focus();
  });
  // The actions come before the exercise list, so one tap logs the day even on a phone.
  const card = $(".today-session", root);
  card.insertBefore(element("div", { class: "actions start" }, prescribed, change, skip), $("ul", card));
  card.insertBefore(extra, $("ul", card));
}

function initAdHoc() {
  const form = $("#adhoc-form");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = (id) => $(`#${id}`).value.trim();
    const number = (id) => (value(id) === "" ? null : Number(value(id)));
    const set = { reps: number("adhoc-reps"), weight_kg: number("adhoc-kg"),
      distance_m: value("adhoc-km") === "" ? null : Math.round(Number(value("adhoc-km")) * 1000),
      duration_s: value("adhoc-min") === "" ? null : Math.round(Number(value("adhoc-min")) * 60) };
    const entries = value("adhoc-exercise") ? [{ name: value("adhoc-exercise"), sets: [set] }] : [];
    try {
      await busy($("button[type=submit]", form), () => api("/api/v1/logs", { method: "POST", body: {
        date: value("adhoc-date"), title: value("adhoc-title") || "Workout", entries,
        session_rpe: number("adhoc-rpe"), duration_min: number("adhoc-duration"),
        notes: value("adhoc-notes") || null } }));
      form.reset();
      $("#adhoc-date").value = personsToday;
      showNotice("Logged. It's in your training log.");
    } catch (error) {
      $("#adhoc-error").textContent = describeProblem(error);
    }
  });
}

// ---- The log: history, edit, delete, import, export, calendar feed ----

function summary(log) {
  const parts = [log.status];
  if (log.duration_min) parts.push(`${log.duration_min} min`);
  if (log.session_rpe) parts.push(`RPE ${log.session_rpe}`);
  if (log.reason) parts.push(log.reason);
  return parts.join(" · ");
}

function renderLog(log) {
  const item = element("article", { class: "log-item", id: `log-${log.id}` },
    element("h2", {}, `${log.date} — ${log.title}`),
    element("p", { class: "muted log-summary" }, summary(log)));
  const list = element("ul", { class: "exercises" });
  for (const entry of log.entries) {
    list.append(element("li", {}, element("strong", {}, entry.name), " — ", entry.sets.map((done) =>
      [done.reps !== null ? `${done.reps}${done.weight_kg ? ` × ${done.weight_kg} kg` : ""}` : "",
        done.distance_m ? `${done.distance_m / 1000} km` : "",
        done.duration_s ? clock(done.duration_s) : ""].filter(Boolean).join(" ")).join(", ")));
  }
  const edit = element("button", { type: "button", class: "secondary" }, "Edit");
  const remove = element("button", { type: "button", class: "link danger-link" }, "Delete");
  const slot = element("div", {});
  edit.addEventListener("click", () => slot.replaceChildren(editForm(log, item)));
  remove.addEventListener("click", async () => {
    if (!window.confirm(`Delete the log of ${log.date}?`)) return;
    await api(`/api/v1/logs/${log.id}`, { method: "DELETE" });
    item.remove();
    showNotice("Deleted.");
  });
  item.append(list, element("div", { class: "actions start" }, edit, remove), slot);
  return item;
}

function editForm(log, item) {
  const form = element("form", { class: "log-form", novalidate: "" });
  const editor = setsEditor(log.entries);
  const id = (name) => `${name}-${log.id}`;
  const status = element("select", { id: id("status") }, ...["done", "partial", "skipped"].map((value) =>
    element("option", value === log.status ? { value, selected: "" } : { value }, value)));
  const rpe = element("input", { id: id("rpe"), type: "number", min: "1", max: "10",
    value: log.session_rpe ?? "" });
  const minutes = element("input", { id: id("minutes"), type: "number", min: "0", max: "600",
    value: log.duration_min ?? "" });
  const notes = element("textarea", { id: id("notes"), maxlength: "2000", rows: "2" }, log.notes || "");
  const error = element("p", { class: "error", role: "alert" });
  const labelled = (input, text) => element("div", { class: "field" },
    element("label", { for: input.id }, text), input);
  form.append(labelled(status, "Status"), labelled(rpe, "Session RPE (1–10)"),
    labelled(minutes, "Minutes"), editor, labelled(notes, "Notes"), error,
    element("button", { type: "submit", class: "primary" }, "Save changes"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const changed = await busy($("button[type=submit]", form), () => api(`/api/v1/logs/${log.id}`, {
        method: "PATCH", body: { status: status.value, entries: editor.read(),
          session_rpe: rpe.value ? Number(rpe.value) : null,
          duration_min: minutes.value ? Number(minutes.value) : null,
          notes: notes.value.trim() || null } }));
      item.replaceWith(renderLog(changed));
      showNotice("Saved.");
    } catch (problem) {
      error.textContent = describeProblem(problem);
    }
  });
  return form;
}

async function showLogs(before) {
  const list = $("#logs");
  const query = before ? `?limit=20&before=${encodeURIComponent(before)}` : "?limit=20";
  const page = await api(`/api/v1/logs${query}`);
  list.setAttribute("aria-busy", "false");
  if (!before) list.replaceChildren();
  if (!page.items.length && !before) list.append(element("p", { class: "muted" }, "Nothing logged yet."));
  page.items.forEach((log) => list.append(renderLog(log)));
  const more = $("#more");
  more.hidden = !page.next_before;
  more.onclick = () => showLogs(page.next_before);
}

function initImport() {
  const form = $("#import-form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const file = $("#import-file").files[0];
    if (!file) return;
    const progress = $("#import-progress");
    const request = new XMLHttpRequest();
    const data = new FormData();
    data.append("file", file);
    request.open("POST", "/api/v1/logs/import");
    request.setRequestHeader("X-CSRF-Token", csrfToken());
    progress.hidden = false;
    request.upload.onprogress = (step) => { if (step.lengthComputable) progress.value = step.loaded / step.total; };
    request.onload = () => {
      progress.hidden = true;
      const body = JSON.parse(request.responseText || "{}");
      if (request.status !== 200) {
        $("#import-result").textContent = String(body.detail || "The file could not be imported.");
        return;
      }
      const problems = body.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.reason}`).join("; ");
      $("#import-result").textContent = `Imported ${body.imported} sessions, ${body.skipped} already there.`
        + (body.errors.length ? ` ${body.errors.length} rows skipped (${problems}).` : "");
      showLogs();
    };
    request.send(data);
  });
  $("#feed").addEventListener("click", async () => {
    const { url } = await api("/api/v1/calendar/feed");
    $("#feed-url").value = url;
    $("#feed-url").hidden = false;
    $("#feed-url").select();
  });
}

async function initLog() {
  initImport();
  await showLogs();
  if (window.location.hash) $(window.location.hash)?.scrollIntoView();
}

const LOG_PAGES = { today: () => { initAdHoc(); return initToday(); }, log: initLog };

document.addEventListener("DOMContentLoaded", () => {
  const init = LOG_PAGES[document.body.dataset.page];
  if (init) {
    Promise.resolve(init()).catch((error) => {
      if (error.status !== 401) showNotice("Something went wrong loading this page. Please reload.");
    });
  }
});
