import type { ClaimFacts } from '../facts';
import { cited, oneLine } from '../describe';
import type { VerdictRule } from './verdict';

/**
 * The same source gives a figure for the same quantity that cannot stand
 * beside its earlier one (a revised count, a series that steps down after a
 * data fix): the newer supersedes, and the step is reported, not hidden.
 * One document contradicting itself is not a correction: it has no "newer".
 */
export const correction: VerdictRule = {
  kind: 'correction',
  judge({ first, second, violated, sameSource, narrower }) {
    if (!violated || !sameSource || narrower !== null) return null;
    const ordered = olderThenNewer(first, second);
    if (ordered === null) return null;
    const [older, newer] = ordered;
    const source = oneLine(older.claim.source.name ?? older.claim.documentId);
    return {
      claims: [older, newer],
      reason: `${source} revised ${cited(older)} to ${cited(newer)}: the newer figure supersedes`,
      severity: null,
    };
  },
};

function olderThenNewer(a: ClaimFacts, b: ClaimFacts): [ClaimFacts, ClaimFacts] | null {
  if (a.time.hi < b.time.lo) return [a, b];
  if (b.time.hi < a.time.lo) return [b, a];
  if (a.claim.documentId === b.claim.documentId) return null;
  const aPublished = a.claim.source.published;
  const bPublished = b.claim.source.published;
  if (aPublished === null || bPublished === null || aPublished === bPublished) return null;
  return aPublished < bPublished ? [a, b] : [b, a];
}
