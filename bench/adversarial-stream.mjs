// `npm run bench:adversarial` (second half): a 100 MB NDJSON stream through
// `claim-reconciler extract -`, generated on the fly into a temporary folder
// and removed afterwards. Articles (the seeds under new ids) are mixed with
// the lines a real feed breaks on: CRLF line ends, a byte order mark, lines
// that are not JSON, records that are not objects, texts that are not text,
// lone surrogates, and empty lines. Each broken line must be named on stderr
// (the run then exits 2) while every good line yields its claims; peak memory
// must stay flat from 10 MB to 100 MB. Uses the built CLI (dist/cli.js).
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, rssReporter, seedTexts } from './streaming-setup.mjs';

const cli = builtCli('bench:adversarial');
const seeds = seedTexts();

/** Every this many lines, one is broken in one of the ways below, in turn. */
const BROKEN_EVERY = 500;
const BROKEN_LINES = [
  () => '{"id": "cut off", "text": "At least 19 attack',
  () => '[1, 2, 3]',
  () => '"a string, not a record"',
  () => '{"id": "numeric text", "text": 19}',
  () => '{"id": "no text"}',
  () => '{"id": "bad date", "text": "19 attacks.", "published": "2023-02-30"}',
];

/** Write about `megabytes` of NDJSON; return how many good documents and broken lines it holds. */
async function generate(path, megabytes) {
  const out = createWriteStream(path);
  const target = megabytes * 1e6;
  let bytes = 0;
  let good = 0;
  let broken = 0;
  let line = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\uFEFF');
  while (bytes < target) {
    line++;
    if (line % BROKEN_EVERY === 0) {
      await write(`${BROKEN_LINES[broken % BROKEN_LINES.length]()}\n`);
      broken++;
      continue;
    }
    if (line % 97 === 0) await write('\n'); // empty lines are skipped, not errors
    const text = seeds[line % seeds.length] + (line % 7 === 0 ? ' Lone \ud800 surrogate and \udc00 halves.' : '');
    const record = JSON.stringify({ id: `doc-${line}`, text, published: '2023-11-14' });
    await write(line % 3 === 0 ? `${record}\r\n` : `${record}\n`);
    good++;
  }
  out.end();
  await once(out, 'finish');
  return { good, broken, megabytes: statSync(path).size / 1e6 };
}

async function run(path) {
  const child = spawn(process.execPath, ['--require', rssReporter, cli, 'extract', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let claims = 0;
  let tail = '';
  let invalidJson = 0;
  const documents = new Set();
  child.stdout.on('data', (chunk) => {
    const lines = (tail + chunk.toString('utf8')).split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) {
      const claim = JSON.parse(line);
      if (typeof claim.documentId !== 'string') invalidJson++;
      documents.add(claim.documentId);
      claims++;
    }
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const started = process.hrtime.bigint();
  createReadStream(path).pipe(child.stdin);
  const [status] = await once(child, 'close');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const maxRss = Number(/maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const named = stderr.split('\n').filter((line) => line.startsWith('claim-reconciler: stdin ')).length;
  const crashed = /unexpected error|\n\s+at /.test(stderr);
  return { status, seconds, maxRss, claims, documents: documents.size, named, crashed, invalidJson };
}

const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-stream-'));
try {
  console.log('stream MB  good docs  broken lines  named on stderr  exit  docs with claims     claims  seconds  peak RSS MB');
  const results = [];
  for (const megabytes of (process.env.STREAM_MB ?? '10,100').split(',').map(Number)) {
    const path = join(dir, `feed-${megabytes}.ndjson`);
    const made = await generate(path, megabytes);
    const result = await run(path);
    rmSync(path);
    results.push({ ...made, ...result });
    console.log(
      `${made.megabytes.toFixed(0).padStart(9)} ${String(made.good).padStart(10)} ${String(made.broken).padStart(13)} ${String(result.named).padStart(16)}` +
        ` ${String(result.status).padStart(5)} ${String(result.documents).padStart(17)} ${String(result.claims).padStart(10)}` +
        ` ${result.seconds.toFixed(1).padStart(8)} ${result.maxRss.toFixed(0).padStart(12)}`,
    );
  }
  const [small, large] = results;
  const sound = results.every((r) => r.status === 2 && r.named === r.broken && r.documents === r.good && !r.crashed && r.invalidJson === 0);
  console.log(
    `input grew ${(large.megabytes / small.megabytes).toFixed(1)}x; peak memory grew ${(large.maxRss / small.maxRss).toFixed(2)}x (flat: well under the input's growth). ` +
      (sound
        ? 'Every good line gave its claims, every broken line was named, exit 2, no crash.'
        : 'NOT SOUND: a good line lost, a broken line unnamed, an exit status other than 2, or a crash.'),
  );
  process.exitCode = sound ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
