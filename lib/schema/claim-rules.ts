import type { Claim, Period } from '../records';
import { format } from '../errors/messages';
import type { FieldIssue } from './issues';

/**
 * What a schema cannot say about a claim that has passed it: periods that
 * end before they start, and a range's two numbers. (Ajv's number type
 * already refuses NaN and Infinity.)
 */
export function claimRuleIssues(claim: Claim): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (claim.span && claim.span.end < claim.span.start) {
    issues.push({ field: '/span', message: format('spanReversed', claim.span.end, claim.span.start) });
  }
  if (reversed(claim.period)) {
    issues.push({ field: '/period', message: format('periodEndsBeforeStart', claim.period?.end, claim.period?.start) });
  }
  if (reversed(claim.asOfBounds)) {
    issues.push({
      field: '/asOfBounds',
      message: format('asOfBoundsReversed', claim.asOfBounds?.end, claim.asOfBounds?.start),
    });
  }
  if (claim.qualifier === 'range') {
    if (claim.upper === null) issues.push({ field: '/upper', message: format('rangeWithoutUpper') });
    else if (claim.upper < claim.stated) {
      issues.push({ field: '/upper', message: format('rangeUpperBelowStated', claim.upper, claim.stated) });
    }
  } else if (claim.upper !== null) {
    issues.push({ field: '/upper', message: format('upperWithoutRange') });
  }
  return issues;
}

function reversed(period: Period | null): boolean {
  return period !== null && period.start !== null && period.end !== null && period.end < period.start;
}
