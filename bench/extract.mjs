// `npm run bench:extract`: full claim extraction (extractClaims: sentences,
// dates, numbers, hedges, measures, places, periods, attribution) against
// Microsoft Recognizers-Text parsing numbers only (NumberRecognizer's number
// model), on the same sentences, side by side. Target: our sentences per
// second at least 2x theirs.
//
// The corpus has at least 10,000 sentences: the seed articles, the sentences
// of our fixture cases and of the peer suites in fixtures/external, and, when
// ../shared/external/recognizers-text is present beside the project, the
// inputs of its English spec files. Rounds of variants (every digit run
// replaced by another number of the same length, from a seeded generator)
// fill it up to the target, so the figures are the same on every run.
// Each side runs in its own process, so that peak memory is its own.
// Uses the built package (dist/): `npm run bench` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/index.js', root);
const TARGET_SENTENCES = 10_000;
const TARGET_RATIO = 2;
const SENTENCES_PER_DOCUMENT = 20;

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  parent();
}

function readJson(url) {
  return JSON.parse(readFileSync(url, 'utf8').replace(/^\uFEFF/, ''));
}

function corpus() {
  const sentences = [];
  const seeds = new URL('fixtures/seeds/', root);
  for (const name of readdirSync(seeds)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const body = readFileSync(new URL(name, seeds), 'utf8').replace(/^ date \S+ (?:https?:\/\/\S+|[^/\n]{0,60} \/ )?/, '');
    sentences.push(
      ...body
        .split(/(?<=[.!?])\s+|\n+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    );
  }
  const cases = new URL('test/extraction/fixtures/', root);
  for (const name of readdirSync(cases)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    for (const c of readJson(new URL(name, cases)).cases) sentences.push(c.text);
  }
  sentences.push(...readJson(new URL('fixtures/external/recognizers-text/NumberRangeModel.json', root)).map((c) => c.Input));
  sentences.push(...readJson(new URL('fixtures/external/quantulum3/quantities.json', root)).map((c) => c.req));
  const shared = new URL('../shared/external/recognizers-text/', root);
  if (existsSync(shared)) {
    for (const folder of ['Number/English/', 'NumberWithUnit/English/', 'DateTime/English/']) {
      const dir = new URL(folder, shared);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        for (const c of readJson(new URL(name, dir))) if (typeof c.Input === 'string') sentences.push(c.Input);
      }
    }
  } else {
    console.log('skip: ../shared/external/recognizers-text is not present; the corpus is built from fixtures/ alone');
  }
  const base = sentences.filter((s) => s.trim().length > 0);
  const out = [...base];
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  while (out.length < TARGET_SENTENCES) {
    for (const sentence of base) {
      if (out.length >= TARGET_SENTENCES) break;
      out.push(sentence.replace(/\d+/g, (digits) => String(next() % 10 ** digits.length).padStart(digits.length, '1')));
    }
  }
  return { sentences: out, distinct: base.length };
}

function parent() {
  if (!existsSync(dist)) {
    console.error('bench:extract needs the build: run "npm run build" first (npm run bench does).');
    process.exit(1);
  }
  const script = fileURLToPath(import.meta.url);
  const { sentences, distinct } = corpus();
  const bytes = Buffer.byteLength(sentences.join('\n'), 'utf8');
  console.log(`corpus: ${sentences.length} sentences (${distinct} distinct before variants), ${(bytes / 1e6).toFixed(2)} MB`);
  const rows = [];
  for (const side of ['ours', 'recognizers']) {
    const run = spawnSync(process.execPath, ['--expose-gc', script, '--child', side], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) {
      console.error(run.stderr);
      process.exit(1);
    }
    rows.push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  const [ours, theirs] = rows;
  const line = (r) =>
    `${r.name.padEnd(52)} ${String(r.sentences).padStart(6)} sentences  wall ${r.seconds.toFixed(2).padStart(5)} s  cpu ${r.cpuSeconds.toFixed(2).padStart(5)} s  ${Math.round(
      r.sentences / r.cpuSeconds,
    )
      .toString()
      .padStart(
        6,
      )} sentences/s  ${(r.bytes / 1e6 / r.cpuSeconds).toFixed(3).padStart(6)} MB/s  peak ${Math.round(r.peakMb)} MB  (${r.found} ${r.unit})`;
  console.log('throughput per CPU second (the machine may be shared; wall time is printed beside it)');
  console.log(line(ours));
  console.log(line(theirs));
  const ratio = ours.sentences / ours.cpuSeconds / (theirs.sentences / theirs.cpuSeconds);
  const wallRatio = ours.sentences / ours.seconds / (theirs.sentences / theirs.seconds);
  console.log(
    `ratio (our full extraction / their number parsing), sentences per CPU second: ${ratio.toFixed(2)}x (wall: ${wallRatio.toFixed(2)}x)  target at least ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`,
  );
  const growth = spawnSync(process.execPath, [script, '--child', 'growth'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  process.stdout.write(growth.stdout);
  if (growth.status !== 0) process.exit(1);
}

/**
 * Untrusted text: one piece repeated 10,000 and 20,000 times. Twice the text
 * should take about twice the time; a quadratic rule would take four times.
 */
async function growthChild() {
  const { extractClaims } = await import(dist.href);
  const PIECES = ['1,', '1/', '+1-', 'two ', 'Iraq and ', 'at least ', '(', 'said ', 'a'];
  const time = (text) => {
    const start = process.cpuUsage();
    extractClaims({ id: 'g', text, source: { name: null, url: null, published: '2023-10-27' } });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e3;
  };
  console.log('growth on repeated pieces (CPU ms for 10,000 and 20,000 repeats; ratio target at most 3)');
  let worst = 0;
  for (const piece of PIECES) {
    time(`${piece.repeat(1000)} @x`);
    // the least of three runs: a shared machine only ever adds time
    // a long run of one piece, and an "@" after it (an e-mail address is looked for only where there is one)
    const make = (count) => `${piece.repeat(count)} @x`;
    const small = Math.min(...[0, 1, 2].map(() => time(make(10_000))));
    const large = Math.min(...[0, 1, 2].map(() => time(make(20_000))));
    if (small < 20) {
      console.log(
        `  ${JSON.stringify(piece).padEnd(12)} ${small.toFixed(0).padStart(6)} ms  ${large.toFixed(0).padStart(6)} ms  (under 20 ms: too fast to compare)`,
      );
      continue;
    }
    const ratio = large / small;
    worst = Math.max(worst, ratio);
    console.log(
      `  ${JSON.stringify(piece).padEnd(12)} ${small.toFixed(0).padStart(6)} ms  ${large.toFixed(0).padStart(6)} ms  x${ratio.toFixed(2)}`,
    );
  }
  console.log(`worst growth ratio ${worst.toFixed(2)} (target at most 3: ${worst <= 3 ? 'met' : 'NOT met'})`);
}

async function child(side) {
  if (side === 'growth') return growthChild();
  const { sentences } = corpus();
  const bytes = Buffer.byteLength(sentences.join('\n'), 'utf8');
  let found;
  let run;
  let name;
  let unit;
  if (side === 'ours') {
    const { extractClaims } = await import(dist.href);
    const documents = [];
    for (let i = 0; i < sentences.length; i += SENTENCES_PER_DOCUMENT) {
      documents.push({
        id: `doc-${i}`,
        text: sentences.slice(i, i + SENTENCES_PER_DOCUMENT).join(' '),
        source: { name: null, url: null, published: '2023-10-27' },
      });
    }
    name = 'claim-reconciler extractClaims (full claims)';
    unit = 'claims';
    run = () => {
      let n = 0;
      for (const document of documents) n += extractClaims(document).length;
      return n;
    };
  } else {
    const require = createRequire(new URL('package.json', root));
    const { NumberRecognizer, Culture } = require('@microsoft/recognizers-text-number');
    const model = new NumberRecognizer(Culture.English).getNumberModel();
    name = '@microsoft/recognizers-text-number (numbers only)';
    unit = 'numbers';
    run = () => {
      let n = 0;
      for (const sentence of sentences) n += model.parse(sentence).length;
      return n;
    };
  }
  run(); // warm-up: compile regular expressions and JIT
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  found = run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, sentences: sentences.length, bytes, seconds, cpuSeconds, peakMb, found, unit }));
}
