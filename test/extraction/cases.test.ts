/**
 * Cases of our own, driven by the JSON files in ./fixtures (one per topic:
 * numbers, not-numbers, units, changes, hedges, measures, places, periods,
 * attribution, sentences). Each case names a text and the claims a reader expects from
 * it, as partial records in order; an empty list means no claim at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../lib/extraction/extract';
import { splitSentences } from '../../lib/extraction/sentences';
import { claimIssues } from '../../lib/schema/validate';
import type { Claim } from '../../lib/records';

interface Case {
  text: string;
  published?: string | null;
  referenceDate?: string;
  /** Extraction options the case is about ("vagueCounts": true). */
  options?: Record<string, unknown>;
  claims?: Array<Partial<Claim>>;
  sentences?: string[];
}

interface Fixture {
  about: string;
  published?: string | null;
  cases: Case[];
}

const DIR = join(__dirname, 'fixtures');
const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture] as const);

for (const [name, fixture] of fixtures) {
  describe(`${name}: ${fixture.about}`, () => {
    const claimCases = fixture.cases.filter((c) => c.claims !== undefined);
    const sentenceCases = fixture.cases.filter((c) => c.sentences !== undefined);
    if (claimCases.length > 0) {
      it.each(claimCases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
        const published = c.published !== undefined ? c.published : (fixture.published ?? null);
        const document = { id: 'case', text: c.text, source: { name: 'Example', url: null, published } };
        const claims = extractClaims(document, { ...(c.options ?? {}), ...(c.referenceDate ? { referenceDate: c.referenceDate } : {}) });
        for (const claim of claims) {
          expect(claimIssues(claim)).toEqual([]);
          expect(c.text.slice(claim.span!.start, claim.span!.end)).toBe(claim.quote);
        }
        expect(claims.map((claim, i) => pickLike(claim, c.claims![i] ?? {}))).toEqual(c.claims);
      });
    }
    if (sentenceCases.length > 0) {
      it.each(sentenceCases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
        expect(splitSentences(c.text).map((s) => c.text.slice(s.start, s.end))).toEqual(c.sentences);
      });
    }
  });
}

/** The fields of a claim that the expected record names, so a case states only what it is about. */
function pickLike(claim: Claim, like: Partial<Claim>): Partial<Claim> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(like)) {
    const value = claim[key as keyof Claim];
    const wanted = like[key as keyof Claim];
    if (value && wanted && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = pickLike(value as unknown as Claim, wanted as Partial<Claim>);
    } else out[key] = value;
  }
  return out as Partial<Claim>;
}
