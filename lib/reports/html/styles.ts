/** The report's only stylesheet, embedded inline; system fonts, so nothing is fetched. */
export const STYLES = `
:root { --ink: #1b1f24; --muted: #5b6572; --line: #d7dce2; --paper: #ffffff; --panel: #f5f7f9;
  --conflict: #c4001a; --review: #b35c00; --ok: #1f7a3a; --mark: #ffe36e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--ink); background: var(--paper);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 8px; }
a { color: #0b57d0; }
.lede { color: var(--muted); margin: 0 0 12px; }
.headline { font-size: 17px; margin: 8px 0 12px; }
.headline.bad strong { color: var(--conflict); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.chips button { font: inherit; font-size: 13px; border: 1px solid var(--line); background: var(--panel); border-radius: 999px;
  padding: 2px 10px; cursor: pointer; color: var(--ink); }
.chips button.k-conflict { border-color: var(--conflict); color: var(--conflict); font-weight: 600; }
.chips button.k-correction { border-color: var(--review); color: var(--review); }
.chips button[data-count="0"] { opacity: 0.55; font-weight: 400; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 0 0 16px; background: var(--paper); }
.card.conflict { border-left-color: var(--conflict); }
.card.review { border-left-color: var(--review); }
.badge { display: inline-block; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  border-radius: 4px; padding: 1px 6px; margin-right: 6px; color: #fff; background: var(--muted); vertical-align: 2px; }
.badge.sev-high { background: var(--conflict); } .badge.sev-medium { background: #e0482b; } .badge.sev-low { background: #b77400; }
.badge.review { background: var(--review); } .badge.small { background: var(--muted); }
.top-findings { margin: 8px 0 4px; padding-left: 24px; font-size: 14px; }
.top-findings li { margin: 0 0 4px; }
.more { margin: 0 0 12px; font-size: 14px; }
ol.findings { list-style: none; padding: 0; margin: 0; }
ol.findings > li { border: 1px solid var(--line); border-left: 6px solid var(--conflict); border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; }
ol.findings > li.k-correction, ol.findings > li.k-breakdown { border-left-color: var(--review); }
ol.findings > li.k-small-counts { border-left-color: var(--line); }
.finding-line { margin: 0 0 4px; }
.finding-facts { margin: 0 0 6px; color: var(--muted); font-size: 13px; }
.finding-facts button { font: inherit; color: #0b57d0; background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
.legend-text { font-size: 13px; color: var(--muted); padding-left: 20px; }
a.ref { font-weight: 700; margin-right: 4px; }
.reason { margin: 4px 0 12px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
.side { background: var(--panel); border-radius: 6px; padding: 10px 12px; }
.figure { font-size: 20px; font-weight: 700; margin: 0 0 4px; }
.figure .ref { font-size: 13px; color: var(--muted); font-weight: 400; margin-right: 6px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 0 0 8px; font-size: 14px; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; }
blockquote.quote { margin: 6px 0 0; padding: 6px 10px; border-left: 3px solid var(--line); background: var(--paper); font-size: 14px; }
blockquote.quote .context { color: var(--muted); }
blockquote.quote q { quotes: "\\201C" "\\201D"; font-weight: 600; }
mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 2px; }
.subject { border-top: 1px solid var(--line); padding-top: 16px; margin-top: 20px; }
.subject h3 .count { color: var(--muted); font-weight: 400; }
.chart-wrap { overflow-x: auto; }
.chart { display: block; width: 100%; min-width: 800px; height: auto; background: var(--paper); }
.chart text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; fill: var(--ink); }
.chart text.finding-label { font-weight: 700; fill: var(--conflict); }
.chart .axis line, .chart .axis path { stroke: #9aa3ad; }
.chart .grid { stroke: #eceff2; }
.chart .muted { fill: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; color: var(--muted); margin: 4px 0 8px; padding: 0; list-style: none; }
.legend svg { vertical-align: -1px; margin-right: 4px; }
.estimates, .explained { margin: 6px 0; padding-left: 20px; font-size: 14px; }
.explained .kind { font-weight: 600; }
.explained .kind.k-conflict { color: var(--conflict); }
details.claims > summary { cursor: pointer; color: var(--muted); margin: 6px 0; }
ol.claim-list { list-style: none; padding: 0; margin: 0; }
ol.claim-list > li { padding: 8px 0; border-bottom: 1px solid var(--line); }
ol.claim-list .who { color: var(--muted); font-size: 13px; }
ol.claim-list .verdicts { font-size: 13px; }
.in-conflict .ref { color: var(--conflict); font-weight: 700; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 8px; }
.filters input, .filters select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
.filters input { min-width: 260px; }
.filters output { color: var(--muted); font-size: 14px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--panel); position: sticky; top: 0; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ink); }
th[aria-sort="ascending"] button::after { content: " \\25B2"; font-size: 10px; }
th[aria-sort="descending"] button::after { content: " \\25BC"; font-size: 10px; }
td.when { white-space: nowrap; }
tr.k-conflict td:nth-child(2) { color: var(--conflict); font-weight: 700; }
tr.k-correction td:nth-child(2) { color: var(--review); font-weight: 700; }
ul.compact { padding-left: 20px; font-size: 14px; }
.rejected li { margin-bottom: 4px; }
code { font-size: 13px; background: var(--panel); padding: 0 3px; border-radius: 3px; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media print { .filters, .chips { display: none; } .card, .subject { break-inside: avoid; } }
@media (max-width: 600px) {
  body { padding: 12px; font-size: 14px; }
  h1 { font-size: 22px; }
  .filters input { min-width: 0; width: 100%; }
  .filters label { flex: 1 1 100%; }
  .sides { grid-template-columns: 1fr; }
  code { word-break: break-all; }
}
`;
