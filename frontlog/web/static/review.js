// Review of the selected event (issue 18): confirm (c), reject (x), edit (e), merge another event
// into it (m), split a source sentence off it; j/k move through the table. While a run writes
// the store a review is queued (202) and saved when the run ends: the panel says so. Notes and
// every store value are untrusted: written with textContent only (el()).
"use strict";

const review = { types: null };

async function postReview(eventId, body, action) {
  const res = await fetch(`/api/events/${encodeURIComponent(eventId)}/${action || "review"}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.detail || `${res.status}`);
  return data;
}

function replaceEvent(updated) {
  const i = state.events.findIndex((e) => e.event_id === updated.event_id);
  if (i >= 0) state.events[i] = updated;
}

async function submitReview(status, changes) {
  const eventId = state.selected;
  if (!eventId) return;
  const box = document.getElementById("review-box");
  const note = box ? box.querySelector("textarea[name=note]").value : "";
  const msg = document.getElementById("review-msg");
  try {
    const data = await postReview(eventId, { status, changes: changes || {}, note: note || null });
    if (data.queued) { if (msg) msg.textContent = `queued (${status}): ${data.detail}`; return; }
    replaceEvent(data.event);
    render();
    await select(eventId);
    const shown = document.getElementById("review-msg");
    if (shown) shown.textContent = `saved: ${status}`;
  } catch (err) {
    if (msg) msg.textContent = `not saved: ${err.message}`;
  }
}

async function reviewBox(e) {
  const box = el("div", null, { id: "review-box", class: "review", "data-testid": "review-box" });
  const info = await getJSON(`/api/events/${encodeURIComponent(e.event_id)}/review`);
  const current = info.review;
  const line = el("p", current ? `${REVIEW_MARK[current.status]} by ${current.who || "?"}, ${current.when}` : "not reviewed",
    { class: "meta", "data-testid": "review-status" });
  box.append(line);
  if (current && current.note) box.append(el("p", current.note, { class: "note", "data-testid": "review-note" }));
  if (current && current.evidence_changed) box.append(el("p", "its evidence changed since the review", { class: "warn" }));
  const undone = new Set(info.history.filter((x) => x.status === "undone").map((x) => x.changes.undo));
  for (const h of info.history.filter((x) => ["merged", "split", "undone"].includes(x.status))) {
    const what = h.status === "undone" ? `undid a ${h.changes.was === "merged" ? "merge" : "split"}`
      : h.status === "merged" ? `merged ${h.changes.merge} into it`
      : h.changes.split_from ? `split off event ${h.changes.split_from}` : `a source split off (${h.changes.split.doc_id}:${h.changes.split.start})`;
    const line = el("p", `${REVIEW_MARK[h.status] || h.status}: ${what}, by ${h.who || "?"}, ${h.when}${h.note ? ` — ${h.note}` : ""} `,
      { class: "meta", "data-testid": "regroup-history" });
    const target = h.changes.split_review || h.review_id;  // a split-off event undoes the split that made it
    if (h.status !== "undone" && !undone.has(target)) {
      const b = el("button", "Undo", { type: "button", "data-testid": "regroup-undo" });
      b.addEventListener("click", () => undoRegroup(e.event_id, target, h.changes.split_from || e.event_id));
      line.append(b);
    }
    box.append(line);
  }
  for (const p of info.pending || []) {
    box.append(el("p", `queued ${p.kind} (${p.status || p.other || p.doc_id || ""}), saved when the run ends`, { class: "warn", "data-testid": "review-pending" }));
  }
  const edited = current && current.status !== "merged" && current.status !== "split" ? Object.keys(current.changes) : [];
  if (edited.length) {
    const was = edited.map((k) => `${k}: ${info.machine[k] ?? "—"}`).join("; ");
    box.append(el("p", `machine's values: ${was}`, { class: "meta" }));
  }
  const note = el("textarea", null, { name: "note", rows: "2", placeholder: "note (why)", "data-testid": "review-note-input" });
  const buttons = el("div", null, { class: "buttons" });
  const add = (label, key, fn, id) => {
    const b = el("button", `${label} (${key})`, { type: "button", "data-testid": id });
    b.addEventListener("click", fn);
    buttons.append(b);
  };
  add("Confirm", "c", () => submitReview("confirmed"), "review-confirm");
  add("Reject", "x", () => submitReview("rejected"), "review-reject");
  add("Edit", "e", () => toggleEditForm(e), "review-edit");
  add("Merge…", "m", () => toggleMergePanel(e), "review-merge");
  box.append(note, buttons, el("span", "", { id: "review-msg", class: "meta", "data-testid": "review-msg" }));
  return box;
}

function field(form, label, name, value, attrs) {
  const input = el("input", null, { name, ...(attrs || {}) });
  input.value = value ?? "";
  const lab = el("label", `${label} `);
  lab.append(input);
  form.append(lab);
  return input;
}

async function toggleEditForm(e) {
  const old = document.getElementById("edit-form");
  if (old) { old.remove(); return; }
  if (!review.types) review.types = await getJSON("/api/types");
  const form = el("form", null, { id: "edit-form", class: "edit", "data-testid": "edit-form" });
  const typeLabel = el("label", "type ");
  const type = el("select", null, { name: "sub_event_type" });
  for (const t of Object.keys(review.types)) type.append(el("option", t, { value: t }));
  type.value = e.sub_event_type;
  typeLabel.append(type);
  form.append(typeLabel);
  const a1 = field(form, "actor 1", "actor1", e.actor1, { list: "actor-names" });
  const a2 = field(form, "actor 2", "actor2", e.actor2, { list: "actor-names" });
  const place = field(form, "place", "place", e.location.name, { list: "place-names", autocomplete: "off" });
  const date = field(form, "date", "event_date", e.event_date, { pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  const killed = field(form, "killed", "fatalities", e.fatalities, { type: "number", min: "0" });
  place.addEventListener("input", () => suggestPlaces(place.value));
  const save = el("button", "Save edit", { type: "submit", "data-testid": "edit-save" });
  form.append(save);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const changes = {};
    if (type.value !== e.sub_event_type) changes.sub_event_type = type.value;
    if (a1.value.trim() !== (e.actor1 || "")) changes.actor1 = a1.value.trim() || null;
    if (a2.value.trim() !== (e.actor2 || "")) changes.actor2 = a2.value.trim() || null;
    if (place.value.trim() !== e.location.name) changes.place = place.value.trim();
    if (date.value.trim() !== e.event_date) changes.event_date = date.value.trim();
    const n = killed.value === "" ? null : Number(killed.value);
    if (n !== e.fatalities) changes.fatalities = n;
    submitReview("edited", changes);
  });
  document.getElementById("review-box").append(form);
  type.focus();
}

// After a merge or split the list of events changed: load it again and keep the event chosen.
async function regrouped(data, keep) {
  const msg = document.getElementById("review-msg");
  if (data.queued) { if (msg) msg.textContent = `queued: ${data.detail}`; return; }
  await loadEvents();
  render();
  showSummary();
  await select(keep);
  const shown = document.getElementById("review-msg");
  if (shown) shown.textContent = data.undone ? "undone" : data.new_event ? `split off: new event ${data.new_event.event_id}` : `merged: ${data.removed}`;
}

async function undoRegroup(eventId, reviewId, keep) {
  const note = document.querySelector("#review-box textarea[name=note]");
  const msg = document.getElementById("review-msg");
  try {
    await regrouped(await postReview(eventId, { review_id: reviewId, note: (note && note.value) || null }, "undo"), keep);
  } catch (err) {
    if (msg) msg.textContent = `not undone: ${err.message}`;
  }
}

async function mergeInto(keep, other) {
  const note = document.querySelector("#review-box textarea[name=note]");
  const msg = document.getElementById("review-msg");
  try {
    await regrouped(await postReview(keep, { other, note: (note && note.value) || null }, "merge"), keep);
  } catch (err) {
    if (msg) msg.textContent = `not merged: ${err.message}`;
  }
}

async function splitOff(e, s) {
  const note = document.querySelector("#review-box textarea[name=note]");
  const msg = document.getElementById("review-msg");
  try {
    await regrouped(await postReview(e.event_id, { doc_id: s.doc_id, start: s.start, note: (note && note.value) || null }, "split"), e.event_id);
  } catch (err) {
    if (msg) msg.textContent = `not split: ${err.message}`;
  }
}

function splitButton(e, s) {
  const b = el("button", "Split off as its own event", { type: "button", class: "split", "data-testid": "split-source",
    title: "this sentence reports another event: make it an event of its own" });
  b.addEventListener("click", () => splitOff(e, s));
  return b;
}

// Likely duplicates first: the same place within a week, then the same day in the same country.
function mergeCandidates(e) {
  const day = Date.parse(eventDate(e));
  const near = (x) => Math.abs(Date.parse(eventDate(x)) - day) <= 7 * 86400e3;
  const others = state.events.filter((x) => x.event_id !== e.event_id && x.review !== "rejected");
  const samePlace = others.filter((x) => x.location.name === e.location.name && near(x));
  const sameDay = others.filter((x) => x.event_date === e.event_date && x.location.country === e.location.country && !samePlace.includes(x));
  return [...samePlace, ...sameDay].slice(0, 12);
}

function toggleMergePanel(e) {
  const old = document.getElementById("merge-panel");
  if (old) { old.remove(); return; }
  const panel = el("div", null, { id: "merge-panel", class: "edit", "data-testid": "merge-panel" });
  panel.append(el("p", "Merge another event into this one (its sources join this event's; this event's coding stays):", { class: "meta" }));
  const list = el("ul", null, { class: "candidates" });
  for (const x of mergeCandidates(e)) {
    const li = el("li", null, { "data-testid": "merge-candidate", "data-event-id": x.event_id });
    li.append(el("span", `${x.event_date} ${x.sub_event_type} — ${x.location.name}; ${x.actor1 || "?"} → ${x.actor2 || "?"} (${x.n_sources} doc) `));
    const b = el("button", "merge into this event", { type: "button", "data-testid": "merge-into" });
    b.addEventListener("click", () => mergeInto(e.event_id, x.event_id));
    li.append(b);
    list.append(li);
  }
  if (!list.children.length) panel.append(el("p", "no event at this place within a week or on this day in this country", { class: "meta" }));
  panel.append(list);
  const form = el("form");
  const id = el("input", null, { name: "other", placeholder: "or another event's id", pattern: "[0-9a-f]{4,64}", "data-testid": "merge-id" });
  form.append(id, el("button", "merge", { type: "submit", "data-testid": "merge-id-go" }));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); if (id.value.trim()) mergeInto(e.event_id, id.value.trim()); });
  panel.append(form);
  document.getElementById("review-box").append(panel);
}

let suggestTimer = null;
function suggestPlaces(text) {
  clearTimeout(suggestTimer);
  if (text.trim().length < 2) return;
  suggestTimer = setTimeout(async () => {
    const found = await getJSON(`/api/gazetteer?q=${encodeURIComponent(text.trim())}`).catch(() => []);
    const list = document.getElementById("place-names");
    list.replaceChildren(...found.map((p) => el("option", `${p.name}, ${p.admin1 || ""} ${p.country || ""}`.trim(), { value: p.name })));
  }, 200);
}

function moveSelection(step) {
  const rows = [...document.querySelectorAll("#events tbody tr")];
  if (!rows.length) return;
  const at = rows.findIndex((tr) => tr.dataset.eventId === state.selected);
  const next = rows[Math.min(rows.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
  next.scrollIntoView({ block: "nearest" });
  select(next.dataset.eventId);
}

document.addEventListener("keydown", (ev) => {
  const tag = (ev.target && ev.target.tagName) || "";
  if (["INPUT", "TEXTAREA", "SELECT"].includes(tag)) {
    if (ev.key === "Escape") ev.target.blur();
    return;
  }
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const keys = {
    j: () => moveSelection(1), ArrowDown: () => moveSelection(1),
    k: () => moveSelection(-1), ArrowUp: () => moveSelection(-1),
    c: () => submitReview("confirmed"), x: () => submitReview("rejected"),
    e: () => { const e = state.events.find((x) => x.event_id === state.selected); if (e) toggleEditForm(e); },
    m: () => { const e = state.events.find((x) => x.event_id === state.selected); if (e) toggleMergePanel(e); },
  };
  if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
});
