import type { Claim, Reconciliation } from '../records';
import { assertRecordList, validateClaims } from '../schema/validate';
import { claimFacts, compareText } from './facts';
import { groupClaims } from './group';
import { relate } from './relate/relate';
import { estimate } from './estimate';
import { findFindings } from './findings/findings';
import { resolveSettings, type ReconcileOptions } from './settings';
import { SubjectResolver } from './subject';

export type { ReconcileOptions, ReconcileTolerances } from './settings';

/**
 * Group claims by subject and give every difference a verdict. The stages,
 * in the order data flows through them:
 *
 * 1. validate: records that break the schema go to `rejected`, named with their field;
 * 2. facts: each claim's value interval, time, subject (measure family) and places;
 * 3. group: by family, place set and unit; one-off events also by date;
 * 4. relate: neighbours in time, contradictions, narrower measures and places, breakdowns, distinct events;
 * 5. findings: relations that tell one story (a source below the others for months, a step
 *    down, parts that do not add up) become one ranked finding each;
 * 6. estimate: low / best / high per group, measure and date under the chosen policy.
 *
 * Every valid claim is in exactly one group; the output does not depend on
 * the order of the input.
 */
export function reconcile(records: readonly unknown[], options: ReconcileOptions = {}): Reconciliation {
  assertRecordList(records, 'reconcile');
  const settings = resolveSettings(options);
  const { claims, rejected } = validateClaims(records, options.origin);
  const sorted: Claim[] = claims.sort((a, b) => compareText(a.id, b.id));
  const subjects = new SubjectResolver(settings.lexicon, settings.subjectFuzzyCutoff);
  const facts = sorted.map((claim, index) => claimFacts(claim, index, subjects, settings));
  const grouping = groupClaims(facts, settings.eventDateSlackDays);
  const { relations, claims: relationClaims, excluded } = relate(grouping, settings, facts.length);
  const findings = findFindings(relations, relationClaims, facts, grouping, settings);
  const estimates = estimate(grouping.groups, excluded, settings.policy);
  return {
    claims: sorted,
    groups: grouping.groups.map((build) => build.group),
    relations,
    findings,
    estimates,
    rejected: [...(options.rejected ?? []), ...rejected],
  };
}
