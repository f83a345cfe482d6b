// `npm run bench:adversarial`: time on inputs built to hurt. Each text of
// bench/adversarial-inputs.json (runs of digits and commas, "at least at
// least …", "between 1 and between 2 and …", thousands of hedges, one
// sentence of megabytes, …) goes through extractClaims at 1 MB and at 10 MB,
// and so do the other readers of untrusted text (a claim's measure words
// through reconcile, quotes through the reports, a document header, a CSV
// cell, an NDJSON line). Linear time means 10 MB takes about ten times as long
// as 1 MB; the target is a ratio of at most 12. Each run is a fresh process
// (warmed up on 20 KB of the same input), so that peak memory is its own.
// The ratio judged is that of CPU time (user + system, every thread of the
// process, garbage collection included): on a machine shared with other work
// the wall time of the same run varies several-fold, and it is printed beside.
// Uses the built package (dist/): `npm run bench` builds first.
// `node bench/adversarial.mjs hyphen` runs only the inputs whose name contains "hyphen".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/index.js', root);
const SIZES = [1_000_000, 10_000_000];
const WARM_UP = 20_000;
const TARGET_RATIO = 12;
/** Below this, a run is too short for its ratio to mean anything. */
const TOO_FAST_MS = 20;

const { inputs } = JSON.parse(readFileSync(new URL('bench/adversarial-inputs.json', root), 'utf8'));

const repeatTo = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const textOf = (input, length) => (input.prefix ?? '') + repeatTo(input.unit, length - (input.prefix ?? '').length);

/** The readers besides extraction, each on a megabytes-long piece of hostile text. */
const OTHER_READERS = {
  'reconcile: measure words of megabytes': (lib, size) => {
    const claim = (id, measure, stated) => ({
      id,
      documentId: 'd',
      quote: String(stated),
      span: null,
      stated,
      statedText: String(stated),
      qualifier: 'exact',
      upper: null,
      hedge: null,
      unit: 'count',
      measure,
      subMeasure: null,
      measureText: null,
      locations: ['Iraq'],
      period: null,
      asOf: '2023-10-27',
      asOfBounds: null,
      attribution: null,
      source: { name: id, url: null, published: '2023-10-27' },
    });
    return lib.reconcile([claim('a', repeatTo('casualtes ', size), 1), claim('b', repeatTo('attack ', size), 2)]).groups.length;
  },
  'reports: a quote of markup characters, every format': (lib, size) => {
    const claims = ['a', 'b'].map((id, i) => ({
      id,
      documentId: 'd',
      quote: repeatTo(`<b>&"' `, size),
      span: null,
      stated: 19 + i,
      statedText: String(19 + i),
      qualifier: 'exact',
      upper: null,
      hedge: null,
      unit: 'count',
      measure: 'attacks',
      subMeasure: null,
      measureText: null,
      locations: ['Iraq'],
      period: null,
      asOf: '2023-10-27',
      asOfBounds: null,
      attribution: null,
      source: { name: `Outlet ${id}`, url: null, published: '2023-10-27' },
    }));
    const result = lib.reconcile(claims);
    return lib.REPORT_FORMATS.reduce((length, format) => length + lib.renderReport(result, { format }).length, 0);
  },
  'documents: a header line of megabytes': (lib, size) => lib.loadDocument(` date 2023-10-27 ${repeatTo('a / ', size)}`).text.length,
  'datasets: a CSV cell of megabytes': (lib, size) => lib.parseCsv(`a,b\n"${repeatTo('x,"" ', size)}",1\n`).rows.length,
  'datasets: an NDJSON line of megabytes': (lib, size) =>
    lib.parseNdjsonRows(`{"a":"${repeatTo('x ', size)}"}\n`, 'big.ndjson').rows.length,
};

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]));
} else {
  parent(process.argv[2] ?? '');
}

async function child(name, size) {
  const lib = await import(dist.href);
  const input = inputs.find((i) => i.name === name);
  const run = input
    ? (length) =>
        lib.extractClaims({
          id: 'adversarial',
          text: textOf(input, length),
          source: { name: 'Outlet', url: null, published: '2023-10-27' },
        }).length
    : (length) => OTHER_READERS[name](lib, length);
  run(WARM_UP);
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const count = run(size);
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const ms = (cpu.user + cpu.system) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 100)); // the observer hears of collections after the run returns
  observer.disconnect();
  process.stdout.write(JSON.stringify({ ms, wallMs, gcMs, count, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function measure(name, size) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', name, String(size)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) return { error: (run.stderr || `exit ${run.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(run.stdout);
}

function parent(filter) {
  if (!existsSync(dist)) {
    console.error('bench:adversarial needs the build: run "npm run build" first (npm run bench does).');
    process.exit(1);
  }
  const names = [...inputs.map((i) => i.name), ...Object.keys(OTHER_READERS)].filter((name) => name.includes(filter));
  const width = Math.max(...names.map((n) => n.length));
  console.log(
    `${'input'.padEnd(width)}  1 MB CPU ms  10 MB CPU ms  ratio  wall ms 1 MB  10 MB  wall ratio  GC share at 10 MB  results at 10 MB  peak RSS MB`,
  );
  let over = 0;
  let failed = 0;
  let tooFast = 0;
  for (const name of names) {
    const [small, large] = SIZES.map((size) => measure(name, size));
    if (small.error || large.error) {
      failed++;
      console.log(`${name.padEnd(width)}   FAILED: ${small.error ?? large.error}`);
      continue;
    }
    const ratio = large.ms / Math.max(small.ms, 1);
    const judged = small.ms >= TOO_FAST_MS;
    if (!judged) tooFast++;
    else if (ratio > TARGET_RATIO) over++;
    const mark = !judged ? '~' : ratio > TARGET_RATIO ? '!' : ' ';
    console.log(
      `${name.padEnd(width)} ${small.ms.toFixed(0).padStart(12)} ${large.ms.toFixed(0).padStart(13)} ${ratio.toFixed(1).padStart(6)}${mark}` +
        ` ${small.wallMs.toFixed(0).padStart(12)} ${large.wallMs.toFixed(0).padStart(6)} ${(large.wallMs / Math.max(small.wallMs, 1)).toFixed(1).padStart(11)}` +
        ` ${`${((100 * large.gcMs) / large.wallMs).toFixed(0)}%`.padStart(18)}` +
        ` ${String(large.count).padStart(17)} ${large.maxRssMb.toFixed(0).padStart(12)}`,
    );
  }
  console.log(
    `input grew 10x; target: CPU time grows at most ${TARGET_RATIO}x. ` +
      `${names.length - over - failed - tooFast} of ${names.length} within target` +
      `${over > 0 ? `, ${over} over (!)` : ''}${tooFast > 0 ? `, ${tooFast} under ${TOO_FAST_MS} ms at 1 MB, not judged (~)` : ''}${failed > 0 ? `, ${failed} failed` : ''}.`,
  );
  if (over > 0)
    console.log('Over target: see the GC share; millions of live claims or tokens make V8 collect more per megabyte as the heap grows.');
  process.exitCode = over + failed > 0 ? 1 : 0;
}
