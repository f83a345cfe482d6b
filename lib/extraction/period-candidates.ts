/**
 * The date mentions of a sentence that can give a figure its period, indexed
 * once per sentence. Finding a figure's period is then a binary search and a
 * bounded walk; scanning every date of the sentence for every figure made a
 * sentence of thousands of figures and dates ("1/2/1/2/…") quadratic.
 */
import type { SentenceAnalysis } from './context';
import type { DateMention } from './dates/mention';

const PERIOD_ROLES = new Set(['since', 'window', 'month']);
/** "up from 14.6 million last year": a figure this close before a date (in characters) owns it. */
const OWNER_REACH = 12;

export class PeriodCandidates {
  /** Mentions with a period role, in order; they never overlap, so their ends are in order too. */
  readonly mentions: readonly DateMention[];
  /** For each mention, the latest "since" mention at or before it, or null. */
  private readonly sinceAtOrBefore: Array<DateMention | null> = [];
  /** For each mention, up to two figures (not bare vague counts) that end within reach before it. */
  private readonly owners: number[][] = [];

  constructor(sentence: SentenceAnalysis) {
    this.mentions = sentence.dates.filter((m) => PERIOD_ROLES.has(m.role) && !m.comparison);
    let since: DateMention | null = null;
    for (const mention of this.mentions) {
      if (mention.role === 'since') since = mention;
      this.sinceAtOrBefore.push(since);
    }
    const ends = sentence.quantities
      .map((q, index) => ({ index, end: sentence.tokens[q.last]!.end, counts: q.dropped !== 'bare vague count' }))
      .filter((q) => q.counts);
    // figures come in the order of the text, so their ends almost always do too: sort only when they do not
    const byEnd = (a: { index: number; end: number }, b: { index: number; end: number }) => a.end - b.end || a.index - b.index;
    if (ends.some((e, k) => k > 0 && byEnd(ends[k - 1]!, e) > 0)) ends.sort(byEnd);
    for (const mention of this.mentions) {
      const owners: number[] = [];
      for (
        let k = lowerBound(ends, (e) => e.end >= mention.start - OWNER_REACH);
        k < ends.length && ends[k]!.end <= mention.start && owners.length < 2;
        k++
      ) {
        owners.push(ends[k]!.index);
      }
      this.owners.push(owners);
    }
  }

  /** Index of the first mention that starts at or after `offset`. */
  firstStartingFrom(offset: number): number {
    return lowerBound(this.mentions, (m) => m.start >= offset);
  }

  /** Index of the last mention that ends at or before `offset`; -1 for none. */
  lastEndingBy(offset: number): number {
    return lowerBound(this.mentions, (m) => m.end > offset) - 1;
  }

  /** The latest "since" mention at or before index `at`, or null. */
  latestSince(at: number): DateMention | null {
    return at < 0 ? null : (this.sinceAtOrBefore[at] ?? null);
  }

  /** True when a figure other than the one at `position` (its index in the sentence) ends right before mention `at`. */
  ownedByAnotherFigure(at: number, position: number): boolean {
    return (this.owners[at] ?? []).some((index) => index !== position);
  }
}

/** The first index whose item satisfies `isAtOrPast`, which is false then true along the list. */
function lowerBound<T>(items: readonly T[], isAtOrPast: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAtOrPast(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
