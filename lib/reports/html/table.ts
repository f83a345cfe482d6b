import type { Relation } from '../../records';
import { compareText, figureWithMeasure, formatPercent, outletOf, speakerOf, timeKey, whenValidCompact } from '../figures';
import { claimsOf, groupTitle, KIND_ORDER, refOf, type ReportModel } from '../model';
import { escapeHtml } from './escape';

const SEVERITY_SORT: ReadonlyMap<string, number> = new Map([
  ['high', 3],
  ['medium', 2],
  ['low', 1],
]);

/**
 * Every verdict in one table that sorts by any column and filters by verdict
 * and by words (see table-script.ts). Sort keys live in data-sort so dates
 * and severities sort by meaning, not by their text.
 */
export function relationsTable(model: ReportModel): string {
  const subjectOf = new Map<string, string>();
  for (const view of model.groups) for (const claim of view.claims) subjectOf.set(claim.id, groupTitle(view.group));
  const options = KIND_ORDER.map((kind) => `<option value="${kind}">${kind} (${model.kindCounts.get(kind) ?? 0})</option>`).join('');
  const rows = model.relations.map((relation, order) => row(relation, order, model, subjectOf)).join('\n');
  return `<div class="filters">
<label>Verdict <select id="relations-kind"><option value="">all</option>${options}</select></label>
<label>Words <input id="relations-filter" type="search" placeholder="outlet, figure, place…" autocomplete="off"></label>
<output id="relations-count" for="relations-kind relations-filter">${model.relations.length} of ${model.relations.length} verdicts shown</output>
</div>
<div class="table-wrap"><table id="relations">
<thead><tr><th data-type="number"><button type="button">#</button></th><th><button type="button">verdict</button></th><th data-type="number"><button type="button">severity</button></th><th><button type="button">subject</button></th><th><button type="button">figures</button></th><th><button type="button">said by · outlet</button></th><th><button type="button">as of</button></th><th><button type="button">reason</button></th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function row(relation: Relation, order: number, model: ReportModel, subjectOf: ReadonlyMap<string, string>): string {
  const claims = claimsOf(relation, model);
  const subjects = [...new Set(relation.claimIds.map((id) => subjectOf.get(id)).filter((s): s is string => s !== undefined))];
  const severity = relation.severity;
  const severityCell = severity
    ? `<td data-sort="${(SEVERITY_SORT.get(severity.level) ?? 0) * 10 + Math.min(Number(severity.relativeGap) || 0, 9.99)}">${escapeHtml(severity.level)} (${formatPercent(severity.relativeGap)})</td>`
    : relation.consistent === false
      ? '<td data-sort="0">does not add up</td>'
      : '<td data-sort="0"></td>';
  const list = (items: string[]) => items.map((item) => escapeHtml(item)).join('<br>');
  const earliest = claims.map(timeKey).sort(compareText)[0] ?? '9999-12-31';
  return (
    `<tr class="k-${escapeHtml(relation.kind)}" data-kind="${escapeHtml(relation.kind)}" data-order="${order}">` +
    `<td data-sort="${order}">${escapeHtml(relation.claimIds.map((id) => refOf(id, model)).join(', '))}</td>` +
    `<td>${escapeHtml(relation.kind)}</td>${severityCell}` +
    `<td>${list(subjects)}</td>` +
    `<td>${list(claims.map(figureWithMeasure))}</td>` +
    `<td>${list(claims.map((c) => [speakerOf(c), outletOf(c)].filter((s) => s !== null).join(' · ')))}</td>` +
    `<td class="when" data-sort="${escapeHtml(earliest)}">${list(claims.map(whenValidCompact))}</td>` +
    `<td>${escapeHtml(relation.reason)}</td></tr>`
  );
}
