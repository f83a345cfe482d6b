import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Reconciliation } from '../../lib/records';
import { loadDocument } from '../../lib/documents/load';
import { SEEDS_DIR, seedFiles, readSeed } from '../helpers/seeds';
import { makeClaim } from '../helpers/claims';

export type FixtureName = 'seeds' | 'every-verdict';

export function loadFixture(name: FixtureName): Reconciliation {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.reconciliation.json`), 'utf8')) as Reconciliation;
}

/** The seed articles as the seeds fixture was made from them (004 has no header; its outlet comes from the caller). */
export function seedDocuments(): Document[] {
  return seedFiles().map((name) => loadDocument(readSeed(name), { id: name, ...(name.startsWith('004_') ? { outlet: 'EL TIEMPO' } : {}) }));
}

export { SEEDS_DIR };

/**
 * The same reconciliation with every list in another order. Findings name
 * their relations by position, so they follow the relations to where they moved.
 */
export function reordered(result: Reconciliation, order: (n: number) => number[]): Reconciliation {
  const pick = <T>(items: readonly T[]): T[] => order(items.length).map((i) => items[i] as T);
  const relationOrder = order(result.relations.length);
  const movedTo = new Map(relationOrder.map((from, to) => [from, to]));
  return {
    claims: pick(result.claims),
    groups: pick(result.groups).map((group) => ({ ...group, claimIds: pick(group.claimIds) })),
    relations: relationOrder.map((i) => result.relations[i]!),
    findings: pick(result.findings).map((finding) => ({
      ...finding,
      relationIndexes: finding.relationIndexes.map((i) => movedTo.get(i)!).sort((a, b) => a - b),
      claimIds: pick(finding.claimIds),
    })),
    estimates: pick(result.estimates),
    rejected: result.rejected,
  };
}

/** A permutation of 0..n-1 from a seed (Fisher–Yates over a small LCG): reproducible from the seed fast-check prints. */
export function permutation(seed: number) {
  return (n: number): number[] => {
    const order = Array.from({ length: n }, (_, i) => i);
    let state = seed >>> 0;
    for (let i = n - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return order;
  };
}

/** A reconciliation whose every text field from the input carries an HTML payload. */
export function hostileReconciliation(): Reconciliation {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const claim = makeClaim({
    id: `a"><script>window.__xss=3</script>`,
    documentId: `doc<svg onload="window.__xss=4">`,
    quote: `at least 19 ${payload}`,
    measureText: payload,
    locations: [`Iraq${payload}`],
    attribution: { speaker: `Speaker ${payload}`, organization: null },
    source: { name: `Outlet ${payload}`, url: 'javascript:window.__xss=5', published: '2023-10-27' },
  });
  const other = makeClaim({
    id: 'b',
    stated: 5,
    statedText: '5',
    qualifier: 'exact',
    hedge: null,
    quote: '5 attacks',
    source: { name: 'Safe Outlet', url: 'https://example.com/story?a=1&b=2', published: '2023-10-27' },
  });
  return {
    claims: [claim, other],
    groups: [
      { id: `g${payload}`, measure: `attacks${payload}`, locations: [`Iraq${payload}`], eventDate: null, claimIds: [claim.id, 'b'] },
    ],
    relations: [
      {
        kind: 'conflict',
        claimIds: [claim.id, 'b'],
        reason: `reason ${payload}`,
        quotes: [claim.quote, other.quote],
        severity: { level: 'high', gap: 14, relativeGap: 0.7 },
        consistent: null,
        certainty: 'established',
        missing: [],
      },
    ],
    findings: [
      {
        id: `disagreement:${payload}`,
        kind: 'disagreement',
        summary: `attacks in Iraq: Outlet ${payload} below Safe Outlet ${payload}`,
        groupIds: [`g${payload}`],
        measure: `attacks${payload}`,
        locations: [`Iraq${payload}`],
        sides: [
          { sources: [`Outlet ${payload}`], claimIds: [claim.id] },
          { sources: ['Safe Outlet'], claimIds: ['b'] },
        ],
        direction: 'above',
        start: '2023-10-27',
        end: '2023-10-27',
        days: 1,
        dates: 1,
        gap: { typical: 14, typicalRelative: 0.7, largest: 14, largestRelative: 0.7 },
        pattern: null,
        level: 'high',
        weight: 0.7,
        relationIndexes: [0],
        claimIds: [claim.id, 'b'],
      },
    ],
    estimates: [],
    rejected: [{ origin: `file${payload}`, index: 0, id: null, field: `/x${payload}`, reason: `bad ${payload}`, record: payload }],
  };
}
