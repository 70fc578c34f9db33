// Review of the selected event (issue 18): confirm (c), reject (x), edit (e); j/k move through
// the table. Notes and every store value are untrusted: written with textContent only (el()).
"use strict";

const review = { types: null };

async function postReview(eventId, body) {
  const res = await fetch(`/api/events/${encodeURIComponent(eventId)}/review`, {
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
  const edited = current ? Object.keys(current.changes) : [];
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
  };
  if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
});
