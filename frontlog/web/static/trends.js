// Trends under the map (issue 18): events or fatalities per day/week/month, stacked by event type,
// for what the filters and the slider show; a click on a bar narrows the slider to its period.
// Also the places and actors with most events. Values are written as text only.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

function periodOf(day, by) {
  if (by === "month") return day.slice(0, 7);
  if (by === "week") {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  }
  return day;
}

function periodEnd(period, by) {
  if (by === "month") {
    const [y, m] = period.split("-").map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (by === "week") {
    const d = new Date(`${period}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    return d.toISOString().slice(0, 10);
  }
  return period;
}

function narrowTo(period, by) {
  const first = by === "month" ? `${period}-01` : period;
  const last = periodEnd(period, by);
  const from = state.dates.findIndex((d) => d >= first);
  let to = -1;
  state.dates.forEach((d, i) => { if (d <= last) to = i; });
  if (from < 0 || to < from) return;
  document.getElementById("from").value = String(from);
  document.getElementById("to").value = String(to);
  render();
}

function topList(title, counts) {
  const box = el("div", null, { class: "top" });
  box.append(el("strong", title));
  const list = el("ol");
  for (const [name, n] of [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5)) {
    list.append(el("li", `${name} (${n})`));
  }
  box.append(list);
  return box;
}

function drawChart(shown) {
  const box = document.getElementById("chart");
  if (!box) return;
  const by = document.getElementById("chart-by").value;
  const measure = document.getElementById("chart-measure").value;
  const cells = new Map(); // period -> Map(type -> amount)
  const places = new Map();
  const actors = new Map();
  for (const e of shown) {
    const n = measure === "events" ? 1 : (e.fatalities || 0);
    const p = periodOf(eventDate(e), by);
    if (!cells.has(p)) cells.set(p, new Map());
    const row = cells.get(p);
    row.set(e.event_type, (row.get(e.event_type) || 0) + n);
    places.set(e.location.name, (places.get(e.location.name) || 0) + n);
    for (const a of new Set([e.actor1, e.actor2].filter(Boolean))) actors.set(a, (actors.get(a) || 0) + n);
  }
  const periods = [...cells.keys()].sort();
  const width = Math.max(box.clientWidth - 10, 200);
  const height = 110;
  const max = Math.max(1, ...periods.map((p) => [...cells.get(p).values()].reduce((a, b) => a + b, 0)));
  const step = periods.length ? width / periods.length : width;
  const chart = svg("svg", { width, height: height + 16, "data-testid": "chart", role: "img" });
  periods.forEach((p, i) => {
    let y = height;
    const bar = svg("g", { "data-testid": "bar", "data-period": p, class: "bar" });
    let total = 0;
    for (const [type, n] of cells.get(p)) {
      const h = (n / max) * (height - 4);
      y -= h;
      total += n;
      bar.append(svg("rect", { x: i * step + 1, y, width: Math.max(step - 2, 1), height: h, fill: TYPE_COLOURS[type] || "#666" }));
    }
    const tip = svg("title");
    tip.textContent = `${p}: ${total} ${measure}`;
    bar.append(tip);
    bar.dataset.total = String(total);
    bar.addEventListener("click", () => narrowTo(p, by));
    chart.append(bar);
  });
  if (periods.length) {
    for (const [i, anchor] of [[0, "start"], [periods.length - 1, "end"]]) {
      const label = svg("text", { x: anchor === "start" ? 2 : width - 2, y: height + 13, "text-anchor": anchor, class: "axis" });
      label.textContent = periods[i];
      chart.append(label);
    }
  }
  const caption = el("span", `${measure} per ${by}, max ${max}`, { class: "meta" });
  box.replaceChildren(chart, el("div", null, { class: "tops" }));
  box.lastChild.append(caption, topList("places", places), topList("actors", actors));
}
