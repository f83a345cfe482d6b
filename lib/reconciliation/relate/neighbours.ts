import type { ClaimFacts } from '../facts';
import type { GroupBuild } from '../group';
import { exceedsBeyondTolerance, type Candidate } from './compare';
import type { ReconcileSettings } from '../settings';
import { compareRepresentatives, type Stream } from './streams';

/**
 * The pairs a reader sets side by side within one measure of a group. In a
 * slot, claims that state the same figure are chained (they agree), and one
 * of each figure is set against the slot's representative; the two members
 * whose values lie furthest apart are compared too. Then each
 * representative meets the next one in time. A few pairs per claim, never
 * all pairs, so the output grows linearly.
 */
export function neighbourPairs(
  build: GroupBuild,
  streams: readonly Stream[],
  emit: (candidate: Candidate) => void,
  settings: ReconcileSettings,
): void {
  const base = { narrower: null, nature: build.nature, sameEvent: build.span !== null } as const;
  for (const stream of streams) {
    let previous: ClaimFacts | null = null;
    for (const slot of stream.slots) {
      for (const same of sameFigures(slot.members)) {
        for (let i = 1; i < same.length; i++) emit({ ...base, a: same[i - 1]!, b: same[i]! });
        const speaker = same.includes(slot.rep) ? slot.rep : same.reduce((best, m) => (compareRepresentatives(m, best) < 0 ? m : best));
        if (speaker !== slot.rep) emit({ ...base, a: speaker, b: slot.rep });
      }
      const [highest, lowest] = extremes(slot.members);
      if (highest !== lowest && exceedsBeyondTolerance(highest, lowest, settings.sameFigureTolerance)) emit({ ...base, a: highest, b: lowest });
      if (previous !== null) emit({ ...base, a: previous, b: slot.rep });
      previous = slot.rep;
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
