import type { GroupBuild } from '../group';
import type { Candidate } from './compare';
import { nearestSlots, type Stream } from './streams';

/**
 * A narrower measure against the nearest wider one present in the group
 * (traumatic brain injuries against injured, not against casualties when
 * injured is there): each representative against the wider representatives
 * just before and just after it in time.
 */
export function acrossMeasurePairs(build: GroupBuild, streams: readonly Stream[], emit: (candidate: Candidate) => void): void {
  if (streams.length < 2) return;
  const byMeasure = new Map(streams.map((stream) => [stream.measure, stream]));
  for (const stream of streams) {
    const wider = widerStream(stream, byMeasure);
    if (wider === undefined) continue;
    for (const slot of stream.slots) {
      for (const near of nearestSlots(wider.slots, slot.rep)) {
        emit({ a: slot.rep, b: near.rep, narrower: 'measure', nature: build.nature, sameEvent: build.span !== null });
      }
    }
  }
}

/** The stream of the nearest broader measure, if the group has one. */
function widerStream(stream: Stream, available: ReadonlyMap<string, Stream>): Stream | undefined {
  const chain = stream.slots[0]?.rep.subject.chain ?? [];
  for (let i = 1; i < chain.length; i++) {
    const found = available.get(chain[i]!);
    if (found !== undefined) return found;
  }
  return undefined;
}
