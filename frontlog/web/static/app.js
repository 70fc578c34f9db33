// frontlog web view. Every value from the store is untrusted article-derived text: it is only ever
// written with textContent / createTextNode, never as HTML.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#d7301f", "Explosions/Remote violence": "#ff8c00", "Violence against civilians": "#7a0177",
  "Strategic developments": "#2c7fb8", "Protests": "#41ab5d", "Riots": "#fec44f",
};
// Controllers get a colour from their name (the same on every load), not from load order.
const CONTROLLER_COLOURS = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf", "#17becf",
  "#bcbd22", "#1f3a93", "#8c564b", "#2ca02c"];
// Marker fill and outline by how precisely the place is known.
const PRECISION_STYLE = {
  point: { fillOpacity: 0.9 }, city: { fillOpacity: 0.9 },
  admin1: { fillOpacity: 0.45, dashArray: "3 2" }, country: { fillOpacity: 0.15, dashArray: "2 3" },
};

function controllerColour(name) {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return CONTROLLER_COLOURS[h % CONTROLLER_COLOURS.length];
}
const REVIEW_MARK = { confirmed: "✓ confirmed", rejected: "✗ rejected", edited: "✎ edited", merged: "⊕ merged", split: "✂ split", undone: "↶ undone" };
const state = { events: [], dates: [], sort: { key: "event_date", dir: 1 }, selected: null, controllers: {} };

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function getJSON(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 13 }).setView([35, 39], 6);
// Clusters are neutral grey discs (not event colours); events at one point spread out (spiderfy)
// when their cluster is clicked at the highest zoom.
const clusters = L.markerClusterGroup({
  maxClusterRadius: 40, spiderfyOnMaxZoom: true, showCoverageOnHover: false,
  iconCreateFunction: (c) => L.divIcon({ html: el("span", c.getChildCount()), className: "fl-cluster", iconSize: L.point(28, 28) }),
});
const placeLayer = L.layerGroup();
const labelLayer = L.layerGroup();  // places with events: shown from zoom 7
const capitalLayer = L.layerGroup();
map.addLayer(clusters);
map.addLayer(placeLayer);
map.addLayer(capitalLayer);
map.on("zoomend", () => {
  if (map.getZoom() >= 7) map.addLayer(labelLayer); else map.removeLayer(labelLayer);
});

// A place no gazetteer has (precision "unresolved"): kept by name with no coordinates, listed
// with an "unplaced" mark and left off the map (never drawn at a country's centroid).
function placed(loc) { return loc.lat !== null && loc.lat !== undefined && loc.lon !== null && loc.lon !== undefined; }

function label(lat, lon, text, cls) {
  return L.marker([lat, lon], { icon: L.divIcon({ html: el("span", text), className: cls, iconSize: null }), interactive: false, keyboard: false });
}

async function drawBasemap() {
  const world = await getJSON("/static/vendor/countries-50m.json");
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, { style: { color: "#7a8a94", weight: 0.8, fillColor: "#f3efe6", fillOpacity: 1 } }).addTo(map);
  clusters.bringToFront && clusters.bringToFront();
}

function eventDate(e) { return e.event_date.length === 4 ? `${e.event_date}-01-01` : e.event_date.length === 7 ? `${e.event_date}-01` : e.event_date; }

function visibleEvents() {
  const from = state.dates[+document.getElementById("from").value] || "0000";
  const to = state.dates[+document.getElementById("to").value] || "9999";
  const type = document.getElementById("f-type").value;
  const country = document.getElementById("f-country").value;
  const actor = document.getElementById("f-actor").value;
  const sources = document.getElementById("f-sources").value;
  const where = document.getElementById("f-placed").value;
  const rejected = document.getElementById("f-rejected").checked;
  return state.events.filter((e) => {
    if (e.review === "rejected" && !rejected) return false;
    if (where === "placed" && !placed(e.location)) return false;
    if (where === "unplaced" && placed(e.location)) return false;
    if (sources === "single" && e.n_sources !== 1) return false;
    if (sources === "corroborated" && e.n_sources < 2) return false;
    const d = eventDate(e);
    if (d < from || d > to) return false;
    if (type && e.sub_event_type !== type && e.event_type !== type) return false;
    if (country && e.location.country !== country) return false;
    if (actor && e.actor1 !== actor && e.actor2 !== actor) return false;
    return true;
  });
}

function sortValue(e, key) {
  if (key === "place") return e.location.name;
  if (key === "n") return e.n_sources;
  if (key === "outlets") return e.n_outlets;
  if (key === "review") return e.review || "";
  if (key === "fatalities") return e.fatalities === null ? -1 : e.fatalities;
  return e[key] || "";
}

function render() {
  const shown = visibleEvents();
  const { key, dir } = state.sort;
  shown.sort((a, b) => (sortValue(a, key) > sortValue(b, key) ? dir : sortValue(a, key) < sortValue(b, key) ? -dir : 0));
  clusters.clearLayers();
  state.markers = new Map();
  for (const e of shown.filter((x) => placed(x.location))) {
    const m = L.circleMarker([e.location.lat, e.location.lon], {
      radius: 7, color: "#333", weight: 1, fillColor: TYPE_COLOURS[e.event_type] || "#666",
      ...(PRECISION_STYLE[e.location.precision] || PRECISION_STYLE.city),
    });
    state.markers.set(e.event_id, m);
    m.bindTooltip(el("span", `${e.event_date} ${e.sub_event_type} — ${e.location.name}`));  // a DOM node: never parsed as HTML
    m.on("click", () => select(e.event_id));
    m.options.eventId = e.event_id;
    clusters.addLayer(m);
  }
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of shown) {
    const tr = el("tr", null, { "data-event-id": e.event_id });
    for (const v of [e.event_date, e.sub_event_type, e.actor1 || "", e.actor2 || ""]) tr.append(el("td", v));
    const where = el("td", e.location.name);
    if (!placed(e.location)) {
      where.append(" ", el("span", "unplaced", { class: "unplaced", "data-testid": "unplaced", title: "no gazetteer has this place: kept by name, not on the map" }));
    }
    tr.append(where);
    for (const v of [e.fatalities ?? "", e.n_sources]) tr.append(el("td", v));
    const outlets = el("td", `${e.n_outlets}${e.party_attributed ? " ⚑" : ""}`);
    if (e.party_attributed) outlets.title = "a source attributes the report to actor 1 or actor 2";
    tr.append(outlets, el("td", e.review ? REVIEW_MARK[e.review].slice(0, 1) : "", { "data-testid": "review-cell", title: e.review || "" }));
    if (e.review) tr.classList.add(`review-${e.review}`);
    if (e.event_id === state.selected) tr.classList.add("selected");
    tr.addEventListener("click", () => select(e.event_id));
    body.append(tr);
  }
  const off = shown.filter((e) => !placed(e.location)).length;
  document.getElementById("visible").textContent = `${shown.length} of ${state.events.length} events shown${off ? ` (${off} unplaced, not on the map)` : ""}`;
  document.getElementById("from-label").textContent = state.dates[+document.getElementById("from").value] || "";
  document.getElementById("to-label").textContent = state.dates[+document.getElementById("to").value] || "";
  drawControllers();
  drawChart(shown);
  markTimeline();
  saveView();
}

async function drawControllers() {
  const to = state.dates[+document.getElementById("to").value];
  if (!to) return;
  const places = await getJSON(`/api/places?date=${encodeURIComponent(to)}`);
  placeLayer.clearLayers();
  const shown = new Set();
  for (const p of places) {
    if (!p.controller || p.lat === null || p.lon === null) continue;
    shown.add(p.controller);
    const ring = L.circleMarker([p.lat, p.lon], { radius: 13, color: controllerColour(p.controller), weight: 3, fill: false, interactive: false });
    ring.bindTooltip(el("span", `${p.name}: ${p.controller} (${p.status}, ${p.since})`));
    placeLayer.addLayer(ring);
  }
  const box = document.getElementById("legend-controllers");
  if (box) {
    box.replaceChildren(...[...shown].sort().map((c) => {
      const row = el("div", null, { "data-testid": "legend-controller" });
      row.append(el("span", null, { class: "ring", style: `border-color:${controllerColour(c)}` }), document.createTextNode(c));
      return row;
    }));
  }
}

// The map follows the selection: it pans to the event (keeping the zoom) and rings it.
const selectedLayer = L.layerGroup().addTo(map);
function followOnMap(eventId) {
  const e = state.events.find((x) => x.event_id === eventId);
  selectedLayer.clearLayers();
  if (!e || !placed(e.location)) return;
  const at = [e.location.lat, e.location.lon];
  selectedLayer.addLayer(L.circleMarker(at, { radius: 18, color: "#111", weight: 3, dashArray: "4 3", fill: false, interactive: false, className: "selected-ring" }));
  if (!map.getBounds().pad(-0.1).contains(at)) map.panTo(at);
}

async function select(eventId) {
  state.selected = eventId;
  followOnMap(eventId);
  saveView();
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.eventId === eventId);
  const detail = document.getElementById("detail");
  detail.replaceChildren(el("p", "loading…", { class: "hint" }));
  let e;
  try {
    e = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (err) {  // merged into another event, or re-merged under a new id by a run
    detail.replaceChildren(el("p", `event ${eventId} is no longer in the store (merged, split or re-merged); reload to see the events now`, { class: "hint", "data-testid": "gone" }));
    return;
  }
  const box = document.createDocumentFragment();
  box.append(el("h3", `${e.sub_event_type} — ${e.location.name}, ${e.event_date}`));
  box.append(el("p", `${e.actor1 || "unknown"} → ${e.actor2 || "unknown"}; killed: ${e.fatalities ?? "not reported"}; ${e.location.detail || ""}`, { class: "meta" }));
  if (e.actor1_acled || e.actor2_acled) {
    const side = (name, inter) => (name ? `${name}${inter ? ` (inter ${inter})` : ""}` : "—");
    box.append(el("p", `ACLED: ${side(e.actor1_acled, e.inter1)} → ${side(e.actor2_acled, e.inter2)}${e.interaction ? `; interaction ${e.interaction}` : ""}`,
      { class: "meta", "data-testid": "acled-actors" }));
  }
  const where = [e.location.admin1, e.location.country].filter(Boolean).join(", ");
  const known = placed(e.location)
    ? `known to the ${{ point: "point", city: "town", admin1: "region", country: "country" }[e.location.precision] || e.location.precision}${e.location.geonameid ? `; GeoNames ${e.location.geonameid}` : ""}; ACLED geo_precision ${e.geo_precision ?? "?"}`
    : "unplaced: no gazetteer has this place, so it is not on the map (edit its place, or import GeoNames and run again)";
  box.append(el("p", `place: ${e.location.name}${where ? ` (${where})` : ""}; ${known}`,
    { class: placed(e.location) ? "meta" : "meta warn", "data-testid": "precision" }));
  const corro = `${e.n_sources} document${e.n_sources === 1 ? "" : "s"}, ${e.n_outlets} outlet${e.n_outlets === 1 ? "" : "s"}`;
  box.append(el("p", `${corro}${e.n_sources === 1 ? " (single source)" : ""}${e.party_attributed ? "; a source attributes it to a party of the fight" : ""}`,
    { class: "meta", "data-testid": "corroboration" }));
  if (state.selected !== eventId) return;
  box.append(await reviewBox(e));
  for (const s of e.sources) {
    const doc = await getJSON(`/api/documents/${encodeURIComponent(s.doc_id)}`);
    const head = el("p", null, { class: "meta" });
    head.append(el("strong", doc.title || doc.file || s.doc_id));
    head.append(document.createTextNode(` — ${s.outlet || "unknown outlet"}, ${s.published || "undated"}${s.attributed_to ? `, according to ${s.attributed_to}` : ""} `));
    // The article is shown below; the link goes to where it was published (http(s) only: untrusted).
    if (/^https?:\/\//i.test(doc.url || "")) head.append(el("a", "original", { href: doc.url, target: "_blank", rel: "noopener noreferrer" }));
    else head.append(el("span", `file ${doc.file}`, { class: "meta" }));
    if (e.sources.length > 1) head.append(splitButton(e, s));
    const article = el("div", null, { class: "article", "data-testid": "article" });
    article.append(document.createTextNode(doc.text.slice(0, s.start)));
    article.append(el("mark", doc.text.slice(s.start, s.end), { "data-testid": "highlight" }));
    article.append(document.createTextNode(doc.text.slice(s.end)));
    box.append(head, article);
  }
  if (state.selected !== eventId) return;  // another event was chosen meanwhile (j/k)
  detail.replaceChildren(box);
  const mark = detail.querySelector("mark");
  if (mark) mark.scrollIntoView({ block: "nearest" });
}

// The front line of a place: its control records by date, claimants side by side (records of one
// day share a shade); records after the slider's date are dimmed; a click shows a record's sources.
async function showTimeline(name) {
  const body = document.querySelector("#timeline tbody");
  body.replaceChildren();
  state.timeline = [];
  if (!name) return;
  state.timeline = await getJSON(`/api/places/${encodeURIComponent(name)}/timeline`);
  let shade = false;
  state.timeline.forEach((r, i) => {
    if (i > 0 && r.date !== state.timeline[i - 1].date) shade = !shade;
    const tr = el("tr", null, { "data-date": r.date, class: shade ? "shade" : "" });
    for (const v of [r.date, r.status, r.controller || "", r.previous || "", r.share === null ? "" : `${Math.round(r.share * 100)}%`, r.claimed_by || ""]) tr.append(el("td", v));
    tr.addEventListener("click", () => showRecordSources(r));
    body.append(tr);
  });
  markTimeline();
}

function markTimeline() {
  const to = state.dates[+document.getElementById("to").value] || "9999";
  for (const tr of document.querySelectorAll("#timeline tbody tr")) tr.classList.toggle("after", tr.dataset.date > to);
}

function showRecordSources(r) {
  const box = document.createDocumentFragment();
  box.append(el("h3", `${r.place.name}, ${r.date}: ${r.status}${r.controller ? ` (${r.controller})` : ""}`));
  box.append(el("p", `claimed by ${r.claimed_by || "unattributed"}${r.share === null ? "" : `; share ${Math.round(r.share * 100)}%`}`, { class: "meta" }));
  for (const s of r.sources) {
    box.append(el("p", `${s.outlet || "unknown outlet"}, ${s.published || "undated"}${s.attributed_to ? `, according to ${s.attributed_to}` : ""}`, { class: "meta" }));
    box.append(el("blockquote", s.sentence, { "data-testid": "record-source" }));
  }
  document.getElementById("detail").replaceChildren(box);
}

function fillSelect(id, values) {
  const sel = document.getElementById(id);
  for (const v of values) sel.append(el("option", v, { value: v }));
}

async function showSummary() {
  const stats = await getJSON("/api/stats");
  const summary = document.getElementById("summary");
  summary.textContent = `${stats.counts.events} events, ${stats.counts.control} control records, ${stats.counts.documents} articles`;
  // While a run writes the store the server answers from its last copy; reviews are queued.
  if (stats.stale) summary.append(el("span", " — a run is writing the store: showing the last copy; reviews are queued until it ends", { class: "stale", "data-testid": "stale" }));
}

// Every event (rejected ones too: the filter hides them), page by page.
async function loadEvents() {
  const events = [];
  let offset = 0;
  for (;;) {
    const page = await getJSON(`/api/events?limit=1000&offset=${offset}&include_rejected=true`);
    events.push(...page.events);
    offset += page.events.length;
    if (offset >= page.total || page.events.length === 0) break;
  }
  state.events = events;
}

async function main() {
  drawBasemap().catch(() => {});
  await showSummary();
  await loadEvents();
  state.dates = [...new Set(state.events.map(eventDate))].sort();
  for (const id of ["from", "to"]) {
    const s = document.getElementById(id);
    s.max = String(Math.max(state.dates.length - 1, 0));
    s.addEventListener("input", render);
  }
  document.getElementById("to").value = String(Math.max(state.dates.length - 1, 0));
  fillSelect("f-type", [...new Set(state.events.map((e) => e.sub_event_type))].sort());
  fillSelect("f-country", [...new Set(state.events.map((e) => e.location.country).filter(Boolean))].sort());
  for (const id of ["f-type", "f-country", "f-actor", "f-sources", "f-placed", "f-rejected"]) document.getElementById(id).addEventListener("input", render);
  const actors = [...new Set(state.events.flatMap((e) => [e.actor1, e.actor2]).filter(Boolean))].sort();
  fillSelect("actor-names", actors);
  fillSelect("f-actor", actors);
  for (const id of ["chart-by", "chart-measure"]) document.getElementById(id).addEventListener("input", render);
  for (const th of document.querySelectorAll("#events th")) {
    th.addEventListener("click", () => {
      state.sort = { key: th.dataset.key, dir: state.sort.key === th.dataset.key ? -state.sort.dir : 1 };
      render();
    });
  }
  const places = await getJSON("/api/places");
  fillSelect("place", places.filter((p) => p.status).map((p) => p.name));  // every place with a control record
  document.getElementById("place").addEventListener("change", (ev) => { showTimeline(ev.target.value); saveView(); });
  for (const p of places.filter((x) => x.events > 0 && x.lat !== null && x.lon !== null)) labelLayer.addLayer(label(p.lat, p.lon, p.name, "place-label"));
  getJSON("/api/labels").then((caps) => {
    for (const c of caps) capitalLayer.addLayer(label(c.lat, c.lon, c.name, "capital-label"));
  }).catch(() => {});
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const div = el("div", null, { class: "legend", "data-testid": "legend" });
    div.append(el("strong", "event types"));
    for (const [t, c] of Object.entries(TYPE_COLOURS)) {
      const row = el("div");
      row.append(el("span", null, { class: "swatch", style: `background:${c}` }), document.createTextNode(t));
      div.append(row);
    }
    div.append(el("strong", "place known to"));
    for (const [name, cls] of [["the town", "swatch"], ["the region", "swatch region"], ["the country", "swatch country"]]) {
      const row = el("div");
      row.append(el("span", null, { class: cls }), document.createTextNode(name));
      div.append(row);
    }
    div.append(el("strong", "controller (ring)"), el("div", null, { id: "legend-controllers" }));
    const cluster = el("div");
    cluster.append(el("span", null, { class: "swatch cluster" }), document.createTextNode("several events (click)"));
    div.append(cluster);
    return div;
  };
  legend.addTo(map);
  const mapped = state.events.filter((e) => placed(e.location));
  if (mapped.length) {
    const bounds = L.latLngBounds(mapped.map((e) => [e.location.lat, e.location.lon]));
    map.fitBounds(bounds.pad(0.2));
  }
  setUpDownload();
  setUpChanges();
  await restoreView();  // renders, with the URL's filters, slider, place and event
  document.body.dataset.ready = "1";
}

main().catch((err) => { document.getElementById("summary").textContent = `error: ${err.message}`; });
