import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../helpers/run-cli';
import { makeClaim } from '../helpers/claims';

/**
 * The library and the CLI read input as data and never run it: no eval, no
 * Function constructor, no vm, no child process, no import or require of a
 * path that input could name. A source scan keeps it that way, and inputs
 * written to run code in a shell, a template or a JavaScript engine pass
 * through the CLI as plain text.
 */

const LIB = join(__dirname, '..', '..', 'lib');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Code that can run a string or a module named at run time. */
const EVALUATING = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/\bFunction\s*\(\s*['"`]/, 'Function("…")'],
  [/from\s+['"](?:node:)?vm['"]|require\(\s*['"](?:node:)?vm['"]\)/, 'the vm module'],
  [/from\s+['"](?:node:)?child_process['"]|require\(\s*['"](?:node:)?child_process['"]\)/, 'child_process'],
  [/\bimport\s*\(\s*[^'"`\s]/, 'import() of a computed path'],
  [/\brequire\s*\(\s*[^'"`\s)]/, 'require() of a computed path'],
  [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'setTimeout with a string'],
] as const;

describe('no evaluation of input', () => {
  it('no source file of the library or CLI can run a string or load a module named at run time', () => {
    const findings: string[] = [];
    for (const path of sourceFiles(LIB)) {
      const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|(?<!:)\/\/.*$/gm, '');
      for (const [pattern, what] of EVALUATING) if (pattern.test(code)) findings.push(`${relative(LIB, path)}: ${what}`);
    }
    expect(findings).toEqual([]);
  });

  it('text written to run in a shell, a template or an engine stays text through extract and reconcile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-reconciler-no-eval-'));
    const marker = join(dir, 'ran');
    const payloads = [
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `; touch ${marker} #`,
      `\${require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')}`,
      `{{constructor.constructor('require("fs").writeFileSync(${JSON.stringify(marker)}, "x")')()}}`,
      `<%= require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') %>`,
    ];
    const article = join(dir, `$(touch ${marker.replace(/\//g, '_')}) & name.txt`);
    writeFileSync(article, `At least 19 attacks ${payloads.join(' ')} hit US troops in Iraq.`);
    const claimsFile = join(dir, 'claims.ndjson');
    const claims = payloads.map((payload, i) =>
      makeClaim({
        id: `p${i}`,
        quote: payload,
        measure: payload,
        documentId: payload,
        source: { name: payload, url: payload, published: '2023-10-27' },
      }),
    );
    writeFileSync(
      claimsFile,
      `${claims.map((c) => JSON.stringify(c)).join('\n')}\n{"constructor": {"constructor": "return process.exit(7)"}}\n`,
    );
    for (const format of ['markdown', 'html', 'csv', 'json']) {
      const run = await runCli(['reconcile', article, claimsFile, '--format', format, '--out', join(dir, `report.${format}`), '--quiet']);
      expect(run.status).toBe(0);
      expect(readFileSync(join(dir, `report.${format}`), 'utf8')).toContain('touch');
    }
    const extracted = await runCli(['extract', article]);
    expect(extracted.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});
