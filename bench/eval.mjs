// `npm run eval [-- FOLDER...] [--verbose] [--json]`: scores the project on
// annotated articles, so a newsroom can measure it on its own. A FOLDER holds
// `NN_slug.txt` articles and a `gold.json` (the corpus format of
// docs/extraction.md, "Measuring on your own articles"), or folders that
// do, each scored as one story. With no FOLDER it reads ../shared/corpus
// beside the project, and says it skipped when there is none.
//
// It drives the built CLI only through its contract (`extract --format
// ndjson`, `reconcile --format json`): `npm run eval` builds first.
// Reading the annotations is bench/eval/corpus.cjs, scoring them
// bench/eval/score.cjs, the words it reads them with bench/eval/vocabulary.cjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import corpus from './eval/corpus.cjs';
import scoring from './eval/score.cjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_CORPUS = join(root, '..', 'shared', 'corpus');
const USAGE = 'usage: npm run eval [-- FOLDER...] [--verbose] [--json]';
const LABELS = { qualifier: 'qualifier', measure: 'measure', locations: 'locations', asOf: 'as-of', period: 'period', speaker: 'speaker' };

function main(args) {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const unknown = [...flags].filter((flag) => !['--verbose', '--json', '--help'].includes(flag));
  if (flags.has('--help') || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `eval: unknown option ${unknown.join(', ')}\n` : ''}${USAGE}\n`);
    return unknown.length > 0 ? 2 : 0;
  }
  // npm runs scripts from the project folder; a folder named on the command line is where the user stood.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const named = args.filter((arg) => !arg.startsWith('--')).map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
  if (named.length === 0 && !existsSync(DEFAULT_CORPUS)) {
    const message = `skipped: no annotated corpus at ../shared/corpus beside the project. Name a folder of your own: ${USAGE}`;
    process.stdout.write(flags.has('--json') ? `${JSON.stringify({ skipped: message })}\n` : `${message}\n`);
    return 0;
  }
  const folders = named.length > 0 ? named : [DEFAULT_CORPUS];
  const stories = folders.flatMap((folder) => corpus.findStories(folder)).map((folder) => corpus.readStory(folder));
  const cli = builtCli();
  const results = stories.map((story) => {
    const files = story.articles.map((article) => article.path);
    const claims = ndjson(runCli(cli, ['extract', '--format', 'ndjson', '--quiet', ...files]));
    const reconciliation = JSON.parse(runCli(cli, ['reconcile', '--format', 'json', '--quiet', ...files]));
    return scoring.scoreStory(story, claims, reconciliation);
  });
  const summary = scoring.total(results);
  if (flags.has('--json'))
    process.stdout.write(`${JSON.stringify({ project: cli.version, folders, stories: results, total: summary }, null, 1)}\n`);
  else process.stdout.write(report(cli.version, results, summary, flags.has('--verbose')));
  return 0;
}

function builtCli() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const path = join(root, typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['claim-reconciler']);
  if (!existsSync(path))
    throw new corpus.EvalInputError(`the CLI is not built (${path}): run "npm run build", or "npm run eval", which builds first`);
  return { path, version: `${pkg.name} ${pkg.version}` };
}

function runCli(cli, args) {
  const run = spawnSync(process.execPath, [cli.path, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  // What the CLI says on stderr (a file read as Windows-1252, a rejected record) is part of the result.
  if (run.stderr) process.stderr.write(run.stderr.replace(/^/gm, 'eval: ').replace(/eval: $/, ''));
  if (run.status !== 0) throw new corpus.EvalInputError(`claim-reconciler ${args[0]} exited with ${run.status ?? run.signal}`);
  return run.stdout;
}

const ndjson = (text) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

const rate = (value) => (value === null ? 'n/a' : value.toFixed(1));
const percent = (value) => (value === null ? 'n/a' : `${value.toFixed(1)}%`);
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const share = (right, whole) => `${right}/${whole}`;

function report(version, results, summary, verbose) {
  const lines = [`${version}: ${results.length === 1 ? '1 story' : `${results.length} stories`}`];
  for (const result of [...results, summary]) {
    const { counts, rates, attributes } = result;
    lines.push(
      result === summary
        ? 'TOTAL'
        : `== ${result.story}: ${plural(counts.articles, 'article')}, ${plural(counts.annotated, 'annotated claim')}`,
      `   claims      ${counts.matched} matched, ${counts.missed} missed, ${counts.spurious} spurious: precision ${rate(rates.precision)}, recall ${rate(rates.recall)}, F1 ${rate(rates.f1)}`,
      `   attributes  ${scoring.ATTRIBUTES.map((name) => `${LABELS[name]} ${rate(rates[name])} (${share(attributes[name].right, attributes[name].judged)})`).join(', ')}`,
      `   verdicts    conflicts found ${share(counts.conflictsFound, counts.conflicts)} (${percent(rates.conflictsFound)}), ` +
        `conflict precision ${percent(rates.conflictPrecision)} (${counts.reportedRight} right, ${counts.reportedFalse} false, ${counts.reportedUnjudged} unjudged), ` +
        `look-alikes kept ${share(counts.lookAlikesKept, counts.lookAlikes)}, progressions kept ${share(counts.progressionsKept, counts.progressions)}`,
    );
    if (counts.spansOff > 0) lines.push(`   spans       ${counts.spansOff} claims whose span does not point at their quote in the article`);
    if (verbose && result.details) lines.push(...notes(result.details).map((note) => `   ${note}`));
  }
  return `${lines.join('\n')}\n`;
}

const show = (value) => JSON.stringify(value);

function notes(details) {
  return [
    ...details.unusableAnnotations.map((item) => `ANNOTATION ${item.what}: ${item.reason}`),
    ...details.spansOff.map((claim) => `SPAN OFF   ${claim.id}: ${show(claim.quote)} at ${show(claim.span)}`),
    ...details.missed.map((gold) => `MISS       ${gold.id} [${gold.file}]: ${show(gold.quote)}`),
    ...details.wrong.map(
      (item) => `WRONG      ${item.id} ${LABELS[item.attribute]}: got ${show(item.got)}, want ${show(item.want)} [${item.quote}]`,
    ),
    ...details.spurious.map(
      (claim) => `SPURIOUS   ${claim.file}: ${show(claim.quote)} (${claim.stated}, ${claim.measure ?? 'no measure'})`,
    ),
    ...details.missedConflicts.map(
      ({ pair, extracted }) => `CONFLICT MISSED ${pair.join(' vs ')}${extracted ? '' : ' (a claim was not extracted)'}`,
    ),
    ...details.falseConflicts.map((item) => `FALSE ${item.kind.toUpperCase()} ${item.claims.join(' vs ')}: ${item.reason}`),
    ...details.flaggedLookAlikes.map((pair) => `LOOK-ALIKE FLAGGED ${pair.join(' vs ')}`),
    ...details.flaggedProgressions.map((pair) => `PROGRESSION FLAGGED ${pair.join(' vs ')}`),
  ];
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof corpus.EvalInputError)) throw error;
  process.stderr.write(`eval: ${error.message}\n`);
  process.exitCode = 2;
}
