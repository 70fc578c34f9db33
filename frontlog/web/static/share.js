// Shareable views and downloads (issue 18). The URL's query string holds the filters, the slider's
// dates, the chart's settings, the chosen place and the selected event: reload it or send it.
// The download button asks the server's export code for exactly what the filters show.
"use strict";

const CONTROLS = { type: "f-type", country: "f-country", actor: "f-actor", sources: "f-sources", placed: "f-placed", by: "chart-by", measure: "chart-measure" };

function viewParams() {
  const p = new URLSearchParams();
  for (const [key, id] of Object.entries(CONTROLS)) {
    const v = document.getElementById(id).value;
    if (v && !(key === "by" && v === "week") && !(key === "measure" && v === "events")) p.set(key, v);
  }
  if (document.getElementById("f-rejected").checked) p.set("rejected", "1");
  const from = state.dates[+document.getElementById("from").value];
  const to = state.dates[+document.getElementById("to").value];
  if (from && from !== state.dates[0]) p.set("from", from);
  if (to && to !== state.dates[state.dates.length - 1]) p.set("to", to);
  const place = document.getElementById("place").value;
  if (place) p.set("place", place);
  if (state.selected) p.set("event", state.selected);
  return p;
}

function saveView() {
  if (!state.restored) return;  // not before the URL's own view is applied
  const query = viewParams().toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function setSelect(id, value) {
  const sel = document.getElementById(id);
  if ([...sel.options].some((o) => o.value === value)) sel.value = value;
}

async function restoreView() {
  const p = new URLSearchParams(location.search);
  for (const [key, id] of Object.entries(CONTROLS)) if (p.has(key)) setSelect(id, p.get(key));
  document.getElementById("f-rejected").checked = p.get("rejected") === "1";
  const index = (day, fallback) => {
    const i = state.dates.indexOf(day);
    return i >= 0 ? i : fallback;
  };
  if (p.has("from")) document.getElementById("from").value = String(index(p.get("from"), 0));
  if (p.has("to")) document.getElementById("to").value = String(index(p.get("to"), state.dates.length - 1));
  state.restored = true;
  render();
  if (p.has("place")) {
    setSelect("place", p.get("place"));
    showTimeline(document.getElementById("place").value);
  }
  if (p.has("event") && /^[0-9a-f]{4,64}$/.test(p.get("event"))) await select(p.get("event"));
}

function downloadURL(format) {
  const q = new URLSearchParams({ format });
  const type = document.getElementById("f-type").value;
  const country = document.getElementById("f-country").value;
  const actor = document.getElementById("f-actor").value;
  const sources = document.getElementById("f-sources").value;
  if (type) q.set("type", type);
  if (country) q.set("country", country);
  if (actor) q.set("actor", actor);
  if (sources) q.set("single_source", sources === "single" ? "true" : "false");
  const where = document.getElementById("f-placed").value;
  if (where) q.set("placed", where === "placed" ? "true" : "false");
  if (document.getElementById("f-rejected").checked) q.set("include_rejected", "true");
  const from = state.dates[+document.getElementById("from").value];
  const to = state.dates[+document.getElementById("to").value];
  if (from) q.set("since", from);
  if (to) q.set("until", to);
  return `/api/export?${q}`;
}

function setUpDownload() {
  document.getElementById("download").addEventListener("click", () => {
    const link = el("a", null, { href: downloadURL(document.getElementById("download-format").value), download: "" });
    document.body.append(link);
    link.click();
    link.remove();
  });
}
