import Fuse from 'fuse.js';
import type { Claim } from '../records';
import type { Lexicon, MeasureNature } from '../lexicon/lexicon';
import { normalizeTerm } from '../lexicon/normalize';
import { defaults } from '../config/defaults';

/** What a claim counts, as reconciliation compares it. */
export interface Subject {
  /** The broadest measure of the family, or the claim's own words when the lexicon knows none. */
  family: string | null;
  /** Key of the family in group keys: a canonical name, or `?words` for a measure the lexicon does not know. */
  familyKey: string;
  /** `familyKey` as JSON, ready to be joined into unambiguous keys. */
  familyJson: string;
  /** The narrowest measure the claim counts (its subMeasure when it has one), as a key. */
  measure: string;
  /** The measure and every broader one, narrowest first. */
  chain: readonly string[];
  nature: MeasureNature;
}

interface TermRecord {
  term: string;
  measure: string;
}

/** One index per lexicon over its canonical names and terms: words are matched to labels, never claim to claim. */
const indexes = new WeakMap<Lexicon, Fuse<TermRecord>>();

function termIndex(lexicon: Lexicon): Fuse<TermRecord> {
  let index = indexes.get(lexicon);
  if (!index) {
    const records: TermRecord[] = [];
    for (const entry of lexicon.data.measures) {
      for (const term of [entry.name, ...entry.terms]) records.push({ term: normalizeTerm(term), measure: entry.name });
    }
    index = new Fuse(records, { keys: ['term'], includeScore: true, threshold: defaults.fuzzyThreshold, ignoreLocation: true });
    indexes.set(lexicon, index);
  }
  return index;
}

/**
 * Maps a claim's measure words to the lexicon's canonical measures and their
 * family. Results are cached per distinct wording, so the fuzzy search runs
 * once per word, not once per claim.
 */
export class SubjectResolver {
  private readonly cache = new Map<string, Subject>();
  private readonly canonicalCache = new Map<string, string | null>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly fuzzyCutoff: number,
  ) {}

  resolve(claim: Claim): Subject {
    const key = `${claim.measure ?? ''}\u0000${claim.subMeasure ?? ''}\u0000${claim.measure === null ? (claim.measureText ?? '') : ''}`;
    let subject = this.cache.get(key);
    if (!subject) {
      subject = this.build(claim);
      if (this.cache.size < 100_000) this.cache.set(key, subject);
    }
    return subject;
  }

  /** True when `narrow` is `wide` or lies within it. */
  isWithin(narrow: Subject, wide: Subject): boolean {
    return narrow.familyKey === wide.familyKey && narrow.chain.includes(wide.measure);
  }

  private build(claim: Claim): Subject {
    const words = claim.measure ?? claim.measureText;
    const measure = words === null ? null : this.canonical(words);
    const sub = claim.subMeasure === null ? null : this.canonical(claim.subMeasure);
    if (measure === null) {
      const own = words === null ? '' : normalizeTerm(words);
      const subKey = claim.subMeasure === null ? null : `?${normalizeTerm(claim.subMeasure)}`;
      const familyKey = `?${own}`;
      return {
        family: own === '' ? null : own,
        familyKey,
        familyJson: JSON.stringify(familyKey),
        measure: subKey ?? familyKey,
        chain: subKey ? [subKey, familyKey] : [familyKey],
        nature: 'count',
      };
    }
    const ancestors = this.lexicon.ancestors(measure);
    const family = ancestors[ancestors.length - 1] ?? measure;
    let chain: string[] = ancestors;
    if (sub !== null && this.lexicon.isWithin(sub, measure)) chain = this.lexicon.ancestors(sub);
    else if (claim.subMeasure !== null && sub === null) chain = [`?${normalizeTerm(claim.subMeasure)}`, ...ancestors];
    return {
      family,
      familyKey: family,
      familyJson: JSON.stringify(family),
      measure: chain[0] ?? measure,
      chain,
      nature: this.lexicon.nature(family) ?? 'count',
    };
  }

  /** The canonical measure some words name: the name itself, a term, or a close fuzzy match; null for none. */
  private canonical(words: string): string | null {
    const cached = this.canonicalCache.get(words);
    if (cached !== undefined) return cached;
    let found: string | null;
    if (this.lexicon.hasMeasure(words)) found = words;
    else {
      const exact = this.lexicon.measureForTerm(words);
      if (exact) found = exact.entry;
      else found = this.fuzzy(words);
    }
    if (this.canonicalCache.size < 100_000) this.canonicalCache.set(words, found);
    return found;
  }

  private fuzzy(words: string): string | null {
    const key = normalizeTerm(words);
    if (key.length < defaults.fuzzyMinLength || !this.lexicon.mayBeATypo(key)) return null;
    const [best] = termIndex(this.lexicon).search(key, { limit: 1 });
    if (!best || best.score === undefined || best.score > this.fuzzyCutoff) return null;
    return best.item.measure;
  }
}
