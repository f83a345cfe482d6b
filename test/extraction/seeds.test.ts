/**
 * The seed articles as the specification: every claim a careful reader
 * lists in fixtures/seeds/expected.json, field by field, with the accuracy
 * printed per field and pinned to the thresholds of issue 3.
 */
import { batchReferenceDate, extractClaims } from '../../lib/index';
import { claimIssues } from '../../lib/schema/validate';
import type { Claim } from '../../lib/records';
import { expectedSeeds, seedClaims, seedDocuments, type ExpectedSeeds } from '../helpers/seeds';
import { findQuantities } from '../../lib/extraction/quantities';

type Expected = ExpectedSeeds['claims'][number];

const expected = expectedSeeds();
const documents = seedDocuments();
const referenceDate = batchReferenceDate(documents);
const claims = seedClaims(documents);
const textOf = new Map(documents.map((d) => [d.id, d.text]));

/** The extracted claim for an expected one: same document, overlapping quote, same number. */
function match(want: Expected): Claim | undefined {
  const text = textOf.get(want.doc)!;
  const start = text.indexOf(want.quote);
  const end = start + want.quote.length;
  return claims.find((c) => c.documentId === want.doc && c.span!.start < end && start < c.span!.end && c.stated === want.stated);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join('|') === [...b].sort().join('|');
const samePeriod = (a: Claim['period'], b: Expected['period']): boolean =>
  (a === null && b === null) || (a !== null && b !== null && a.start === b.start && a.end === b.end);
const attributed = (claim: Claim, who: string | null): boolean => {
  if (who === null) return claim.attribution === null;
  const names = [claim.attribution?.speaker, claim.attribution?.organization].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  return names.includes(who.toLowerCase());
};

interface FieldCheck {
  name: string;
  ok: (claim: Claim, want: Expected) => boolean;
  threshold: number;
}

const FIELDS: FieldCheck[] = [
  { name: 'number and qualifier', ok: (c, w) => c.stated === w.stated && w.qualifier.includes(c.qualifier), threshold: 1 },
  {
    name: 'measure',
    ok: (c, w) => c.measure === w.measure && (w.subMeasure === undefined || c.subMeasure === w.subMeasure),
    threshold: 0.95,
  },
  { name: 'places', ok: (c, w) => sameSet(c.locations, w.locations), threshold: 0.95 },
  { name: 'as-of date', ok: (c, w) => c.asOf === w.asOf, threshold: 0.9 },
  { name: 'period', ok: (c, w) => samePeriod(c.period, w.period), threshold: 0.9 },
  { name: 'attribution', ok: (c, w) => attributed(c, w.attribution), threshold: 0.95 },
];

const required = expected.claims.filter((c) => !c.optional);

describe('extraction on the seed articles (fixtures/seeds/expected.json)', () => {
  it('finds every required claim', () => {
    const missing = required.filter((want) => !match(want)).map((want) => `${want.id} "${want.quote}"`);
    expect(missing).toEqual([]);
  });

  it.each(FIELDS.map((f) => [f.name, f] as const))('reads %s right often enough', (_name, field) => {
    const wrong: string[] = [];
    for (const want of required) {
      const claim = match(want);
      if (!claim || !field.ok(claim, want)) wrong.push(`${want.id}: ${JSON.stringify(claim ? pick(claim) : null)}`);
    }
    const rate = (required.length - wrong.length) / required.length;
    console.log(
      `seeds: ${field.name} ${(rate * 100).toFixed(1)}% (${required.length - wrong.length}/${required.length}, at least ${field.threshold * 100}%)${wrong.length ? `\n  wrong: ${wrong.join('\n  wrong: ')}` : ''}`,
    );
    expect(rate).toBeGreaterThanOrEqual(field.threshold);
  });

  it('makes no claim that a careful reader would not list', () => {
    const spurious = claims.filter((c) => !expected.claims.some((want) => want.doc === c.documentId && overlaps(c, want)));
    expect(spurious.map((c) => `${c.documentId}: ${c.quote}`)).toEqual([]);
  });

  it('makes no claim from a date, a year or a designation', () => {
    for (const document of documents) {
      for (const claim of claims.filter((c) => c.documentId === document.id)) {
        expect(claim.statedText).not.toMatch(/^(?:19|20)\d\d$/);
        const before = document.text.slice(Math.max(0, claim.span!.start - 12), claim.span!.start);
        expect(before).not.toMatch(
          /(?:January|February|March|April|May|June|July|August|September|October|November|December|Oct\.|Nov\.)\s*$/,
        );
        expect(document.text.slice(claim.span!.start - 1, claim.span!.start)).not.toBe('-');
      }
    }
    const everything = documents.flatMap((d) => findQuantities(d.text, { published: d.source.published, referenceDate }));
    expect(everything.map((q) => q.text).filter((t) => /F-16|October|November|2020/.test(t))).toEqual([]);
  });

  it('gives claims that validate and quote the text exactly', () => {
    for (const claim of claims) {
      expect(claimIssues(claim)).toEqual([]);
      expect(textOf.get(claim.documentId)!.slice(claim.span!.start, claim.span!.end)).toBe(claim.quote);
    }
  });

  it('keeps the as-of date of an undated article unknown, bounded by what the text says', () => {
    const undated = claims.filter((c) => c.documentId.startsWith('004_'));
    expect(undated.length).toBeGreaterThan(0);
    for (const claim of undated) {
      expect(claim.asOf).toBeNull();
      // published after October 17, the latest date it names; "on Thursday" may be the Thursday before that
      const start = claim.asOfBounds?.start ?? '';
      expect(start >= '2023-10-11' && start <= '2023-10-17').toBe(true);
      if (claim.period?.start === '2023-10-17') expect(start).toBe('2023-10-17');
    }
    const withoutHint = extractClaims(documents.find((d) => d.id.startsWith('004_'))!);
    for (const claim of withoutHint) {
      expect(claim.asOf).toBeNull();
      expect(claim.period?.start ?? null).toBeNull();
    }
  });

  it('gives the same claims whatever the order of the documents', () => {
    const reversed = [...documents].reverse().flatMap((document) => extractClaims(document, { referenceDate }));
    const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect([...reversed].sort(byId)).toEqual([...claims].sort(byId));
  });
});

function overlaps(claim: Claim, want: Expected): boolean {
  const text = textOf.get(want.doc)!;
  const start = text.indexOf(want.quote);
  return claim.span!.start < start + want.quote.length && start < claim.span!.end;
}

function pick(claim: Claim) {
  const { quote, stated, qualifier, measure, subMeasure, locations, period, asOf, attribution } = claim;
  return { quote, stated, qualifier, measure, subMeasure, locations, period, asOf, attribution };
}
