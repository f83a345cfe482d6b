import type { Reconciliation } from '../index';

/**
 * The reconciliation as NDJSON, one record per line, each tagged with its
 * kind, in a fixed order: claims, groups, relations, findings, estimates,
 * rejected. A finding's `relationIndexes` count the relation lines, from 0.
 * A pipeline can filter it line by line (`jq 'select(.type == "relation")'`).
 * Lines are made one at a time, so output of any size can be written.
 */
export function* reconciliationAsNdjson(result: Reconciliation): Generator<string> {
  const sections = [
    ['claim', result.claims],
    ['group', result.groups],
    ['relation', result.relations],
    ['finding', result.findings],
    ['estimate', result.estimates],
    ['rejected', result.rejected],
  ] as const;
  for (const [type, records] of sections) {
    for (const record of records) yield `${JSON.stringify({ type, ...record })}\n`;
  }
}
