// `npm run bench:extract-stream`: does `claim-reconciler extract -` keep memory
// flat however long its input? Streams the seed articles, repeated under new
// ids, as NDJSON into the built CLI at two input sizes (ten times apart) and
// prints throughput and peak memory side by side. Flat means the peak grows far
// less than the input.
import { spawn } from 'node:child_process';
import { builtCli, rssReporter, seedTexts } from './streaming-setup.mjs';
import { once } from 'node:events';

const cli = builtCli('bench:extract-stream');
const seeds = seedTexts();

async function run(documents) {
  const child = spawn(process.execPath, ['--require', rssReporter, cli, 'extract', '-'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let claims = 0;
  let stderr = '';
  let tail = '';
  child.stdout.on('data', (chunk) => {
    const text = tail + chunk.toString('utf8');
    const lines = text.split('\n');
    tail = lines.pop() ?? '';
    claims += lines.length;
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (let i = 0; i < documents; i++) {
    const line = `${JSON.stringify({ id: `doc-${i}`, text: seeds[i % seeds.length], published: '2023-11-14' })}\n`;
    bytes += Buffer.byteLength(line);
    if (!child.stdin.write(line)) await once(child.stdin, 'drain');
  }
  child.stdin.end();
  const [code] = await once(child, 'close');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const maxRss = Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  if (code !== 0) throw new Error(`extract - exited ${code}: ${stderr}`);
  return { documents, megabytes: bytes / 1e6, claims, seconds, maxRss };
}

const small = await run(500);
const large = await run(5000);
const row = (r) =>
  `${String(r.documents).padStart(9)} ${r.megabytes.toFixed(1).padStart(9)} ${String(r.claims).padStart(8)} ` +
  `${r.seconds.toFixed(2).padStart(8)} ${(r.documents / r.seconds).toFixed(0).padStart(10)} ${r.maxRss.toFixed(0).padStart(12)}`;
console.log('documents  input MB   claims  seconds  docs/sec  peak RSS MB');
console.log(row(small));
console.log(row(large));
console.log(
  `input grew ${(large.megabytes / small.megabytes).toFixed(1)}x; peak memory grew ${(large.maxRss / small.maxRss).toFixed(2)}x` +
    ` (flat: well under the input's growth)`,
);
