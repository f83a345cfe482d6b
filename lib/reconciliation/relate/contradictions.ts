import type { ClaimFacts } from '../facts';
import { compareText } from '../facts';
import type { GroupBuild } from '../group';
import { MaxHeap } from '../max-heap';
import { countsWithin, isExact } from '../time';
import { exceedsBeyondTolerance, type Candidate } from './compare';
import type { ReconcileSettings } from '../settings';
import type { Stream } from './streams';

/**
 * What neighbours miss in a running count: a figure below one stated
 * earlier, further back than the previous slot. One sweep in time order
 * keeps each source's latest figure (a newer figure from a source
 * supersedes its older one) and the largest of them in a heap; a claim
 * below that largest figure (beyond the tolerance), or below its own
 * source's previous figure (by any amount), is proposed as a pair. Only known dates take part: an unknown date never
 * makes a conflict.
 */
export function contradictionPairs(
  build: GroupBuild,
  streams: readonly Stream[],
  emit: (candidate: Candidate) => void,
  settings: ReconcileSettings,
): void {
  if (build.nature !== 'count') return;
  const pair = (a: ClaimFacts, b: ClaimFacts): void => emit({ a, b, narrower: null, nature: 'count', sameEvent: false });
  const tolerance = settings.sameFigureTolerance;
  for (const stream of streams) {
    const latest = new Map<string, ClaimFacts>();
    const heap = new MaxHeap<ClaimFacts>(higherFloor);
    const current = (): ClaimFacts | undefined => {
      let top = heap.peek();
      while (top !== undefined && latest.get(top.sourceKey) !== top) {
        heap.pop();
        top = heap.peek();
      }
      return top;
    };
    for (const slot of stream.slots) {
      if (!isExact(slot.rep.time)) continue;
      for (const member of slot.current) {
        const own = latest.get(member.sourceKey);
        // A source's own step down is proposed however small: the tolerance is for differences between sources.
        if (own !== undefined && falls(own, member, 0)) pair(own, member);
      }
      // A source's new figure supersedes its old one before others are measured against it.
      for (const member of slot.current) latest.set(member.sourceKey, member);
      const top = current();
      for (const member of slot.current) {
        if (top !== undefined && top.sourceKey !== member.sourceKey && falls(top, member, tolerance)) {
          pair(top, member);
        }
      }
      for (const member of slot.current) heap.push(member);
    }
  }
}

/** `later` is below `earlier` although `earlier` counts within its span. */
function falls(earlier: ClaimFacts, later: ClaimFacts, tolerance: number): boolean {
  return exceedsBeyondTolerance(earlier, later, tolerance) && countsWithin(earlier.time, later.time);
}

function higherFloor(a: ClaimFacts, b: ClaimFacts): boolean {
  return a.value.lo > b.value.lo || (a.value.lo === b.value.lo && compareText(a.id, b.id) < 0);
}
