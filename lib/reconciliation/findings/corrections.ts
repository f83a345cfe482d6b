import type { ClaimFacts } from '../facts';
import { intervalGap } from '../interval';
import { severityOf } from '../severity';
import { dayOf, magnitudeOf, type DraftFinding, type FindingRule } from './draft';

/**
 * Each step of a source revising its own figure is a finding of its own (a
 * series that steps down after a data fix, an outlet that revised its count):
 * the newer figure first, against the older one it replaces.
 */
export const corrections: FindingRule = {
  kind: 'correction',
  find(input) {
    const drafts: DraftFinding[] = [];
    for (const index of input.indexesOf('correction')) {
      const relation = input.relations[index]!;
      if (relation.certainty !== 'established' || relation.claimIds.length !== 2) continue;
      // The correction rule names the older figure first.
      const [older, newer] = input.claimsOf(index) as [ClaimFacts, ClaimFacts];
      const scale = Math.max(magnitudeOf(older), magnitudeOf(newer));
      const severity = severityOf(intervalGap(older.value, newer.value), scale, input.settings);
      const subject = input.groupOf(newer);
      const days = [...new Set([dayOf(older), dayOf(newer)].filter((day): day is number => day !== null))].sort((a, b) => a - b);
      drafts.push({
        kind: 'correction',
        subject,
        groups: [...new Set([input.groupOf(older), subject])],
        sides: [{ claims: [newer] }, { claims: [older] }],
        direction: newer.value.lo < older.value.lo ? 'below' : 'above',
        days,
        gaps: [severity.gap],
        relativeGaps: [severity.relativeGap],
        scales: [scale],
        pattern: null,
        relations: [index],
        claims: [older, newer],
        scale,
        merged: [],
      });
    }
    return drafts;
  },
};
