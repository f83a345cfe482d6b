import { formatNumber, plural } from '../figures';
import type { ReportModel } from '../model';
import { contentSecurityPolicy } from './csp';
import { escapeHtml } from './escape';
import {
  agreementsSection,
  conflictsSection,
  explainedSection,
  findingsSection,
  pairsToReviewSection,
  rejectedSection,
  reviewSection,
  subjectsSection,
  summarySection,
} from './sections';
import { STYLES } from './styles';
import { relationsTable } from './table';
import { TABLE_SCRIPT } from './table-script';

/**
 * The HTML report: one self-contained page that works offline. Its only
 * style and script are inline and allowed by hash in a strict
 * Content-Security-Policy; it loads no font, image or script from anywhere.
 */
export function renderHtml(model: ReportModel): string {
  const sections: [string, string, string][] = [['summary', 'Summary', summarySection(model)]];
  if (model.findings.length > 0) sections.push(['findings', `Findings (${formatNumber(model.findings.length)})`, findingsSection(model)]);
  if (model.needsReview.length > 0)
    sections.push(['pairs-to-review', `Pairs that need review (${formatNumber(model.needsReview.length)})`, pairsToReviewSection(model)]);
  sections.push(['conflicts', `Conflicts (${formatNumber(model.conflicts.length)})`, conflictsSection(model)]);
  if (model.review.length > 0)
    sections.push(['review', `Corrections and totals that do not add up (${formatNumber(model.review.length)})`, reviewSection(model)]);
  if (model.explained.length > 0)
    sections.push(['explained', `Differences explained (${model.explained.length})`, explainedSection(model)]);
  sections.push(
    ['subjects', `Subjects (${model.groups.length})`, subjectsSection(model)],
    ['verdicts', `All verdicts (${model.relations.length})`, relationsTable(model)],
    ['agreements', `Agreements (${model.agreements.length})`, agreementsSection(model)],
    ['rejected', `Rejected records (${model.result.rejected.length})`, rejectedSection(model.result.rejected)],
  );
  const title = `Discrepancy report: ${plural(model.findings.length, 'finding')}, ${plural(model.conflicts.length, 'conflict')}, ${plural(model.result.groups.length, 'subject')}`;
  const body = sections
    .map(([id, heading, content]) =>
      id === 'summary'
        ? `<header id="summary"><h1>Discrepancy report</h1>\n${content}</header>`
        : `<section id="${id}">\n<h2>${heading}</h2>\n${content}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(STYLES, TABLE_SCRIPT)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claim-reconciler">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
${body}
<footer>Made by claim-reconciler. Figures are shown as their sources wrote them; dates are as-of dates unless marked.</footer>
<script>${TABLE_SCRIPT}</script>
</body>
</html>
`;
}
