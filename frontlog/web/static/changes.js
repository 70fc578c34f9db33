// The "changes" panel (issue 18): what the store learnt since a day (frontlog diff, /api/diff),
// shown in the detail panel; a new or updated event opens on click. Values are text only.
"use strict";

function changeList(title, items, line, onClick) {
  const box = el("div", null, { class: "changes-part" });
  box.append(el("h4", `${title} (${items.length})`));
  const list = el("ul");
  for (const item of items.slice(0, 200)) {
    const li = el("li", line(item));
    if (onClick) { li.classList.add("link"); li.addEventListener("click", () => onClick(item)); }
    list.append(li);
  }
  box.append(list);
  return box;
}

async function showChanges() {
  const since = document.getElementById("changes-since").value;
  if (!since) return;
  const detail = document.getElementById("detail");
  detail.replaceChildren(el("p", "loading…", { class: "hint" }));
  const d = await getJSON(`/api/diff?since=${encodeURIComponent(since)}`);
  const box = el("div", null, { "data-testid": "changes" });
  box.append(el("h3", `Changes in the store since ${since}`));
  const ev = (e) => `${e.event_date} ${e.sub_event_type} — ${e.place}${e.actor1 ? `, ${e.actor1}` : ""}${e.actor2 ? ` → ${e.actor2}` : ""} (${e.n_sources} doc.)`;
  const open = (e) => select(e.event_id);
  box.append(changeList("new events", d.new_events, ev, open));
  box.append(changeList("events with new sources", d.updated_events, ev, open));
  box.append(changeList("places whose controller changed", d.controller_changed, (c) => `${c.place}: ${c.from} → ${c.to} (${c.date})`));
  box.append(changeList("conflicting claims", d.conflicting_claims,
    (c) => `${c.place}, ${c.date}: ${c.claims.map((x) => `${x.controller || "?"}${x.share === null ? "" : ` ${Math.round(x.share * 100)}%`} (${x.claimed_by || "unattributed"})`).join("; ")}`));
  box.append(changeList("new control claims", d.control_claims, (c) => `${c.place}, ${c.date}: ${c.status} ${c.controller || ""}`));
  box.append(changeList("reviews", d.reviews, (r) => `${r.when} ${r.status} by ${r.who || "?"}${r.note ? `: ${r.note}` : ""}`, (r) => select(r.event_id)));
  detail.replaceChildren(box);
}

function setUpChanges() {
  const input = document.getElementById("changes-since");
  const week = new Date(Date.now() - 7 * 86400000).toISOString().slice(0, 10);
  if (!input.value) input.value = week;
  document.getElementById("changes").addEventListener("click", showChanges);
}
