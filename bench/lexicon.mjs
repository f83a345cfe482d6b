// `npm run bench:lexicon`: what the gazetteer costs. Each figure comes from
// fresh processes (the median of RUNS), so that load time and memory are the
// lexicon's own:
//   import          loading the built package (the gazetteer text is bundled in it);
//   lexicon only    compiling the default lexicon with the gazetteer off, and one place() lookup:
//                   the lexicon as it was before the gazetteer;
//   with gazetteer  the default lexicon and its first lookupPlace(), which parses the gazetteer.
// Then warm lookups per second, place() (lexicon only) beside lookupPlace()
// (lexicon, countries, gazetteer), over names of every kind.
// BASE_DIST=/path/to/another/dist adds the rows of another build (an older
// checkout's) measured the same way, for a before/after on one machine.
// Uses the built package (dist/): `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/index.js', import.meta.url);
const base = process.env.BASE_DIST ? new URL(`file://${process.env.BASE_DIST.replace(/\/?$/, '/')}index.js`) : null;
const RUNS = 5;
const LOOKUP_ROUNDS = 2_000;
// lexicon entries, countries, gazetteer cities and provinces, water, common words, unknown names
const NAMES = [
  'Iraq',
  'Syria',
  'U.S.',
  'Deir ez-Zor',
  'Erbil',
  'Gaza',
  'Tower 22',
  'the Red Sea',
  'Middle East',
  'France',
  'Brazil',
  'Hatay',
  'Marseille',
  'Kharkiv',
  'Lagos',
  'Houston',
  'Antakya',
  'Kahramanmaras',
  'Texas',
  'Punjab',
  'Nice',
  'Reading',
  'Police',
  'Pentagon',
  'Reuters',
  'Thursday',
  'Sabrina Singh',
  'Xanadu',
];

if (process.argv[2] === '--child') {
  await child(process.argv[3], new URL(process.argv[4]));
} else {
  parent();
}

async function child(mode, entry) {
  const mb = () => {
    global.gc();
    return process.memoryUsage().heapUsed / 1e6;
  };
  const before = mb();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const api = await import(entry.href);
  if (mode === 'lexicon-only') {
    // a build from before the gazetteer has no such option
    const off = 'gazetteer' in api.defaultLexiconData ? { ...api.defaultLexiconData, gazetteer: false } : api.defaultLexiconData;
    const lexicon = api.createLexicon(off);
    lexicon.place('Erbil');
  } else if (mode === 'with-gazetteer') {
    const lexicon = api.getDefaultLexicon();
    lexicon.lookupPlace('Hatay');
  } else if (mode === 'lookups') {
    const lexicon = api.getDefaultLexicon();
    for (const name of NAMES) lexicon.lookupPlace(name);
    const rate = (lookup) => {
      const start = performance.now();
      for (let round = 0; round < LOOKUP_ROUNDS; round++) for (const name of NAMES) lookup(name);
      return (LOOKUP_ROUNDS * NAMES.length) / ((performance.now() - start) / 1000);
    };
    const place = rate((name) => lexicon.place(name));
    const lookupPlace = rate((name) => lexicon.lookupPlace(name));
    process.stdout.write(JSON.stringify({ place, lookupPlace }));
    return;
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, heap: mb() - before, rss: process.memoryUsage().rss / 1e6 }),
  );
}

function run(mode, entry = dist) {
  const result = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode, entry.href], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${mode}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function parent() {
  if (!existsSync(dist)) {
    console.log('bench:lexicon: dist/ is missing; run `npm run build` first (npm run bench builds).');
    process.exitCode = 1;
    return;
  }
  const measure = (mode, entry) => {
    const runs = Array.from({ length: RUNS }, () => run(mode, entry));
    return Object.fromEntries(['wall', 'cpu', 'heap', 'rss'].map((key) => [key, median(runs.map((r) => r[key]))]));
  };
  const figures = {};
  for (const mode of ['import', 'lexicon-only', 'with-gazetteer']) figures[mode] = measure(mode, dist);
  if (base) for (const mode of ['import', 'lexicon-only']) figures[`base ${mode}`] = measure(mode, base);
  const row = (label, f) =>
    `${label.padEnd(16)} ${f.wall.toFixed(0).padStart(8)} ${f.cpu.toFixed(0).padStart(8)} ${f.heap.toFixed(1).padStart(9)} ${f.rss.toFixed(0).padStart(7)}`;
  console.log(`default lexicon, from a fresh process (median of ${RUNS})`);
  console.log(`${''.padEnd(16)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)} ${'heap MB'.padStart(9)} ${'rss MB'.padStart(7)}`);
  console.log(row('import', figures.import));
  console.log(row('lexicon only', figures['lexicon-only']));
  console.log(row('with gazetteer', figures['with-gazetteer']));
  if (base) {
    console.log(row('before: import', figures['base import']));
    console.log(row('before: lexicon', figures['base lexicon-only']));
  }
  const only = figures['lexicon-only'];
  const gaz = figures['with-gazetteer'];
  console.log(
    `gazetteer / lexicon only: cpu ${(gaz.cpu / only.cpu).toFixed(2)}x (+${(gaz.cpu - only.cpu).toFixed(0)} ms), ` +
      `heap ${(gaz.heap / only.heap).toFixed(2)}x (+${(gaz.heap - only.heap).toFixed(1)} MB)`,
  );
  if (base) {
    const before = figures['base lexicon-only'];
    console.log(
      `with gazetteer / before: cpu ${(gaz.cpu / before.cpu).toFixed(2)}x (+${(gaz.cpu - before.cpu).toFixed(0)} ms), ` +
        `heap ${(gaz.heap / before.heap).toFixed(2)}x (+${(gaz.heap - before.heap).toFixed(1)} MB); ` +
        `import ${(figures.import.cpu / figures['base import'].cpu).toFixed(2)}x`,
    );
  }
  const lookups = run('lookups');
  console.log(
    `warm lookups/s over ${NAMES.length} names: place() ${Math.round(lookups.place).toLocaleString('en-US')}, ` +
      `lookupPlace() ${Math.round(lookups.lookupPlace).toLocaleString('en-US')} (${(lookups.lookupPlace / lookups.place).toFixed(2)}x)`,
  );
}
