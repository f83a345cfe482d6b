// `npm run bench:findings`: reconcile() on inputs that make many findings, at
// three sizes each four times the last, printing time, findings and the ratio
// of each time to the previous size's (4 is linear; the target is at most 6):
//   series     three daily sources per region, one of them 20% below the
//              others for weeks at a time, with steps down: long disagreements
//   new-rival  one outlet below a different outlet every day: a disagreement
//              per day, all sharing one voice (the case that was quadratic
//              before runs per voice were bounded)
// Uses the built package (dist/): `npm run bench` builds first.
import { existsSync } from 'node:fs';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('bench:findings needs the build: run "npm run build" first (npm run bench does).');
  process.exit(1);
}
const lib = await import(dist.href);
const SIZES = [12_000, 48_000, 192_000];
const TARGET_RATIO = 6;
const DAY = 86_400_000;

function claim(id, stated, source, day, span) {
  const date = new Date(Date.UTC(2021, 0, 1) + day * DAY).toISOString().slice(0, 10);
  return {
    id,
    documentId: `${source}.csv`,
    quote: `${source} ${date} ${stated}`,
    span,
    stated,
    statedText: String(stated),
    qualifier: 'exact',
    upper: null,
    hedge: null,
    unit: 'count',
    measure: 'attacks',
    subMeasure: null,
    measureText: null,
    locations: ['Iraq'],
    period: { start: null, end: date },
    asOf: date,
    asOfBounds: null,
    attribution: null,
    source: { name: source, url: null, published: span === null ? null : date },
  };
}

const workloads = {
  series(size) {
    const claims = [];
    const days = 400;
    for (let region = 0; claims.length < size; region++) {
      for (let day = 0; day < days && claims.length < size; day++) {
        const base = 1000 + 50 * day;
        // West is 20% below for forty days out of every hundred, and steps down every 97th day.
        const west = day % 100 < 40 ? Math.round(base * 0.8) : day % 97 === 0 ? base - 5 : base;
        for (const [source, value] of [
          ['North', base],
          ['South', base],
          ['West', west],
        ]) {
          const c = claim(`${source}-${region}-${day}`, value, source, day, null);
          c.locations = [`Region ${region}`];
          claims.push(c);
        }
      }
    }
    return claims;
  },
  'new-rival'(size) {
    const claims = [];
    for (let day = 0; claims.length < size; day++) {
      claims.push(claim(`steady-${day}`, 10 + day, 'Steady', day, { start: 0, end: 9 }));
      claims.push(claim(`rival-${day}`, 1_000_000 + 7 * day, `Rival ${day}`, day, { start: 0, end: 9 }));
    }
    return claims;
  },
};

console.log('workload      claims  relations  findings  reconcile s  ratio');
let failed = false;
for (const [name, make] of Object.entries(workloads)) {
  let previous = null;
  for (const size of SIZES) {
    const claims = make(size);
    const started = performance.now();
    const result = lib.reconcile(claims);
    const seconds = (performance.now() - started) / 1000;
    const ratio = previous === null ? null : seconds / previous;
    if (ratio !== null && ratio > TARGET_RATIO) failed = true;
    console.log(
      `${name.padEnd(10)} ${String(claims.length).padStart(9)} ${String(result.relations.length).padStart(10)} ${String(result.findings.length).padStart(9)}` +
        ` ${seconds.toFixed(2).padStart(12)}  ${ratio === null ? '' : ratio.toFixed(2)}`,
    );
    previous = seconds;
  }
}
console.log(`\ntime ratio per 4x claims: target <= ${TARGET_RATIO} (4 is linear) ${failed ? 'NOT met' : 'met'}`);
process.exitCode = failed ? 1 : 0;
