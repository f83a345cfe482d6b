import { RELATION_KINDS, type Finding, type Reconciliation, type RelationKind, type SeverityLevel } from '../index';
import type { FailOn } from './args';

const AGREEMENTS: ReadonlySet<RelationKind> = new Set(['agree', 'compatible']);

const FLOORS: Readonly<Record<SeverityLevel, number>> = { low: 0, medium: 1, high: 2 };

/**
 * What makes `--fail-on` exit 1, for a newsroom's CI: `conflict`, any
 * conflict; `any`, any verdict but agree and compatible; `finding`, any
 * finding but a small-count line; `finding:medium` and `finding:high`, a
 * finding at least that severe (its typical gap, as severity reads it).
 * Returns what failed the run, empty when nothing did: the verdicts counted,
 * the most serious first ("conflict (2)", "scope (6)"), and the findings.
 */
export function failures(result: Reconciliation, failOn: FailOn | undefined): { verdicts: string[]; findings: Finding[] } {
  if (failOn === undefined) return { verdicts: [], findings: [] };
  if (failOn === 'conflict' || failOn === 'any') {
    const fails = (kind: RelationKind) => (failOn === 'conflict' ? kind === 'conflict' : !AGREEMENTS.has(kind));
    const counts = new Map<RelationKind, number>();
    for (const relation of result.relations) if (fails(relation.kind)) counts.set(relation.kind, (counts.get(relation.kind) ?? 0) + 1);
    const verdicts = [...RELATION_KINDS]
      .reverse()
      .filter((kind) => counts.has(kind))
      .map((kind) => `${kind} (${counts.get(kind)})`);
    return { verdicts, findings: [] };
  }
  const floor = FLOORS[failOn === 'finding' ? 'low' : failOn === 'finding:medium' ? 'medium' : 'high'];
  return { verdicts: [], findings: result.findings.filter((f) => f.kind !== 'small-counts' && FLOORS[f.level] >= floor) };
}
