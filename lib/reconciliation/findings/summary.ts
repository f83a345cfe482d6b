import type { FindingGap } from '../../records';
import { formatDate } from '../../dates';
import { cited, dateRange, figure, figureOf, formatDay, formatNumber, formatPercent, oneLine, placesText } from '../describe';
import type { ClaimFacts } from '../facts';
import type { DraftFinding, DraftSide } from './draft';

/**
 * The one line of a finding, in the words of relation reasons: figures as
 * written, dates a reader cannot misread. Untrusted text is kept on one line
 * here and escaped by the reports.
 */
export function summaryOf(draft: DraftFinding, gap: FindingGap, days: readonly number[], floor: number): string {
  const subject = subjectText(draft);
  switch (draft.kind) {
    case 'disagreement': {
      const [first, second] = draft.sides as [DraftSide, DraftSide];
      const count = days.length === 0 ? draft.gaps.length : days.length;
      return `${subject}: ${sideText(first)} ${draft.direction} ${sideText(second)}, ${whenText(days)}: ${gapText(gap, count)}${patternText(draft)}`;
    }
    case 'correction': {
      const newer = draft.sides[0]!.claims[0]!;
      const older = draft.sides[1]!.claims[0]!;
      const way = draft.direction === 'below' ? 'down' : 'up';
      return `${subject}: ${oneLine(newer.sourceKey)} revised ${cited(older)} to ${cited(newer)}: ${way} ${formatNumber(gap.largest)} (${formatPercent(gap.largestRelative)})`;
    }
    case 'breakdown': {
      const parts = draft.sides[0]!.claims.map((part) => `${figure(part.claim)} (${placesText(part.places)})`).join(' + ');
      const total = draft.sides[1]!.claims[0]!;
      const way = draft.direction === 'below' ? 'fall short of' : 'exceed';
      return `${subject}: the parts ${parts} ${way} the total ${cited(total)} by ${formatNumber(gap.largest)} (${formatPercent(gap.largestRelative)})`;
    }
    case 'small-counts':
      return `${subject}: small counts, every figure below ${formatNumber(floor)}: ${mergedText(draft.merged)}, ${whenText(days)}`;
  }
}

/** "deaths in New York", "facilities in Syria, event of Oct 26, 2023". */
function subjectText(draft: DraftFinding): string {
  const group = draft.subject.group;
  const event = group.eventDate === null ? '' : `, event of ${formatDate(group.eventDate)}`;
  return `${oneLine(group.measure ?? 'unknown measure')} in ${placesText(group.locations)}${event}`;
}

/** The side's sources; when all its claims state one figure, the figure with them: "20 attacks (Outlet A, Outlet B)". */
function sideText(side: DraftSide): string {
  const sources = sourcesOf(side.claims).map(oneLine);
  const names = sources.length <= 2 ? sources.join(' and ') : `${sources.slice(0, -1).join(', ')} and ${sources[sources.length - 1]}`;
  // Dataset rows (no span) give a new figure every day: only text repeats one.
  if (!side.claims.every((claim) => claim.claim.span !== null)) return names;
  const figures = new Set(side.claims.map((claim) => figureOf(claim.claim)));
  return figures.size === 1 ? `${oneLine([...figures][0]!)} (${names})` : names;
}

export function sourcesOf(claims: readonly ClaimFacts[]): string[] {
  return [...new Set(claims.map((claim) => claim.sourceKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** "Oct 27, 2023"; "Mar 15, 2020 – Mar 7, 2021 (358 days)"; with the dates counted when some are missing. */
function whenText(days: readonly number[]): string {
  if (days.length === 0) return 'date unknown';
  const first = days[0]!;
  const last = days[days.length - 1]!;
  if (first === last) return formatDay(first);
  const span = last - first + 1;
  const counted = span === days.length ? `${formatNumber(span)} days` : `${formatNumber(span)} days, ${formatNumber(days.length)} dates`;
  return `${dateRange(first, last)} (${counted})`;
}

function gapText(gap: FindingGap, count: number): string {
  if (count <= 1) return `${formatNumber(gap.typical)} apart (${formatPercent(gap.typicalRelative)})`;
  return (
    `typically ${formatNumber(gap.typical)} apart (${formatPercent(gap.typicalRelative)}), ` +
    `up to ${formatNumber(gap.largest)} and ${formatPercent(gap.largestRelative)}`
  );
}

function patternText(draft: DraftFinding): string {
  if (draft.pattern === 'offset') return '; a nearly constant gap: likely a difference of definition';
  if (draft.pattern === 'proportional') return '; a nearly constant share of the figure: likely a difference of definition';
  return '';
}

function mergedText(merged: readonly DraftFinding[]): string {
  const counts = new Map<string, number>();
  for (const draft of merged) counts.set(draft.kind, (counts.get(draft.kind) ?? 0) + 1);
  const words: [string, string, string][] = [
    ['disagreement', 'disagreement', 'disagreements'],
    ['correction', 'correction', 'corrections'],
    ['breakdown', 'breakdown that does not add up', 'breakdowns that do not add up'],
  ];
  return words
    .filter(([kind]) => counts.has(kind))
    .map(([kind, one, many]) => `${formatNumber(counts.get(kind)!)} ${counts.get(kind) === 1 ? one : many}`)
    .join(', ');
}
