import type { Claim, Estimate, Finding, Rejected, Relation } from '../records';
import { FINDING_KINDS } from '../records';
import { formatDate } from '../dates';
import {
  byTime,
  figureAsWritten,
  figureWithMeasure,
  FINDING_MEANINGS,
  formatNumber,
  KIND_MEANINGS,
  measureOf,
  outletOf,
  periodText,
  plural,
  severityText,
  sourceLine,
  speakerOf,
  whenValid,
  whoSaid,
} from './figures';
import { claimsOf, evidenceOf, groupTitle, KIND_ORDER, refOf, refRanges, type GroupView, type ReportModel } from './model';

/**
 * The discrepancy report a fact-checker reads first: the summary with the
 * top findings (one screen), then every finding, then the pairs that need
 * review, then the verdicts themselves (conflicts most severe first with
 * their quotes, corrections, differences explained), each subject as a
 * timeline, agreements in brief, and every rejected record. Findings are
 * F1, F2…, claims C1, C2… throughout.
 */
export function renderMarkdown(model: ReportModel): string {
  const sections = [
    ['# Discrepancy report', ''],
    summary(model),
    findings(model),
    pairsToReview(model),
    conflicts(model),
    review(model),
    explained(model),
    subjects(model),
    agreements(model),
    rejected(model.result.rejected),
  ];
  return `${sections
    .flat()
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function summary(model: ReportModel): string[] {
  const { result, documents } = model;
  const docs = documents.basis === 'given' ? plural(documents.count, 'document') : `${plural(documents.count, 'document')} cited`;
  const lines = [
    `${docs} · ${plural(result.claims.length, 'claim')} · ${plural(result.groups.length, 'subject')} · ` +
      `${plural(result.relations.length, 'verdict')} · ${plural(result.rejected.length, 'rejected record')}`,
    '',
    headline(model),
    '',
    ...topFindings(model),
    '| verdict | count | meaning |',
    '|---|--:|---|',
  ];
  for (const kind of KIND_ORDER) lines.push(`| ${kind} | ${formatNumber(model.kindCounts.get(kind) ?? 0)} | ${KIND_MEANINGS[kind]} |`);
  return [...lines, ''];
}

/** One sentence that answers "is anything wrong?" before any table. */
function headline(model: ReportModel): string {
  if (model.result.claims.length === 0) return '**No claims to compare.**';
  if (model.findings.length === 0) return `**No findings.** ${verdictHeadline(model)}`;
  const counts = FINDING_KINDS.filter((kind) => kind !== 'small-counts' && (model.findingCounts.get(kind) ?? 0) > 0).map((kind) =>
    plural(model.findingCounts.get(kind) ?? 0, FINDING_WORDS[kind][0], FINDING_WORDS[kind][1]),
  );
  const noise = model.findingCounts.get('small-counts') ?? 0;
  if (noise > 0) counts.push(`small counts in ${plural(noise, 'subject')}`);
  const review = model.needsReview.length > 0 ? ` ${plural(model.needsReview.length, 'pair')} of figures need review.` : '';
  return `**${plural(model.findings.length, 'finding')}**: ${counts.join(', ')}.${review}`;
}

const FINDING_WORDS: Readonly<Record<Finding['kind'], [string, string]>> = {
  disagreement: ['disagreement between sources', 'disagreements between sources'],
  correction: ['correction', 'corrections'],
  breakdown: ['breakdown that does not add up', 'breakdowns that do not add up'],
  'small-counts': ['small-count line', 'small-count lines'],
};

/**
 * The top of the report, one screen: the findings by kind, then the weightiest,
 * one line each. Nothing when there is no finding.
 */
function topFindings(model: ReportModel): string[] {
  if (model.findings.length === 0) return [];
  const lines = ['| finding | count | meaning |', '|---|--:|---|'];
  for (const kind of FINDING_KINDS)
    lines.push(`| ${kind} | ${formatNumber(model.findingCounts.get(kind) ?? 0)} | ${FINDING_MEANINGS[kind]} |`);
  const shown = model.findings.slice(0, model.topFindings);
  if (shown.length === 0) return [...lines, ''];
  const more = model.findings.length > shown.length ? ` (${formatNumber(shown.length)} of ${formatNumber(model.findings.length)})` : '';
  lines.push('', `Top findings${more}, most weight first:`, '');
  shown.forEach((finding, i) => lines.push(`${i + 1}. ${findingLine(finding, model)}`));
  return [...lines, ''];
}

/** "**F1** (high) cases in Puerto Rico: … ; weight 109": the finding's own line, escaped. */
function findingLine(finding: Finding, model: ReportModel): string {
  const level = finding.kind === 'small-counts' ? '' : ` (${finding.level})`;
  return `**${model.findingRefs.get(finding) ?? ''}**${level} ${escapeInline(finding.summary)}`;
}

/**
 * Every finding: its line, its subject and claims, and the widest of its
 * pairs with their quotes. Its relations are among the verdicts below,
 * each subject's timeline marks them, and the JSON lists them by position.
 */
function findings(model: ReportModel): string[] {
  if (model.findings.length === 0) return [];
  const lines = [`## Findings (${formatNumber(model.findings.length)})`, ''];
  for (const finding of model.findings) {
    const label = model.findingRefs.get(finding) ?? '';
    const relations = model.relationsOfFinding.get(finding) ?? [];
    lines.push(`### ${label}. ${escapeInline(findingTitle(finding))}`, '');
    lines.push(`${findingLine(finding, model)}`, '');
    const facts = [
      `kind ${finding.kind}`,
      `weight ${formatNumber(finding.weight)}`,
      `${plural(relations.length, 'verdict')}`,
      `claims ${refRanges(finding.claimIds, model)}`,
    ];
    lines.push(`${escapeInline(facts.join(' · '))}  `);
    lines.push(`id: ${escapeInline(finding.id)}`, '');
    const evidence = evidenceOf(finding, model);
    if (evidence !== undefined) {
      lines.push(`Widest: ${escapeInline(evidence.reason)}`, '');
      evidence.claimIds.forEach((id, i) => {
        const claim = model.claims.get(id);
        const who = claim === undefined ? '' : ` (${escapeInline(whoSaid(claim))}, ${whenValid(claim)})`;
        lines.push(`> ${ref(id, model)}${who}: “${escapeInline(evidence.quotes[i] ?? claim?.quote ?? '')}”  `);
      });
      lines.push('');
    }
  }
  return lines;
}

/**
 * A finding's heading: its subject and what happened, without the dates and
 * gaps of the line below it ("cases in Puerto Rico: The COVID Tracking
 * Project below JHU CSSE and The New York Times").
 */
function findingTitle(finding: Finding): string {
  const subject = finding.summary.split(': ')[0] ?? finding.summary;
  switch (finding.kind) {
    case 'disagreement': {
      const cut = finding.summary.search(/, (?:[A-Z][a-z]{2} \d|date unknown)/);
      return cut > 0 ? finding.summary.slice(0, cut) : subject;
    }
    case 'correction':
      return `${subject}: ${finding.sides[0]?.sources.join(', ') ?? 'a source'} revised its figure`;
    case 'breakdown':
      return `${subject}: parts that do not add up to their total`;
    case 'small-counts':
      return `${subject}: small counts`;
  }
}

/** Relations whose figures may not count the same thing: what is missing, then the pair in full. */
function pairsToReview(model: ReportModel): string[] {
  if (model.needsReview.length === 0) return [];
  const lines = [`## Pairs that need review (${formatNumber(model.needsReview.length)})`, ''];
  lines.push('Not counted among the findings: whether these figures count the same thing rests on a default or an unknown.', '');
  model.needsReview.forEach((relation, i) => {
    const missing = relation.missing.length > 0 ? relation.missing.join('; ') : 'what makes them comparable is not stated';
    lines.push(...relationBlock(`P${i + 1}.`, relation, model, `${relation.kind}, needs review: ${missing}`));
  });
  return lines;
}

/** The verdicts in one sentence, for a report without findings. */
function verdictHeadline(model: ReportModel): string {
  const conflictCount = model.conflicts.length;
  const reviewCount = model.review.length;
  const parts: string[] = [];
  parts.push(conflictCount === 0 ? 'No figures conflict' : `**${plural(conflictCount, 'conflict')}** between published figures`);
  if (reviewCount > 0) parts.push(`${plural(reviewCount, 'item')} to review (corrections, breakdowns that do not add up)`);
  if (model.explained.length > 0)
    parts.push(`${plural(model.explained.length, 'difference')} explained (scope, breakdown, progression, distinct events)`);
  if (model.needsReview.length > 0) parts.push(`${plural(model.needsReview.length, 'pair')} of figures need review`);
  return `${parts.join('; ')}.`;
}

function conflicts(model: ReportModel): string[] {
  const lines = [`## Conflicts (${formatNumber(model.conflicts.length)})`, ''];
  if (model.conflicts.length === 0) return [...lines, 'No two figures for the same quantity and period contradict each other.', ''];
  model.conflicts.forEach((relation, i) => lines.push(...relationBlock(`${i + 1}.`, relation, model, severityText(relation.severity))));
  return lines;
}

function review(model: ReportModel): string[] {
  if (model.review.length === 0) return [];
  const lines = [`## Corrections and totals that do not add up (${formatNumber(model.review.length)})`, ''];
  model.review.forEach((relation, i) => {
    const note = relation.kind === 'correction' ? 'correction: the newer figure supersedes' : 'breakdown: the parts do not add up';
    lines.push(...relationBlock(`R${i + 1}.`, relation, model, note));
  });
  return lines;
}

/** A relation in full: the figures side by side with who said them and when, then the exact quotes. */
function relationBlock(label: string, relation: Relation, model: ReportModel, note: string): string[] {
  const claims = claimsOf(relation, model);
  const title = claims.map((claim) => escapeInline(figureWithMeasure(claim))).join(' vs ');
  const lines = [`### ${label} ${title}`, '', `*${escapeInline(note)}.* ${escapeInline(relation.reason)}`, ''];
  lines.push('| | figure | said by | outlet | as of | counts over |', '|---|---|---|---|---|---|');
  for (const claim of claims) {
    lines.push(
      `| ${ref(claim.id, model)} | **${cell(figureWithMeasure(claim))}** | ${cell(speakerOf(claim) ?? '—')} | ` +
        `${cell(sourceLine(claim))} | ${whenValid(claim)} | ${cell(periodText(claim) ?? '—')} |`,
    );
  }
  lines.push('');
  relation.claimIds.forEach((id, i) => {
    const quote = relation.quotes[i] ?? model.claims.get(id)?.quote ?? '';
    lines.push(`> ${ref(id, model)}: “${escapeInline(quote)}”  `);
  });
  return [...lines, ''];
}

/** Every difference that is not a disagreement, one line each: who said each figure, and why they differ. */
function explained(model: ReportModel): string[] {
  if (model.explained.length === 0) return [];
  const lines = [`## Differences explained (${model.explained.length})`, ''];
  for (const relation of model.explained) {
    // The reason already states the figures and dates; the line adds who said each.
    const sources = claimsOf(relation, model).map((c) => `${ref(c.id, model)} (${escapeInline(whoSaid(c))})`);
    lines.push(`- **${escapeInline(relation.kind)}** ${sources.join(' · ')}: ${escapeInline(relation.reason)}`);
  }
  return [...lines, ''];
}

function subjects(model: ReportModel): string[] {
  const lines = [`## Subjects (${model.groups.length})`, ''];
  if (model.groups.length === 0) lines.push('No claims were grouped.', '');
  for (const view of model.groups) lines.push(...timeline(view, model));
  if (model.ungrouped.length > 0) {
    lines.push('### Claims in no subject', '');
    for (const claim of model.ungrouped)
      lines.push(`- ${ref(claim.id, model)} ${escapeInline(figureWithMeasure(claim))} (${cell(outletOf(claim))})`);
    lines.push('');
  }
  return lines;
}

/** A subject as a short timeline: each figure by date, with the verdicts that link it to others. */
function timeline(view: GroupView, model: ReportModel): string[] {
  const lines = [`### ${escapeInline(groupTitle(view.group))}`, ''];
  lines.push('| | as of | figure | counts over | said by | outlet | verdicts |', '|---|---|---|---|---|---|---|');
  for (const claim of view.claims) {
    lines.push(
      `| ${ref(claim.id, model)} | ${whenValid(claim)} | ${cell(figureWithMeasure(claim))} | ${cell(periodText(claim) ?? '—')} | ` +
        `${cell(speakerOf(claim) ?? '—')} | ${cell(outletOf(claim))} | ${marksFor(claim, model).join('; ')} |`,
    );
  }
  lines.push('');
  for (const estimate of view.estimates) lines.push(`Estimate ${estimateText(estimate)}  `);
  if (view.estimates.length > 0) lines.push('');
  return lines;
}

/** How one claim stands to the others: "progression from C2", "corrected by C5", "conflict with C9". */
function marksFor(claim: Claim, model: ReportModel): string[] {
  const marks: string[] = [];
  for (const relation of model.relationsOf.get(claim.id) ?? []) {
    const others = relation.claimIds.filter((id) => id !== claim.id);
    const refs = others.map((id) => ref(id, model)).join(', ');
    if (relation.kind === 'progression' || relation.kind === 'correction') {
      const earlier = others.filter((id) => isEarlier(model.claims.get(id), claim));
      const later = others.filter((id) => !earlier.includes(id));
      const [back, forward] = relation.kind === 'progression' ? ['progression from', 'progression to'] : ['corrects', 'corrected by'];
      if (earlier.length > 0) marks.push(`${back} ${earlier.map((id) => ref(id, model)).join(', ')}`);
      if (later.length > 0) marks.push(`${forward} ${later.map((id) => ref(id, model)).join(', ')}`);
    } else {
      const word = relation.kind === 'agree' ? 'agrees with' : `${escapeInline(relation.kind)} with`;
      marks.push(relation.kind === 'conflict' ? `**${word} ${refs}**` : `${word} ${refs}`);
    }
  }
  return marks;
}

function isEarlier(other: Claim | undefined, claim: Claim): boolean {
  return other !== undefined && byTime(other, claim) < 0;
}

function estimateText(estimate: Estimate): string {
  const when = estimate.asOf === null ? 'date unknown' : formatDate(estimate.asOf);
  const best = estimate.best === null ? 'no best figure' : `best ${formatNumber(estimate.best)}`;
  const high = estimate.high === null ? 'no upper bound' : `high ${formatNumber(estimate.high)}`;
  return `(${escapeInline(estimate.policy)}) of ${escapeInline(estimate.measure ?? 'the figure')} as of ${when}: ${best}; low ${formatNumber(estimate.low)}, ${high}.`;
}

function agreements(model: ReportModel): string[] {
  if (model.agreements.length === 0) return [];
  const lines = [`## Agreements (${model.agreements.length})`, ''];
  for (const relation of model.agreements) {
    const claims = claimsOf(relation, model).sort(byTime);
    const figures = claims.map((c) => `${ref(c.id, model)} ${escapeInline(figureAsWritten(c))} (${cell(outletOf(c))}, ${whenValid(c)})`);
    const measure = claims[0] ? escapeInline(measureOf(claims[0])) : 'unknown measure';
    lines.push(`- ${escapeInline(relation.kind)} on ${measure}: ${figures.join(' · ')}`);
  }
  return [...lines, ''];
}

function rejected(records: readonly Rejected[]): string[] {
  if (records.length === 0) return [];
  const lines = [`## Rejected records (${records.length})`, ''];
  for (const record of records) {
    const where = record.index === null ? record.origin : `${record.origin} #${record.index + 1}`;
    const field = record.field === '' ? '' : `, field ${escapeInline(record.field)}`;
    lines.push(`- ${escapeInline(where)}${field}: ${escapeInline(record.reason)}`);
  }
  return [...lines, ''];
}

/** Text from articles may hold Markdown or HTML; render it as text, on one line. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~&]/g, (ch) => `\\${ch}`).replace(/[\r\n]+/g, ' ');
}

/** A claim's reference; an id the reconciliation holds no claim for is input, and escaped as such. */
function ref(id: string, model: ReportModel): string {
  return escapeInline(refOf(id, model));
}

function cell(text: string): string {
  return escapeInline(text);
}
