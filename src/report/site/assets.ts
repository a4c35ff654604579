/** The site's one stylesheet and the index page's filter script, inlined into the pages (no external assets) and pinned by CSP hashes. */
import { createHash } from "node:crypto";

export const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --soft: #f6f8fa;
  --A: #1a7f37; --B: #4d8f1f; --C: #9a6700; --D: #bc4c00; --F: #cf222e; --none: #6e7781; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
a { color: #0969da; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
details summary { cursor: pointer; color: var(--muted); margin: 4px 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.name { overflow-wrap: anywhere; min-width: 280px; }
#servers th { white-space: normal; vertical-align: bottom; }
.grade { display: inline-block; min-width: 2em; padding: 0 6px; border-radius: 10px; color: #fff; font-weight: 600; text-align: center; background: var(--none); }
.grade-A { background: var(--A); } .grade-B { background: var(--B); } .grade-C { background: var(--C); }
.grade-D { background: var(--D); } .grade-F { background: var(--F); }
.sev { font-size: 12px; font-weight: 600; text-transform: uppercase; }
.sev-critical { color: var(--F); } .sev-high { color: var(--D); } .sev-medium { color: var(--C); } .sev-low, .sev-info { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 16px 0; padding: 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters select, .filters input { font: inherit; padding: 4px 6px; min-width: 150px; }
.score { font-size: 40px; font-weight: 700; line-height: 1; }
.card { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; margin: 12px 0; }
.finding { margin: 6px 0 10px; padding: 8px 10px; border-left: 3px solid var(--line); background: var(--soft); overflow-wrap: anywhere; }
code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 4px 0 0; }
button.sort { font: inherit; font-weight: 600; border: 0; background: none; cursor: pointer; padding: 0; white-space: nowrap; }
nav { margin-bottom: 12px; }
`;

export const INDEX_SCRIPT = `
(function () {
  var form = document.getElementById("filters");
  var body = document.querySelector("#servers tbody");
  var rows = Array.prototype.slice.call(body.rows);
  var shown = document.getElementById("shown");
  function has(list, value) { return (" " + list + " ").indexOf(" " + value + " ") >= 0; }
  function apply() {
    var grade = form.elements.grade.value, eco = form.elements.ecosystem.value, dim = form.elements.dimension.value;
    var text = form.elements.q.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var kind = dim.split(":")[0], id = dim.split(":")[1];
      var ok = (!grade || d.grade === grade) && (!eco || has(d.ecosystem, eco)) &&
        (!dim || has(kind === "serious" ? d.serious : d.any, id)) && (!text || d.name.indexOf(text) >= 0);
      row.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = String(count);
    var state = [];
    ["grade", "dimension", "ecosystem", "q"].forEach(function (k) { if (form.elements[k].value) state.push(k + "=" + encodeURIComponent(form.elements[k].value)); });
    history.replaceState(null, "", state.length ? "#" + state.join("&") : location.pathname);
  }
  location.hash.slice(1).split("&").forEach(function (pair) {
    var kv = pair.split("="), el = form.elements[kv[0]];
    if (el && kv.length === 2) el.value = decodeURIComponent(kv[1]);
  });
  var descending = true;
  document.getElementById("sort-score").addEventListener("click", function () {
    descending = !descending;
    rows.sort(function (a, b) {
      var x = Number(a.dataset.score), y = Number(b.dataset.score);
      return descending ? y - x : x - y;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    this.textContent = descending ? "Score \\u25BC" : "Score \\u25B2";
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/** Nothing loads or runs but our own inline style and (on the index) our own script: even a markup slip cannot run a stranger's code. */
export function contentSecurityPolicy(withScript: boolean): string {
  return [`default-src 'none'`, `style-src ${sha256(STYLE)}`, `img-src 'self' data:`, withScript ? `script-src ${sha256(INDEX_SCRIPT)}` : `script-src 'none'`, `base-uri 'none'`, `form-action 'none'`].join("; ");
}
