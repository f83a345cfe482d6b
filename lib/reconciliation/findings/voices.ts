import type { ClaimFacts } from '../facts';

/**
 * What makes two sides of different dates the same voice. A source (an
 * outlet, a dataset series) is a voice for each measure it counts; in
 * articles, so is a figure: outlets that repeat "20 attacks" on different
 * days speak with one voice against the figure they contradict.
 */
export class VoiceTokens {
  /** A dataset series' one token list, shared by all its rows: they are most claims, and need no list each. */
  private readonly series = new Map<string, Map<string, readonly string[]>>();
  /** Filled up front: an array written at scattered indexes would fall back to a slow dictionary. */
  private readonly byClaim: (readonly string[] | undefined)[];

  constructor(claimCount: number) {
    this.byClaim = new Array<readonly string[] | undefined>(claimCount).fill(undefined);
  }

  of(facts: ClaimFacts): readonly string[] {
    let tokens = this.byClaim[facts.index];
    if (tokens === undefined) {
      if (facts.claim.span === null) {
        // Dataset rows change figure every day: only their series is a voice.
        let sources = this.series.get(facts.subject.measure);
        if (sources === undefined) this.series.set(facts.subject.measure, (sources = new Map()));
        tokens = sources.get(facts.sourceKey);
        if (tokens === undefined) sources.set(facts.sourceKey, (tokens = [sourceToken(facts)]));
      } else {
        tokens = [sourceToken(facts), `figure\u0000${facts.subject.measure}\u0000${facts.claim.stated}\u0000${facts.claim.upper}`];
      }
      this.byClaim[facts.index] = tokens;
    }
    return tokens;
  }

  ofAll(claims: readonly ClaimFacts[]): Set<string> {
    const tokens = new Set<string>();
    for (const claim of claims) for (const token of this.of(claim)) tokens.add(token);
    return tokens;
  }
}

function sourceToken(facts: ClaimFacts): string {
  return `source\u0000${facts.subject.measure}\u0000${facts.sourceKey}`;
}

export function sharesAny(tokens: Iterable<string>, set: ReadonlySet<string>): boolean {
  for (const token of tokens) if (set.has(token)) return true;
  return false;
}
