import type { Claim, Estimate, Finding, Rejected, Relation } from '../../records';
import { FINDING_KINDS } from '../../records';
import { formatDate } from '../../dates';
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
  speakerOf,
  whenValid,
  whoSaid,
} from '../figures';
import { claimsOf, evidenceOf, groupTitle, KIND_ORDER, refOf, refRanges, type GroupView, type ReportModel } from '../model';
import { timelineChart } from './chart';
import { escapeHtml, linkOrText } from './escape';
import { quoteMarkup } from './quote';

/**
 * The numbers first, then one sentence that says whether anything disagrees,
 * then the weightiest findings (one screen), then a chip per verdict.
 */
export function summarySection(model: ReportModel): string {
  const { result, documents } = model;
  const docs = `${plural(documents.count, 'document')}${documents.basis === 'cited' ? ' cited' : ''}`;
  const facts = [
    docs,
    plural(result.claims.length, 'claim'),
    plural(result.groups.length, 'subject'),
    plural(result.rejected.length, 'rejected record'),
  ];
  const conflicts = model.conflicts.length;
  const toReview = model.needsReview.length > 0 ? `; ${plural(model.needsReview.length, 'pair')} of figures need review` : '';
  const headline =
    result.claims.length === 0
      ? '<p class="headline">No claims to compare.</p>'
      : model.findings.length > 0
        ? `<p class="headline bad"><strong>${plural(model.findings.length, 'finding')}</strong>: ${findingCountsText(model)}${toReview}.</p>`
        : conflicts === 0
          ? `<p class="headline">No findings: no figures conflict${model.review.length > 0 ? `; ${plural(model.review.length, 'item')} to review` : ''}` +
            `${model.explained.length > 0 ? `; ${plural(model.explained.length, 'difference')} explained` : ''}${toReview}.</p>`
          : `<p class="headline bad"><strong>${plural(conflicts, 'conflict')}</strong> between published figures${toReview}.</p>`;
  const chips = KIND_ORDER.map((kind) => {
    const count = model.kindCounts.get(kind) ?? 0;
    return `<li><button type="button" class="k-${kind}" data-kind="${kind}" data-count="${count}" title="${escapeHtml(KIND_MEANINGS[kind])}">${count} ${kind}</button></li>`;
  });
  return `<p class="lede">${facts.map(escapeHtml).join(' · ')}</p>\n${headline}\n${topFindings(model)}<ul class="chips" aria-label="verdicts">${chips.join('')}</ul>`;
}

const FINDING_WORDS: Readonly<Record<Finding['kind'], [string, string]>> = {
  disagreement: ['disagreement between sources', 'disagreements between sources'],
  correction: ['correction', 'corrections'],
  breakdown: ['breakdown that does not add up', 'breakdowns that do not add up'],
  'small-counts': ['subject with small counts', 'subjects with small counts'],
};

function findingCountsText(model: ReportModel): string {
  return FINDING_KINDS.filter((kind) => (model.findingCounts.get(kind) ?? 0) > 0)
    .map((kind) => plural(model.findingCounts.get(kind) ?? 0, FINDING_WORDS[kind][0], FINDING_WORDS[kind][1]))
    .join(', ');
}

/** The weightiest findings, one line each, linked to their entry in the findings section. */
function topFindings(model: ReportModel): string {
  const shown = model.findings.slice(0, model.topFindings);
  if (shown.length === 0) return '';
  const more =
    model.findings.length > shown.length
      ? `<p class="more"><a href="#findings">All ${formatNumber(model.findings.length)} findings</a>, most weight first.</p>`
      : '';
  const items = shown.map((finding) => `<li>${findingLine(finding, model)}</li>`);
  return `<ol class="top-findings" aria-label="top findings">${items.join('')}</ol>${more}\n`;
}

/** The level, the reference and the one-line summary of a finding. */
function findingLine(finding: Finding, model: ReportModel): string {
  const ref = model.findingRefs.get(finding) ?? '';
  const badge = finding.kind === 'small-counts' ? '<span class="badge small">small counts</span>' : levelBadge(finding.level);
  return `${badge}<a class="ref" href="#${ref}">${ref}</a> ${escapeHtml(finding.summary)}`;
}

function levelBadge(level: string): string {
  return `<span class="badge sev-${escapeHtml(level)}">${escapeHtml(level)}</span>`;
}

/**
 * Every finding: its line, its subjects (linked to their timeline, where its
 * span is shaded), its claims, a button that shows its verdicts in the table,
 * and the widest of its pairs with the quotes in their sentences.
 */
export function findingsSection(model: ReportModel): string {
  const subjectIndex = new Map(model.groups.map((view, i) => [view.group.id, i]));
  const legend = FINDING_KINDS.map((kind) => `<li><strong>${kind}</strong>: ${escapeHtml(FINDING_MEANINGS[kind])}</li>`).join('');
  const items = model.findings.map((finding) => {
    const ref = model.findingRefs.get(finding) ?? '';
    const relations = model.relationsOfFinding.get(finding) ?? [];
    const subjects = finding.groupIds.map((id) => {
      const index = subjectIndex.get(id);
      const view = index === undefined ? undefined : model.groups[index];
      const title = escapeHtml(view === undefined ? id : groupTitle(view.group));
      return index === undefined ? title : `<a href="#subject-${index + 1}">${title}</a>`;
    });
    const facts = [
      subjects.join(', '),
      `weight ${formatNumber(finding.weight)}`,
      `<button type="button" data-show-finding="${ref}">${plural(relations.length, 'verdict')}</button>`,
      `claims ${escapeHtml(refRanges(finding.claimIds, model))}`,
      `<code>${escapeHtml(finding.id)}</code>`,
    ];
    const evidence = evidenceOf(finding, model);
    const quotes =
      evidence === undefined
        ? ''
        : `<p class="reason"><em>Widest:</em> ${escapeHtml(evidence.reason)}</p><div class="sides">${claimsOf(evidence, model)
            .map((claim) => {
              const at = evidence.claimIds.indexOf(claim.id);
              return `<section class="side">${figureHeading(claim, model)}<div class="who">${escapeHtml(whoSaid(claim))} · ${escapeHtml(whenValid(claim))}</div>${quoteMarkup(claim, model, evidence.quotes[at] ?? claim.quote)}</section>`;
            })
            .join('')}</div>`;
    return (
      `<li class="finding k-${escapeHtml(finding.kind)}" id="${ref}"><p class="finding-line">${findingLine(finding, model)}</p>` +
      `<p class="finding-facts">${facts.join(' · ')}</p>${quotes}</li>`
    );
  });
  return `<ul class="legend-text">${legend}</ul>\n<ol class="findings">${items.join('\n')}</ol>`;
}

/** Pairs whose figures may not count the same thing, with what is missing: apart from the findings until someone checks. */
export function pairsToReviewSection(model: ReportModel): string {
  const intro = '<p>Not counted among the findings: whether these figures count the same thing rests on a default or an unknown.</p>';
  const cards = model.needsReview.map((relation, i) => {
    const missing = relation.missing.length > 0 ? relation.missing.join('; ') : 'what makes them comparable is not stated';
    return relationCard(
      relation,
      model,
      `pair-${i + 1}`,
      'review',
      `<span class="badge review">needs review</span>`,
      `${relation.kind}: ${missing}`,
    );
  });
  return `${intro}\n${cards.join('\n')}`;
}

export function conflictsSection(model: ReportModel): string {
  if (model.conflicts.length === 0) return '<p>No two figures for the same quantity and period contradict each other.</p>';
  return model.conflicts
    .map((relation, i) => {
      const level = relation.severity?.level ?? 'unknown';
      const badge = `<span class="badge sev-${escapeHtml(level)}">${escapeHtml(level)}</span>`;
      return relationCard(relation, model, `conflict-${i + 1}`, 'conflict', badge, severityText(relation.severity));
    })
    .join('\n');
}

export function reviewSection(model: ReportModel): string {
  return model.review
    .map((relation, i) => {
      const label = relation.kind === 'correction' ? 'correction' : 'does not add up';
      const note = relation.kind === 'correction' ? 'the newer figure supersedes the older' : 'the parts do not sum to the stated total';
      return relationCard(relation, model, `review-${i + 1}`, 'review', `<span class="badge review">${label}</span>`, note);
    })
    .join('\n');
}

/** Figures side by side, each with who said it, where, when, and the quote in its sentence. */
function relationCard(relation: Relation, model: ReportModel, id: string, kind: string, badge: string, note: string): string {
  const claims = claimsOf(relation, model);
  const title = claims.map(figureWithMeasure).join(' vs ');
  const sides = claims.map((claim) => {
    const at = relation.claimIds.indexOf(claim.id);
    return `<section class="side">${figureHeading(claim, model)}${facts(claim)}${quoteMarkup(claim, model, relation.quotes[at] ?? claim.quote)}</section>`;
  });
  return (
    `<article class="card ${kind}" id="${id}"><h3>${badge}${escapeHtml(title)}</h3>` +
    `<p class="reason"><em>${escapeHtml(note)}.</em> ${escapeHtml(relation.reason)}</p>` +
    `<div class="sides">${sides.join('')}</div></article>`
  );
}

function figureHeading(claim: Claim, model: ReportModel): string {
  return `<p class="figure"><span class="ref">${refOf(claim.id, model)}</span> ${escapeHtml(figureWithMeasure(claim))}</p>`;
}

function facts(claim: Claim): string {
  const rows: [string, string][] = [];
  const speaker = speakerOf(claim);
  if (speaker !== null) rows.push(['Said by', escapeHtml(speaker)]);
  rows.push(['Outlet', linkOrText(outletOf(claim), claim.source.url)]);
  rows.push(['Published', claim.source.published === null ? 'unknown' : formatDate(claim.source.published)]);
  rows.push(['As of', escapeHtml(whenValid(claim))]);
  const period = periodText(claim);
  if (period !== null) rows.push(['Counts over', escapeHtml(period)]);
  return `<dl class="facts">${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

/** Differences that are not disagreements, one line each, with links to the figures in their subjects. */
export function explainedSection(model: ReportModel): string {
  const items = model.explained.map((relation) => {
    const sources = claimsOf(relation, model).map((c) => {
      const ref = refOf(c.id, model);
      return `<a href="#${ref}">${ref}</a> (${escapeHtml(whoSaid(c))})`;
    });
    return `<li><span class="kind k-${escapeHtml(relation.kind)}">${escapeHtml(relation.kind)}</span> ${sources.join(' · ')}: ${escapeHtml(relation.reason)}</li>`;
  });
  return `<ul class="compact explained">${items.join('')}</ul>`;
}

export function subjectsSection(model: ReportModel): string {
  const parts = model.groups.map((view, i) => subject(view, model, i));
  if (model.ungrouped.length > 0) {
    parts.push(
      `<section class="subject"><h3>Claims in no subject</h3><ol class="claim-list">${model.ungrouped.map((c) => claimItem(c, model)).join('')}</ol></section>`,
    );
  }
  return parts.length > 0 ? parts.join('\n') : '<p>No claims were grouped.</p>';
}

function subject(view: GroupView, model: ReportModel, index: number): string {
  const explained = view.relations.filter((r) => r.kind !== 'agree' && r.kind !== 'compatible');
  const flagged = view.relations.some((r) => r.kind === 'conflict' || r.kind === 'correction' || r.consistent === false);
  const estimates =
    view.estimates.length > 0 ? `<ul class="estimates">${view.estimates.map((e) => `<li>${estimateText(e)}</li>`).join('')}</ul>` : '';
  const reasons =
    explained.length > 0
      ? `<ul class="explained">${explained
          .map(
            (r) =>
              `<li><span class="kind k-${escapeHtml(r.kind)}">${escapeHtml(r.kind)}</span> ${escapeHtml(r.claimIds.map((id) => refOf(id, model)).join(', '))}: ${escapeHtml(r.reason)}</li>`,
          )
          .join('')}</ul>`
      : '';
  return (
    `<section class="subject" id="subject-${index + 1}"><h3>${escapeHtml(groupTitle(view.group))} <span class="count">· ${plural(view.claims.length, 'claim')}</span></h3>\n` +
    `${timelineChart(view, model, index)}\n${estimates}${reasons}` +
    `<details class="claims"${flagged ? ' open' : ''}><summary>${plural(view.claims.length, 'claim')} with their quotes</summary>` +
    `<ol class="claim-list">${view.claims.map((claim) => claimItem(claim, model)).join('')}</ol></details></section>`
  );
}

function claimItem(claim: Claim, model: ReportModel): string {
  const relations = model.relationsOf.get(claim.id) ?? [];
  const verdicts = relations.map(
    (r) =>
      `${r.kind} with ${r.claimIds
        .filter((id) => id !== claim.id)
        .map((id) => refOf(id, model))
        .join(', ')}`,
  );
  const inConflict = relations.some((r) => r.kind === 'conflict');
  const who = [speakerOf(claim), outletOf(claim)].filter((s): s is string => s !== null).map(escapeHtml);
  const outlet = linkOrText(outletOf(claim), claim.source.url);
  if (who.length > 0) who[who.length - 1] = outlet;
  const period = periodText(claim);
  return (
    `<li${inConflict ? ' class="in-conflict"' : ''} id="${refOf(claim.id, model)}">${figureHeading(claim, model)}` +
    `<div class="who">${who.join(' · ')} · ${escapeHtml(asOfPhrase(claim))}${period === null ? '' : ` · counts ${escapeHtml(period)}`}</div>` +
    `${verdicts.length > 0 ? `<div class="verdicts">${escapeHtml(verdicts.join('; '))}</div>` : ''}${quoteMarkup(claim, model)}</li>`
  );
}

/** "as of Oct 27, 2023", "as of a date between Oct 17 and Oct 31, 2023", "as-of date unknown". */
function asOfPhrase(claim: Claim): string {
  const when = whenValid(claim);
  if (claim.asOf !== null) return `as of ${when}`;
  return when === 'date unknown' ? 'as-of date unknown' : `as of a date ${when}`;
}

function estimateText(estimate: Estimate): string {
  const when = estimate.asOf === null ? 'date unknown' : formatDate(estimate.asOf);
  const best = estimate.best === null ? 'no best figure' : `<strong>${formatNumber(estimate.best)}</strong>`;
  const high = estimate.high === null ? 'no upper bound' : formatNumber(estimate.high);
  return `Estimate of ${escapeHtml(estimate.measure ?? 'the figure')} as of ${when}: ${best} (low ${formatNumber(estimate.low)}, high ${high}; ${escapeHtml(estimate.policy)})`;
}

export function agreementsSection(model: ReportModel): string {
  if (model.agreements.length === 0) return '<p>No agreements.</p>';
  const items = model.agreements.map((relation) => {
    const claims = claimsOf(relation, model).sort(byTime);
    const figures = claims.map(
      (c) => `${refOf(c.id, model)} ${escapeHtml(figureAsWritten(c))} (${escapeHtml(outletOf(c))}, ${escapeHtml(whenValid(c))})`,
    );
    const measure = claims[0] ? escapeHtml(measureOf(claims[0])) : '';
    return `<li><strong>${escapeHtml(relation.kind)}</strong> on ${measure}: ${figures.join(' · ')}</li>`;
  });
  return `<ul class="compact">${items.join('')}</ul>`;
}

export function rejectedSection(records: readonly Rejected[]): string {
  if (records.length === 0) return '<p>No input record was rejected.</p>';
  const items = records.map((record) => {
    const where = record.index === null ? record.origin : `${record.origin} #${record.index + 1}`;
    const field = record.field === '' ? '' : ` <code>${escapeHtml(record.field)}</code>`;
    return `<li>${escapeHtml(where)}${field}: ${escapeHtml(record.reason)}</li>`;
  });
  return `<ul class="compact rejected">${items.join('')}</ul>`;
}
