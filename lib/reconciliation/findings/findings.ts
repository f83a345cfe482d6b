import type { Finding, Relation } from '../../records';
import type { ClaimFacts } from '../facts';
import type { Grouping } from '../group';
import type { ReconcileSettings } from '../settings';
import type { RelationClaims } from '../relate/listing';
import { breakdowns } from './breakdowns';
import { toFindings } from './build';
import { corrections } from './corrections';
import { disagreements } from './disagreements';
import type { DraftFinding, FindingRefiner, FindingRule } from './draft';
import { findingInput } from './input';
import { smallCounts } from './small-counts';

/**
 * The finding rules, one kind each. Every established conflict, correction
 * and breakdown that does not add up ends up in exactly one finding; pairs
 * that need review are left to the report's own section.
 */
export const FINDING_RULES: readonly FindingRule[] = [disagreements, corrections, breakdowns];

/** Applied in order after the rules: small-count noise is folded before findings are ranked and named. */
export const FINDING_REFINERS: readonly FindingRefiner[] = [smallCounts];

/** Group the relations into findings, ranked: one line per discrepancy a newsroom would write about. */
export function findFindings(
  relations: readonly Relation[],
  relationClaims: RelationClaims,
  facts: readonly ClaimFacts[],
  grouping: Grouping,
  settings: ReconcileSettings,
): Finding[] {
  const input = findingInput(relations, relationClaims, facts, grouping, settings);
  let drafts: DraftFinding[] = FINDING_RULES.flatMap((rule) => rule.find(input));
  for (const refine of FINDING_REFINERS) drafts = refine(drafts, input);
  return toFindings(drafts, input);
}
