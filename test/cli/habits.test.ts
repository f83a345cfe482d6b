import { PassThrough } from 'node:stream';
import { mkdtempSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colourEnabled, paletteFor } from '../../lib/cli/colour';
import { colourMarkdown } from '../../lib/cli/terminal-markdown';
import { startProgress } from '../../lib/cli/progress';
import { outputFormatFor } from '../../lib/cli/report-format';
import { emit } from '../../lib/cli/output';
import { renderReport } from '../../lib/reports/render';
import { loadFixture } from '../reports/helpers';

const ESC = '\u001b[';

describe('colour', () => {
  it('is on only for a terminal without NO_COLOR and not TERM=dumb', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({}, {})).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('colours the Markdown report at a terminal without changing its text', () => {
    const report = renderReport(loadFixture('every-verdict'), { format: 'markdown' });
    const coloured = colourMarkdown(report, paletteFor({ isTTY: true }, {}));
    expect(coloured).toContain(`${ESC}31m`);
    expect(coloured.replace(/\u001b\[\d+m/g, '').replace(/\*\*/g, '')).toBe(report.replace(/\*\*/g, ''));
    expect(colourMarkdown(report, paletteFor({ isTTY: false }, {}))).toBe(report);
    expect(colourMarkdown(report, paletteFor({ isTTY: true }, { NO_COLOR: '1' }))).toBe(report);
  });
});

describe('progress bar', () => {
  function terminal(isTTY: boolean) {
    const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
    stream.isTTY = isTTY;
    stream.columns = 80;
    let written = '';
    stream.on('data', (chunk) => (written += String(chunk)));
    return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
  }

  function run(total: number, isTTY: boolean, quiet: boolean, msPerItem: number): string {
    const { stream, written } = terminal(isTTY);
    let clock = 0;
    const progress = startProgress(total, { stream, quiet, unit: 'articles', delayMs: 1000, now: () => clock });
    for (let i = 0; i < total; i++) {
      clock += msPerItem;
      progress.tick();
    }
    progress.stop();
    return written();
  }

  it('shows on a terminal once a run lasts, counting the items', () => {
    expect(run(50, true, false, 100)).toMatch(/\d+\/50 articles/);
  });

  it('stays silent for short runs, with --quiet, and when stderr is not a terminal', () => {
    expect(run(50, true, false, 1)).toBe('');
    expect(run(50, true, true, 100)).toBe('');
    expect(run(50, false, false, 100)).toBe('');
  });
});

describe('report format', () => {
  const allowed = ['markdown', 'html', 'csv', 'json', 'ndjson'];
  it('follows --format, else the extension of --out, else on standard output Markdown', () => {
    expect(outputFormatFor('json', 'report.html', allowed, 'markdown')).toBe('json');
    expect(outputFormatFor(undefined, 'out/report.HTML', allowed, 'markdown')).toBe('html');
    expect(outputFormatFor(undefined, 'relations.csv', allowed, 'markdown')).toBe('csv');
    expect(outputFormatFor(undefined, 'report.markdown', allowed, 'markdown')).toBe('markdown');
    expect(outputFormatFor(undefined, undefined, allowed, 'markdown')).toBe('markdown');
    expect(outputFormatFor(undefined, 'claims.json', ['ndjson', 'json'], 'ndjson')).toBe('json');
    expect(outputFormatFor('markdown', 'report.pdf', allowed, 'markdown')).toBe('markdown');
  });

  it('refuses an --out whose extension names no format the command writes, rather than write Markdown into report.pdf', () => {
    expect(() => outputFormatFor(undefined, 'report.pdf', allowed, 'markdown')).toThrow(
      '--out report.pdf: ".pdf" names no format this command writes. End the file name with .md, .markdown, .html, .htm, .csv, .json, .ndjson or .jsonl, or give --format.',
    );
    expect(() => outputFormatFor(undefined, 'claims.html', ['ndjson', 'json'], 'ndjson')).toThrow(
      'End the file name with .json, .ndjson or .jsonl, or give --format.',
    );
    expect(() => outputFormatFor(undefined, 'out/report', allowed, 'markdown')).toThrow(
      '--out out/report: the file name has no extension to choose the format by.',
    );
  });

  it('exits 2 on such an --out before reading any input, and writes nothing', async () => {
    const { runCli } = await import('../helpers/run-cli');
    const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-pdf-'));
    const run = await runCli(['reconcile', 'no-such-file.txt', '--out', join(dir, 'r.pdf')]);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('r.pdf: ".pdf" names no format this command writes');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-out-'));

  it('writes the whole file', async () => {
    const path = join(dir, 'report.md');
    await emit('# report\n', path);
    expect(readFileSync(path, 'utf8')).toBe('# report\n');
  });

  it('says to create a missing folder, and refuses a folder as the file', async () => {
    await expect(emit('x', join(dir, 'missing', 'report.md'))).rejects.toThrow(/the folder .*missing does not exist\. Create it first/);
    mkdirSync(join(dir, 'folder'));
    await expect(emit('x', join(dir, 'folder'))).rejects.toThrow(/is a folder\. Give a file name, such as .*report\.html/);
  });
});

describe('mistyped words', () => {
  it('suggests the command or value that was most likely meant', async () => {
    const { runCli } = await import('../helpers/run-cli');
    expect((await runCli(['reconsile', 'x'])).stderr).toContain('Did you mean "reconcile"?');
    expect((await runCli(['reconcile', 'x', '--format', 'htm'])).stderr).toContain('Did you mean "html"?');
    expect((await runCli(['reconcile', 'x', '--fail-on', 'conflicts'])).stderr).toContain('Did you mean "conflict"?');
    expect((await runCli(['reconcile', 'x', '--format', 'pdf'])).stderr).not.toContain('Did you mean');
  });

  it('suggests the option that was most likely meant, with the whole message', async () => {
    const { runCli } = await import('../helpers/run-cli');
    const misspelt = await runCli(['reconcile', 'x', '--fromat', 'json']);
    expect(misspelt).toMatchObject({ status: 2, stdout: '' });
    expect(misspelt.stderr).toBe(
      'claim-reconciler: error: unknown option "--fromat". Did you mean "--format"? Run "claim-reconciler reconcile --help" for the options.\n',
    );
    expect((await runCli(['reconcile', 'x', '--fail-of', 'any'])).stderr).toContain('Did you mean "--fail-on"?');
    expect((await runCli(['extract', 'x', '--qiuet'])).stderr).toContain('Did you mean "--quiet"?');
  });

  it('names an option the command does not take, and lists those it does', async () => {
    const { runCli } = await import('../helpers/run-cli');
    const run = await runCli(['validate', 'claims.ndjson', '--out', 'x.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('validate has no option --out; its options are --map, --quiet, --help.');
  });

  it('says when an option lacks its value, or is given one it does not take', async () => {
    const { runCli } = await import('../helpers/run-cli');
    expect((await runCli(['reconcile', 'x', '--format'])).stderr).toContain('--format needs a value.');
    expect((await runCli(['reconcile', 'x', '--out', '--quiet'])).stderr).toContain(
      '--out needs a value, and "--quiet" is an option. If it is the value, write --out=--quiet.',
    );
    expect((await runCli(['reconcile', 'x', '--quiet=yes'])).stderr).toContain('--quiet takes no value, not "yes".');
  });
});
