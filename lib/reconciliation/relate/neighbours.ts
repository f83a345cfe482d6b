import type { ClaimFacts } from '../facts';
import type { GroupBuild } from '../group';
import { exceedsBeyondTolerance, type Candidate } from './compare';
import type { ReconcileSettings } from '../settings';
import { bestOf, type Stream } from './streams';

/**
 * The pairs a reader sets side by side within one measure of a group. In a
 * slot, a figure its own source later republished differently is set only
 * against that newer figure (a correction, not a quarrel with everyone
 * else). Among the rest, claims that state the same figure are chained (they
 * agree), one of each figure is set against the slot's representative, and
 * the two members whose values lie furthest apart are compared too. Then
 * each representative meets the next one in time. A few pairs per claim,
 * never all pairs, so the output grows linearly.
 */
export function neighbourPairs(
  build: GroupBuild,
  streams: readonly Stream[],
  emit: (candidate: Candidate) => void,
  settings: ReconcileSettings,
): void {
  const { nature } = build;
  const sameEvent = build.span !== null;
  const pair = (a: ClaimFacts, b: ClaimFacts): void => emit({ a, b, narrower: null, nature, sameEvent });
  for (const stream of streams) {
    let previous: ClaimFacts | null = null;
    for (const slot of stream.slots) {
      const { current, superseded, rep } = slot;
      for (const [older, newer] of superseded) pair(older, newer);
      if (current.length > 1) {
        for (const same of sameFigures(current)) {
          for (let i = 1; i < same.length; i++) pair(same[i - 1]!, same[i]!);
          const speaker = same.includes(rep) ? rep : bestOf(same);
          if (speaker !== rep) pair(speaker, rep);
        }
        const [highest, lowest] = extremes(current);
        if (highest !== lowest && exceedsBeyondTolerance(highest, lowest, settings.sameFigureTolerance)) {
          pair(highest, lowest);
        }
      }
      if (previous !== null) pair(previous, rep);
      previous = rep;
    }
  }
}

/** Members by the figure they state, in slot order. */
function sameFigures(members: readonly ClaimFacts[]): ClaimFacts[][] {
  const byFigure = new Map<string, ClaimFacts[]>();
  for (const member of members) {
    const key = `${member.claim.stated} ${member.claim.upper ?? ''}`;
    const list = byFigure.get(key);
    if (list) list.push(member);
    else byFigure.set(key, [member]);
  }
  return [...byFigure.values()];
}

/** The member with the highest lower end and the one with the lowest upper end. */
function extremes(members: readonly ClaimFacts[]): [ClaimFacts, ClaimFacts] {
  let highest = members[0]!;
  let lowest = members[0]!;
  for (const member of members) {
    if (member.value.lo > highest.value.lo) highest = member;
    if (member.value.hi < lowest.value.hi) lowest = member;
  }
  return [highest, lowest];
}
