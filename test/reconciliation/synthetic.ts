import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Relation, RelationKind, SeverityLevel } from '../../lib/records';

/** Compact claim descriptions (see fixtures/verdicts.json) as full Claim records. */
export type ClaimSketch = Partial<Claim> & {
  id: string;
  stated: number;
  outlet?: string | null;
  published?: string | null;
};

export interface ExpectedRelation {
  kind: RelationKind;
  claims: string[];
  severity?: SeverityLevel;
  consistent?: boolean;
}

export interface VerdictCase {
  name: string;
  claims: ClaimSketch[];
  expect: ExpectedRelation[];
  noConflict?: boolean;
}

interface VerdictFixtures {
  base: Omit<ClaimSketch, 'id' | 'stated'>;
  cases: VerdictCase[];
}

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

export function verdictFixtures(): { base: VerdictFixtures['base']; cases: VerdictCase[] } {
  return loadFixture<VerdictFixtures>('verdicts.json');
}

export function sketchToClaim(sketch: ClaimSketch, base: Partial<ClaimSketch> = {}): Claim {
  const merged = { ...base, ...sketch } as ClaimSketch;
  const { outlet, published, ...fields } = merged;
  const statedText = fields.statedText ?? fields.stated.toLocaleString('en-US');
  const hedge = fields.hedge ?? null;
  const measure = fields.subMeasure ?? fields.measure ?? 'things';
  const asOf = fields.asOf === undefined ? '2023-10-27' : fields.asOf;
  const quote = `${hedge === null ? '' : `${hedge} `}${statedText} ${measure}`;
  return {
    documentId: `doc-${fields.id}`,
    quote,
    // Sketches stand for figures quoted from articles; a dataset row would have no span.
    span: { start: 0, end: quote.length },
    statedText,
    qualifier: 'exact',
    upper: null,
    hedge,
    unit: 'count',
    measure: null,
    subMeasure: null,
    measureText: null,
    locations: [],
    period: null,
    asOfBounds: null,
    attribution: null,
    ...fields,
    asOf,
    source: fields.source ?? { name: outlet ?? null, url: null, published: published === undefined ? asOf : published },
  } as Claim;
}

/** Directional verdicts name their claims in a meaningful order; the others are symmetric. */
const ORDERED: ReadonlySet<RelationKind> = new Set(['progression', 'scope', 'breakdown', 'correction']);

export function matches(relation: Relation, expected: ExpectedRelation): boolean {
  if (relation.kind !== expected.kind) return false;
  const same = ORDERED.has(expected.kind)
    ? relation.claimIds.join('\u0000') === expected.claims.join('\u0000')
    : relation.claimIds.length === expected.claims.length && expected.claims.every((id) => relation.claimIds.includes(id));
  if (!same) return false;
  if (expected.severity !== undefined && relation.severity?.level !== expected.severity) return false;
  if (expected.consistent !== undefined && relation.consistent !== expected.consistent) return false;
  return true;
}

/** A readable list of relations for failure messages. */
export function describeRelations(relations: readonly Relation[]): string {
  return relations.map((r) => `${r.kind}${r.severity ? `/${r.severity.level}` : ''} [${r.claimIds.join(', ')}] ${r.reason}`).join('\n');
}
