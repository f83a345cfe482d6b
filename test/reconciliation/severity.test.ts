import { severityOf } from '../../lib/reconciliation/severity';
import { defaults } from '../../lib/config/defaults';

describe('conflict severity', () => {
  it.each([
    [20, 21, 'low'],
    [20, 24, 'medium'],
    [20, 46, 'high'],
    [1624, 7189, 'high'],
  ])('%s against %s is %s', (a, b, level) => {
    const severity = severityOf(Math.abs(b - a), Math.max(a, b), defaults);
    expect(severity.level).toBe(level);
    expect(severity.relativeGap).toBeCloseTo(Math.abs(b - a) / Math.max(a, b), 6);
  });

  it('does not rank one death against none above a large disagreement', () => {
    const tiny = severityOf(1, 1, defaults);
    expect(tiny.relativeGap).toBe(1);
    expect(tiny.level).toBe('medium');
    expect(severityOf(3, 5, defaults).level).toBe('medium');
  });

  it('reads every figure by its share when the floor is set to zero', () => {
    expect(severityOf(1, 1, { ...defaults, severityMinScale: 0 }).level).toBe('high');
  });
});
