// Rendering cost of each report format as the reconciliation grows. Prints
// time per size and the ratio to the previous size: near the size ratio means
// linear, near its square means quadratic. Uses the built package (dist/).
import { renderReport } from '../dist/index.js';

const KINDS = ['progression', 'agree', 'compatible', 'conflict', 'scope'];

function synthetic(claimCount, groupSize) {
  const claims = [];
  const groups = [];
  const relations = [];
  const estimates = [];
  for (let g = 0; g * groupSize < claimCount; g++) {
    const ids = [];
    for (let i = 0; i < groupSize && g * groupSize + i < claimCount; i++) {
      const id = `doc-${g}-${i}.txt:${i * 40}-${i * 40 + 17}`;
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      claims.push({
        id,
        documentId: `doc-${g}-${i}.txt`,
        quote: `at least ${100 + i} attacks`,
        span: { start: i * 40, end: i * 40 + 17 },
        stated: 100 + i,
        statedText: String(100 + i),
        qualifier: i % 3 === 0 ? 'at-least' : 'exact',
        upper: null,
        hedge: i % 3 === 0 ? 'at least' : null,
        unit: 'count',
        measure: 'attacks',
        subMeasure: null,
        measureText: 'attacks',
        locations: [`Place ${g}`],
        period: null,
        asOf: `2023-${month}-${day}`,
        asOfBounds: null,
        attribution: { speaker: null, organization: `Agency ${i % 7}` },
        source: { name: `Outlet ${i % 11}`, url: `https://example.com/${g}/${i}`, published: `2023-${month}-${day}` },
      });
      ids.push(id);
      if (i > 0) {
        const kind = KINDS[i % KINDS.length];
        relations.push({
          kind,
          claimIds: [ids[i - 1], id],
          reason: `${kind} between neighbours`,
          quotes: ['q1', 'q2'],
          severity: kind === 'conflict' ? { level: 'medium', gap: 1, relativeGap: 0.2 } : null,
          consistent: null,
        });
      }
    }
    groups.push({ id: `g${g}`, measure: 'attacks', locations: [`Place ${g}`], eventDate: null, claimIds: ids });
    estimates.push({
      groupId: `g${g}`,
      measure: 'attacks',
      asOf: '2023-06-01',
      policy: 'best-estimate',
      low: 1,
      best: 2,
      high: 3,
      support: { low: [ids[0]], best: [ids[0]], high: [ids[0]] },
    });
  }
  return { claims, groups, relations, estimates, rejected: [] };
}

function time(fn) {
  const start = process.hrtime.bigint();
  const out = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes: out.length };
}

const sizes = [1_000, 10_000, 50_000];
console.log('claims   format     ms      MB   ms ratio to previous size (size ratio in brackets)');
for (const groupSize of [20, 2_000]) {
  console.log(`-- groups of ${groupSize} claims`);
  const previous = new Map();
  let previousSize = null;
  for (const size of sizes) {
    const result = synthetic(size, groupSize);
    for (const format of ['markdown', 'html', 'csv', 'json']) {
      renderReport(result, { format }); // warm-up
      const { ms, bytes } = time(() => renderReport(result, { format }));
      const before = previous.get(format);
      const ratio = before ? `${(ms / before).toFixed(1)} (${size / previousSize}x)` : '';
      console.log(
        `${String(size).padStart(6)}   ${format.padEnd(8)} ${ms.toFixed(0).padStart(6)} ${(bytes / 1e6).toFixed(1).padStart(7)}   ${ratio}`,
      );
      previous.set(format, ms);
    }
    previousSize = size;
  }
}
