// `npm run bench:json-output`: a million claims through the built CLI's
// `reconcile --format json` and `--format ndjson` to --out, then read back.
// As one string, the JSON of a million claims is past the longest string V8
// can hold ("Invalid string length" at about 460,000 claims); written record
// by record it is bounded by the disk. The claims are tiny and spread over a
// thousand places, so the run measures the output, not the verdicts. The JSON
// is read back with @discoveryjs/json-ext's parseChunked (JSON.parse cannot
// take it), the NDJSON line by line; every claim must come back.
// `node bench/json-output.mjs 200000` runs another count.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseChunked } from '@discoveryjs/json-ext';
import { builtCli, rssReporter } from './streaming-setup.mjs';

const cli = builtCli('bench:json-output');
const COUNT = Number(process.argv[2] ?? 1_000_000);
const PLACES = ['Iraq', 'Syria', 'Israel', 'Gaza', 'Lebanon', 'Yemen', 'Jordan', 'Iran', 'Erbil', 'Baghdad'];

function claimLine(i) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return JSON.stringify({
    id: `c${i}`,
    documentId: `d${i % 1000}`,
    quote: String(i % 97),
    span: null,
    stated: i % 97,
    statedText: String(i % 97),
    qualifier: 'exact',
    upper: null,
    hedge: null,
    unit: 'count',
    measure: ['attacks', 'killed', 'injured'][i % 3],
    subMeasure: null,
    measureText: null,
    locations: [PLACES[i % PLACES.length]],
    period: null,
    asOf: `2023-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}-${day}`,
    asOfBounds: null,
    attribution: null,
    source: { name: `Outlet ${i % 1000}`, url: null, published: null },
  });
}

async function writeClaims(path) {
  const out = createWriteStream(path);
  for (let i = 0; i < COUNT; i++) if (!out.write(`${claimLine(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function run(input, format, output) {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=16384', '--require', rssReporter, cli, 'reconcile', input, '--format', format, '--out', output, '--quiet'],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/maxRSS (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024;
  const errors = child.stderr.replace(/maxRSS \d+\n?/, '').trim();
  return { status: child.status, seconds, rss, errors };
}

async function readBack(format, path) {
  const started = process.hrtime.bigint();
  let claims = 0;
  let rejected = 0;
  if (format === 'json') {
    const result = await parseChunked(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }));
    claims = result.claims.length;
    rejected = result.rejected.length;
  } else {
    for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
      const type = JSON.parse(line).type;
      if (type === 'claim') claims++;
      else if (type === 'rejected') rejected++;
    }
  }
  return { claims, rejected, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-json-output-'));
let failed = 0;
try {
  const input = join(dir, 'claims.ndjson');
  await writeClaims(input);
  console.log(`${COUNT.toLocaleString('en')} claims in, ${(statSync(input).size / 1e6).toFixed(0)} MB of NDJSON`);
  console.log('format   exit  reconcile+write s  output MB  peak RSS MB  read back s  claims back  rejected');
  for (const format of ['json', 'ndjson']) {
    const output = join(dir, `out.${format}`);
    const written = run(input, format, output);
    if (written.status !== 0) {
      failed++;
      console.log(`${format.padEnd(8)} ${String(written.status).padStart(4)}  FAILED: ${written.errors.split('\n').slice(-2).join(' ')}`);
      continue;
    }
    const back = await readBack(format, output);
    const whole = back.claims === COUNT && back.rejected === 0;
    if (!whole) failed++;
    console.log(
      `${format.padEnd(8)} ${String(written.status).padStart(4)} ${written.seconds.toFixed(1).padStart(18)} ${(statSync(output).size / 1e6).toFixed(0).padStart(10)}` +
        ` ${written.rss.toFixed(0).padStart(12)} ${back.seconds.toFixed(1).padStart(12)} ${back.claims.toLocaleString('en').padStart(12)}${whole ? '' : ' !'} ${String(back.rejected).padStart(9)}`,
    );
    rmSync(output, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
