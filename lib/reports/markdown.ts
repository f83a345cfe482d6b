import type { Claim, Group, Reconciliation, Relation, RelationKind } from '../records';
import { formatDate } from '../dates';
import { bySeverity, figureAsWritten, figureWithMeasure, KIND_ORDER, periodText, whenValid, whoSaid } from './figures';

/**
 * The discrepancy report a fact-checker reads first: the summary, then the
 * conflicts most severe first with their quotes, then each subject as a
 * timeline, then agreements in brief, then every rejected record.
 */
export function renderMarkdown(result: Reconciliation): string {
  const claimsById = new Map(result.claims.map((c) => [c.id, c]));
  const lines: string[] = ['# Discrepancy report', ''];
  lines.push(...summary(result), '');
  lines.push(...conflicts(result.relations, claimsById));
  lines.push(...review(result.relations, claimsById));
  lines.push(...timelines(result, claimsById));
  lines.push(...agreements(result.relations, claimsById));
  lines.push(...rejected(result));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function summary(result: Reconciliation): string[] {
  const documents = new Set(result.claims.map((c) => c.documentId)).size;
  const counts = countKinds(result.relations);
  const verdicts = KIND_ORDER.filter((k) => counts.get(k)).map((k) => `${counts.get(k)} ${k}`);
  return [
    `${plural(documents, 'document')}, ${plural(result.claims.length, 'claim')} in ${plural(result.groups.length, 'group')}; ` +
      `${plural(result.rejected.length, 'rejected record')}.`,
    '',
    `Verdicts: ${verdicts.length > 0 ? verdicts.join(', ') : 'none'}.`,
  ];
}

function conflicts(relations: readonly Relation[], claims: ClaimIndex): string[] {
  const list = relations.filter((r) => r.kind === 'conflict').sort(bySeverity);
  const lines = ['## Conflicts', ''];
  if (list.length === 0) return [...lines, 'No figures conflict.', ''];
  list.forEach((relation, i) => {
    const level = relation.severity ? `${relation.severity.level} severity` : 'severity unknown';
    lines.push(`### ${i + 1}. ${headline(relation, claims)} (${level})`, '', escapeInline(relation.reason), '');
    lines.push(...quotesOf(relation, claims), '');
  });
  return lines;
}

/** Relations a reader should look at though they are not conflicts: corrections and breakdowns that do not add up. */
function review(relations: readonly Relation[], claims: ClaimIndex): string[] {
  const list = relations.filter((r) => r.kind === 'correction' || (r.kind === 'breakdown' && r.consistent === false));
  if (list.length === 0) return [];
  const lines = ['## Corrections and breakdowns that do not add up', ''];
  for (const relation of list) {
    lines.push(`- **${relation.kind}**: ${escapeInline(relation.reason)}`);
    for (const quote of quotesOf(relation, claims)) lines.push(`  ${quote}`);
  }
  return [...lines, ''];
}

function timelines(result: Reconciliation, claims: ClaimIndex): string[] {
  const lines = ['## Subjects', ''];
  const marks = relationMarks(result.relations);
  for (const group of result.groups) {
    lines.push(`### ${groupTitle(group)}`, '');
    lines.push('| as of | figure | period | source | verdicts | quote |', '|---|---|---|---|---|---|');
    const members = group.claimIds.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    for (const claim of members.sort(byTime)) {
      const verdicts = [...(marks.get(claim.id) ?? [])].sort().join(', ');
      lines.push(
        `| ${whenValid(claim)} | ${cell(figureWithMeasure(claim))} | ${cell(periodText(claim) ?? '')} | ` +
          `${cell(whoSaid(claim))} | ${verdicts} | ${cell(`“${claim.quote}”`)} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

function agreements(relations: readonly Relation[], claims: ClaimIndex): string[] {
  const list = relations.filter((r) => r.kind === 'agree' || r.kind === 'compatible');
  if (list.length === 0) return [];
  const lines = ['## Agreements', ''];
  for (const relation of list) {
    const figures = relation.claimIds.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    lines.push(`- ${relation.kind}: ${figures.map((c) => `${figureAsWritten(c)} (${cell(whoSaid(c))})`).join(' · ')}`);
  }
  return [...lines, ''];
}

function rejected(result: Reconciliation): string[] {
  if (result.rejected.length === 0) return [];
  const lines = ['## Rejected records', ''];
  for (const r of result.rejected) lines.push(`- ${escapeInline(r.origin)}: ${escapeInline(r.reason)}`);
  return [...lines, ''];
}

type ClaimIndex = ReadonlyMap<string, Claim>;

function headline(relation: Relation, claims: ClaimIndex): string {
  return relation.claimIds
    .map((id) => claims.get(id))
    .filter((c): c is Claim => c !== undefined)
    .map((c) => escapeInline(figureWithMeasure(c)))
    .join(' vs ');
}

function quotesOf(relation: Relation, claims: ClaimIndex): string[] {
  return relation.claimIds.map((id, i) => {
    const claim = claims.get(id);
    const quote = relation.quotes[i] ?? claim?.quote ?? '';
    const who = claim ? `${whoSaid(claim)}, ${whenValid(claim)}` : id;
    return `> “${escapeInline(quote)}” — ${escapeInline(who)}`;
  });
}

function relationMarks(relations: readonly Relation[]): Map<string, Set<RelationKind>> {
  const marks = new Map<string, Set<RelationKind>>();
  for (const relation of relations) {
    for (const id of relation.claimIds) {
      const set = marks.get(id) ?? new Set<RelationKind>();
      set.add(relation.kind);
      marks.set(id, set);
    }
  }
  return marks;
}

function groupTitle(group: Group): string {
  const places = group.locations.length > 0 ? group.locations.join(', ') : 'no place named';
  const event = group.eventDate ? ` · event of ${formatDate(group.eventDate)}` : '';
  return escapeInline(`${group.measure ?? 'unknown measure'} · ${places}${event}`);
}

function byTime(a: Claim, b: Claim): number {
  const key = (c: Claim) => c.asOf ?? c.asOfBounds?.start ?? '9999';
  return key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);
}

function countKinds(relations: readonly Relation[]): Map<RelationKind, number> {
  const counts = new Map<RelationKind, number>();
  for (const r of relations) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text from articles may hold Markdown or HTML; render it as text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (ch) => `\\${ch}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

function cell(text: string): string {
  return escapeInline(text);
}
