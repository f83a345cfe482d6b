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

/** A dataset's daily series in a fixture: one figure per day from `from`, null for a day without a row. */
export interface SeriesSketch {
  series: string;
  from: string;
  values: (number | null)[];
  measure?: string;
  locations?: string[];
}

/** A series as dataset rows: no span, a cumulative count as of each day, the series as the source. */
export function seriesToClaims(sketch: SeriesSketch): Claim[] {
  const claims: Claim[] = [];
  sketch.values.forEach((value, day) => {
    if (value === null) return;
    const date = new Date(Date.parse(`${sketch.from}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
    // A series of another place than the default is named with it: the ids of one fixture stay unique.
    const place = sketch.locations === undefined ? '' : `${sketch.locations.join('+').toLowerCase()}-`;
    const id = `${sketch.series.toLowerCase()}-${place}${date}`;
    claims.push({
      id,
      documentId: `${sketch.series}.csv`,
      quote: `${sketch.series} ${date} ${value}`,
      span: null,
      stated: value,
      statedText: String(value),
      qualifier: 'exact',
      upper: null,
      hedge: null,
      unit: 'count',
      measure: sketch.measure ?? 'cases',
      subMeasure: null,
      measureText: null,
      locations: sketch.locations ?? ['Ruritania'],
      period: { start: null, end: date },
      asOf: date,
      asOfBounds: null,
      attribution: null,
      source: { name: sketch.series, url: null, published: null },
    });
  });
  return claims;
}
