import type { ClaimFacts } from '../facts';
import { intervalGap, sumIntervals } from '../interval';
import { severityOf } from '../severity';
import { dayOf, magnitudeOf, type DraftFinding, type FindingRule } from './draft';

/**
 * Parts that do not add up to their stated total (12 in Iraq and 4 in Syria
 * against 20 in both) are a finding each: the parts first, against the total.
 */
export const breakdowns: FindingRule = {
  kind: 'breakdown',
  find(input) {
    const drafts: DraftFinding[] = [];
    for (const index of input.indexesOf('breakdown')) {
      const relation = input.relations[index]!;
      if (relation.consistent !== false || relation.certainty !== 'established') continue;
      // The breakdown finder names the parts first and the total last.
      const claims = input.claimsOf(index);
      const total = claims[claims.length - 1]!;
      const parts = claims.slice(0, -1);
      const sum = sumIntervals(parts.map((part) => part.value));
      const scale = Math.max(magnitudeOf(total), Math.abs(sum.lo));
      const severity = severityOf(intervalGap(sum, total.value), scale, input.settings);
      const subject = input.groupOf(total);
      const day = dayOf(total);
      drafts.push({
        kind: 'breakdown',
        subject,
        groups: [...new Set([...parts.map(input.groupOf), subject])],
        sides: [{ claims: [...parts] }, { claims: [total] }],
        direction: sum.hi < total.value.lo ? 'below' : 'above',
        days: day === null ? [] : [day],
        gaps: [severity.gap],
        relativeGaps: [severity.relativeGap],
        scales: [scale],
        pattern: null,
        relations: [index],
        claims: [...claims],
        scale: claims.reduce((largest, claim: ClaimFacts) => Math.max(largest, magnitudeOf(claim)), 0),
        merged: [],
      });
    }
    return drafts;
  },
};
