import { defaults, type Claim, type Finding, type ReconcileOptions, type SeverityLevel } from '../index';
import { claimLine, groupDigits, limited, plural } from './describe';
import type { MatcherContextLike, MatcherResult } from './matchers';
import { claimIndex, reconciliationOf } from './received';

/** Decides whether a finding has been accepted, from the finding and its claims. */
export type FindingPredicate = (finding: Finding, claims: readonly Claim[]) => boolean;

export interface FindingOptions {
  /** Only findings at least this severe fail: `low` (the default: every finding), `medium` or `high`. */
  level?: SeverityLevel;
  /** Accepted findings: their ids (`disagreement:deaths|New York:2020-04-16`), or a predicate. */
  allow?: readonly (string | FindingPredicate)[] | FindingPredicate;
  /** Options for `reconcile()` when the matcher reconciles claims or a dataset itself. */
  reconcile?: ReconcileOptions;
  /** How many findings a failure message lists before "… and N more". */
  maxListed?: number;
}

const FLOORS: Readonly<Record<SeverityLevel, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Passes when the records hold no finding, at or above `level`, that nobody
 * has accepted. Small-count lines never fail it: they are noise by
 * definition (below the reconciliation's findingCountFloor).
 */
export function toHaveNoFindings(this: MatcherContextLike, received: unknown, options: FindingOptions = {}): MatcherResult {
  const name = 'toHaveNoFindings';
  const expected = Object.keys(options).length === 0 ? '' : 'options';
  const hint = this.utils?.matcherHint?.(name, 'received', expected, { isNot: this.isNot }) ?? `expect(received).${name}(${expected})`;
  const result = reconciliationOf(received, options.reconcile);
  if (result === null) {
    return {
      pass: false,
      message: () => `${hint}\n\nreceived must be a reconciliation, a loaded dataset ({ claims, rejected }) or an array of claims`,
    };
  }
  const claims = claimIndex(result);
  const claimsOf = (finding: Finding) => finding.claimIds.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
  const floor = FLOORS[options.level ?? 'low'];
  const candidates = (result.findings ?? []).filter((f) => f.kind !== 'small-counts' && FLOORS[f.level] >= floor);
  const failing = candidates.filter((finding) => !isAllowed(finding, claimsOf(finding), options.allow));
  const pass = failing.length === 0;
  const allowed = candidates.length - failing.length;
  return {
    pass,
    message: () => {
      if (pass)
        return `${hint}\n\nExpected findings nobody has accepted, but ${plural(candidates.length, 'finding')} ${allowed > 0 ? 'are all allowed' : 'were found'}.`;
      const head = `${plural(failing.length, 'finding')} at or above ${options.level ?? 'low'} that nobody has accepted (of ${plural(candidates.length, 'finding')}${allowed > 0 ? `; ${groupDigits(allowed)} allowed` : ''}):`;
      const entries = failing.map((finding, i) => describeFinding(finding, claimsOf(finding), i + 1));
      const howTo = `\n\nTo accept a finding, add its id to \`allow\`, e.g. allow: [${JSON.stringify(failing[0]!.id)}].`;
      return `${hint}\n\n${head}\n\n${limited(entries, options.maxListed ?? defaults.matcherListLimit)}${howTo}`;
    },
  };
}

function isAllowed(finding: Finding, claims: readonly Claim[], allow: FindingOptions['allow']): boolean {
  if (allow === undefined) return false;
  const entries = typeof allow === 'function' ? [allow] : allow;
  return entries.some((entry) => (typeof entry === 'function' ? entry(finding, claims) : entry === finding.id));
}

/** One finding as a numbered entry: its level, summary and id, then the claims at either end of the widest day. */
function describeFinding(finding: Finding, claims: readonly Claim[], number: number): string {
  const lines = [`${number}. (${finding.level}) ${finding.summary} [${finding.id}]`];
  // The first and the last claim of each side stand for it; the record lists them all.
  for (const side of finding.sides) {
    const own = claims.filter((claim) => side.claimIds.includes(claim.id));
    const ends = own.length > 2 ? [own[0]!, own[own.length - 1]!] : own;
    for (const claim of ends) lines.push(`   - ${claimLine(claim)}`);
    if (own.length > 2) lines.push(`   - … and ${groupDigits(own.length - 2)} more of ${side.sources.join(', ')}`);
  }
  return lines.join('\n');
}
