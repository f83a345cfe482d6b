import { apart, cited, citedIn } from '../describe';
import { severityOf } from '../severity';
import type { Comparison } from './compare';
import type { VerdictRule } from './verdict';

/**
 * The two figures cannot both be true: one quantity with values that do not
 * meet, a running count that shrinks across sources, a part larger than its
 * whole. The severity grows with the gap relative to the larger figure.
 */
export const conflict: VerdictRule = {
  kind: 'conflict',
  judge(comparison) {
    if (!comparison.violated) return null;
    const severity = severityOf(comparison.gap, comparison.scale, comparison.settings);
    return {
      claims: [comparison.first, comparison.second],
      reason: `${explain(comparison)} (${apart(severity.gap, severity.relativeGap)})`,
      severity,
    };
  },
};

function explain({ first, second, narrower, expectation, order, nature, sameSource }: Comparison): string {
  if (narrower !== null) {
    const cite = narrower === 'measure' ? cited : citedIn;
    const [a, b] = [cite(first), cite(second)];
    const wider = narrower === 'measure' ? 'a wider measure' : narrower === 'place' ? 'a wider place' : 'a wider measure and place';
    return `${a} exceeds ${b}, ${wider} counted on the same or a later day: a part cannot be larger than its whole`;
  }
  const a = cited(first);
  const b = cited(second);
  if (expectation === 'within' && order === 'before') {
    return `running count falls from ${a} to ${b}${sameSource ? '' : ' in another source'}: a count since a date cannot shrink`;
  }
  if (expectation === 'within') return `${a} counts part of the span of ${b} yet is larger`;
  const what =
    nature === 'event' ? 'the same event' : nature === 'level' ? 'the same level at about the same time' : 'the same quantity and span';
  return `${a} vs ${b}: ${what}, values that cannot both be true`;
}
