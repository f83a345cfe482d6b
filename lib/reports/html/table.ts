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
 * Every verdict in one table that sorts by any column and filters by verdict,
 * by finding and by words (see table-script.ts). Sort keys live in data-sort
 * so dates and severities sort by meaning, not by their text. A column that
 * would be empty everywhere (severity when nothing conflicts, finding when
 * there is none) is left out.
 */
export function relationsTable(model: ReportModel): string {
  const subjectOf = new Map<string, string>();
  for (const view of model.groups) for (const claim of view.claims) subjectOf.set(claim.id, groupTitle(view.group));
  const columns: Columns = {
    severity: model.relations.some((r) => r.severity !== null || r.consistent === false),
    finding: model.findings.length > 0,
  };
  const options = KIND_ORDER.map((kind) => `<option value="${kind}">${kind} (${model.kindCounts.get(kind) ?? 0})</option>`).join('');
  const findingFilter = columns.finding
    ? `<label>Finding <select id="relations-finding"><option value="">all</option>${model.findings
        .map((finding) => {
          const ref = model.findingRefs.get(finding) ?? '';
          return `<option value="${ref}">${ref} (${model.relationsOfFinding.get(finding)?.length ?? 0})</option>`;
        })
        .join('')}</select></label>\n`
    : '';
  const rows = model.relations.map((relation, order) => row(relation, order, model, subjectOf, columns)).join('\n');
  const header = [
    '<th data-type="number"><button type="button">#</button></th>',
    '<th><button type="button">verdict</button></th>',
    columns.severity ? '<th data-type="number"><button type="button">severity</button></th>' : '',
    columns.finding ? '<th><button type="button">finding</button></th>' : '',
    '<th><button type="button">subject</button></th>',
    '<th><button type="button">figures</button></th>',
    '<th><button type="button">said by · outlet</button></th>',
    '<th><button type="button">as of</button></th>',
    '<th><button type="button">reason</button></th>',
  ].join('');
  return `<div class="filters">
<label>Verdict <select id="relations-kind"><option value="">all</option>${options}</select></label>
${findingFilter}<label>Words <input id="relations-filter" type="search" placeholder="outlet, figure, place…" autocomplete="off"></label>
<output id="relations-count" for="relations-kind relations-filter">${model.relations.length} of ${model.relations.length} verdicts shown</output>
</div>
<div class="table-wrap"><table id="relations">
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

interface Columns {
  severity: boolean;
  finding: boolean;
}

function row(relation: Relation, order: number, model: ReportModel, subjectOf: ReadonlyMap<string, string>, columns: Columns): string {
  const claims = claimsOf(relation, model);
  const subjects = [...new Set(relation.claimIds.map((id) => subjectOf.get(id)).filter((s): s is string => s !== undefined))];
  const severity = relation.severity;
  const severityCell = !columns.severity
    ? ''
    : severity
      ? `<td data-sort="${(SEVERITY_SORT.get(severity.level) ?? 0) * 10 + Math.min(Number(severity.relativeGap) || 0, 9.99)}">${escapeHtml(severity.level)} (${formatPercent(severity.relativeGap)})</td>`
      : relation.consistent === false
        ? '<td data-sort="0">does not add up</td>'
        : '<td data-sort="0"></td>';
  const finding = model.findingOf.get(relation);
  const findingRef = finding === undefined ? '' : (model.findingRefs.get(finding) ?? '');
  const findingCell = columns.finding ? `<td data-sort="${findingRef === '' ? 0 : findingRef.slice(1)}">${findingRef}</td>` : '';
  const list = (items: string[]) => items.map((item) => escapeHtml(item)).join('<br>');
  const earliest = claims.map(timeKey).sort(compareText)[0] ?? '9999-12-31';
  const review = relation.certainty === 'needs-review' ? ' <span class="badge review">needs review</span>' : '';
  return (
    `<tr class="k-${escapeHtml(relation.kind)}" data-kind="${escapeHtml(relation.kind)}" data-finding="${findingRef}" data-order="${order}">` +
    `<td data-sort="${order}">${escapeHtml(relation.claimIds.map((id) => refOf(id, model)).join(', '))}</td>` +
    `<td>${escapeHtml(relation.kind)}${review}</td>${severityCell}${findingCell}` +
    `<td>${list(subjects)}</td>` +
    `<td>${list(claims.map(figureWithMeasure))}</td>` +
    `<td>${list(claims.map((c) => [speakerOf(c), outletOf(c)].filter((s) => s !== null).join(' · ')))}</td>` +
    `<td class="when" data-sort="${escapeHtml(earliest)}">${list(claims.map(whenValidCompact))}</td>` +
    `<td>${escapeHtml(relation.reason)}</td></tr>`
  );
}
