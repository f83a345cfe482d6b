import type { DraftFinding, FindingRefiner } from './draft';

/**
 * Findings whose figures all stay below `findingCountFloor` are small-count
 * noise ("0 against 5 cases" in the first days of a series, 100% apart):
 * each subject's are folded into one line, kept whole (its relations and
 * claims), and ranked after every other finding.
 */
export const smallCounts: FindingRefiner = (drafts, input) => {
  const floor = input.settings.findingCountFloor;
  const kept: DraftFinding[] = [];
  const noise = new Map<string, DraftFinding>();
  for (const draft of drafts) {
    if (draft.scale >= floor) {
      kept.push(draft);
      continue;
    }
    const key = draft.subject.group.id;
    const line = noise.get(key);
    if (line === undefined) {
      noise.set(key, {
        ...draft,
        kind: 'small-counts',
        sides: [],
        direction: null,
        days: [...draft.days],
        gaps: [...draft.gaps],
        relativeGaps: [...draft.relativeGaps],
        scales: [...draft.scales],
        pattern: null,
        relations: [...draft.relations],
        claims: [...draft.claims],
        groups: [...draft.groups],
        merged: [draft],
      });
      continue;
    }
    for (const day of draft.days) line.days.push(day);
    for (const gap of draft.gaps) line.gaps.push(gap);
    for (const gap of draft.relativeGaps) line.relativeGaps.push(gap);
    for (const scale of draft.scales) line.scales.push(scale);
    for (const index of draft.relations) line.relations.push(index);
    for (const claim of draft.claims) line.claims.push(claim);
    for (const group of draft.groups) if (!line.groups.includes(group)) line.groups.push(group);
    line.scale = Math.max(line.scale, draft.scale);
    line.merged.push(draft);
  }
  return [...kept, ...noise.values()];
};
