import type { Reconciliation } from '../index';

/**
 * The reconciliation as NDJSON, one record per line, each tagged with its
 * kind, in a fixed order: claims, groups, relations, findings, estimates,
 * rejected. A finding's `relationIndexes` count the relation lines, from 0.
 * A pipeline can filter it line by line (`jq 'select(.type == "relation")'`).
 */
export function reconciliationAsNdjson(result: Reconciliation): string {
  const sections = [
    ['claim', result.claims],
    ['group', result.groups],
    ['relation', result.relations],
    ['finding', result.findings],
    ['estimate', result.estimates],
    ['rejected', result.rejected],
  ] as const;
  const lines: string[] = [];
  for (const [type, records] of sections) {
    for (const record of records) lines.push(JSON.stringify({ type, ...record }));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
