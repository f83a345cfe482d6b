import type { Finding, Reconciliation, SeverityLevel } from '../index';
import type { FailOn } from './args';

const FLOORS: Readonly<Record<SeverityLevel, number>> = { low: 0, medium: 1, high: 2 };

/**
 * What makes `--fail-on` exit 1, for a newsroom's CI: `conflict`, any
 * conflict; `any`, any verdict but agree and compatible; `finding`, any
 * finding but a small-count line; `finding:medium` and `finding:high`, a
 * finding at least that severe (its typical gap, as severity reads it).
 * Returns what failed the run, empty when nothing did.
 */
export function failures(result: Reconciliation, failOn: FailOn | undefined): { verdicts: number; findings: Finding[] } {
  if (failOn === undefined) return { verdicts: 0, findings: [] };
  if (failOn === 'conflict') return { verdicts: result.relations.filter((r) => r.kind === 'conflict').length, findings: [] };
  if (failOn === 'any')
    return { verdicts: result.relations.filter((r) => r.kind !== 'agree' && r.kind !== 'compatible').length, findings: [] };
  const floor = FLOORS[failOn === 'finding' ? 'low' : failOn === 'finding:medium' ? 'medium' : 'high'];
  return { verdicts: 0, findings: result.findings.filter((f) => f.kind !== 'small-counts' && FLOORS[f.level] >= floor) };
}
