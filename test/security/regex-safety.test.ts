import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRegexes, findRegexes, regexesUnder, type AllowListEntry } from '../helpers/regex-safety';

/**
 * No regular expression of the library can take more than linear time on
 * untrusted text: every one in lib/ is checked by recheck, a ReDoS checker,
 * and one it cannot clear must be rewritten or allow-listed with a reason.
 *
 * recheck proves safety slowly for large patterns (seconds for a long
 * case-insensitive alternation), so the patterns it proved safe are kept in
 * test/security/regex-verdicts.json, keyed by recheck's version, the flags
 * and the pattern: a new or changed pattern is checked here and now, and
 * `npm run update:regex-verdicts` records it.
 */

jest.setTimeout(300_000);

const ROOT = join(__dirname, '..', '..');
const ALLOW_LIST = join(__dirname, 'regex-allow-list.json');
const VERDICTS = join(__dirname, 'regex-verdicts.json');

const allowList = (JSON.parse(readFileSync(ALLOW_LIST, 'utf8')) as { entries: AllowListEntry[] }).entries;
const knownSafe = new Set<string>(existsSync(VERDICTS) ? (JSON.parse(readFileSync(VERDICTS, 'utf8')) as { safe: string[] }).safe : []);

describe('regular expressions of lib/', () => {
  it('can all be matched in linear time, or are allow-listed with a reason', async () => {
    const regexes = regexesUnder(ROOT, 'lib');
    expect(regexes.length).toBeGreaterThan(100);
    const report = await checkRegexes(regexes, { allowList, knownSafe });
    console.log(
      `regex check: ${regexes.length} regular expressions in lib/ (${report.distinct} distinct), ${report.checkedNow} checked by recheck now, ` +
        `the others proved safe before; ${allowList.length} allow-listed, ${report.problems.length} problem(s)`,
    );
    if (process.env.UPDATE_REGEX_VERDICTS) {
      const description = 'Keys of the patterns of lib/ that recheck proved safe; see test/security/regex-safety.test.ts.';
      writeFileSync(VERDICTS, `${JSON.stringify({ description, safe: report.safe }, null, 2)}\n`);
    } else if (report.checkedNow > 0) {
      console.log(`regex check: record the ${report.checkedNow} new verdict(s) with npm run update:regex-verdicts`);
    }
    expect(report.problems).toEqual([]);
  });
});

describe('the check itself', () => {
  const planted = (code: string) => findRegexes('lib/planted.ts', code);

  it('finds literals and RegExp calls in the syntax tree, not in comments or strings', () => {
    const found = planted(
      [
        "// a comment with /(a+)+/ in it, and a string: '/(b+)+/'",
        "const words = /\\bsince\\s+then\\b/gi; const built = new RegExp('^\\\\d+$', 'u');",
        "const joined = new RegExp(list.join('|'));",
      ].join('\n'),
    );
    expect(found.map(({ line, pattern, flags, computed }) => ({ line, pattern, flags, computed }))).toEqual([
      { line: 2, pattern: '\\bsince\\s+then\\b', flags: 'gi', computed: false },
      { line: 2, pattern: '^\\d+$', flags: 'u', computed: false },
      { line: 3, pattern: "new RegExp(list.join('|'))", flags: '', computed: true },
    ]);
  });

  it('fails on a planted nested quantifier, naming its file, line and growth', async () => {
    const report = await checkRegexes(planted('export const NAME = /^(\\w+\\s?)+$/;\n'), { allowList: [], knownSafe: new Set() });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/^lib\/planted\.ts:1:21 \/\^\(\\w\+\\s\?\)\+\$\/ can take exponential time/);
    expect(report.problems[0]).toContain('attack:');
  });

  it('fails on two adjacent quantifiers over the same characters, as polynomial', async () => {
    const report = await checkRegexes(planted('\n\nconst TRAIL = /\\s*,\\s*$/;'), { allowList: [], knownSafe: new Set() });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/^lib\/planted\.ts:3:15 .* polynomial of degree 2/);
  });

  it('fails on a pattern built at run time unless the allow-list gives a reason', async () => {
    const found = planted("const joined = new RegExp(list.join('|'));");
    expect((await checkRegexes(found, { allowList: [], knownSafe: new Set() })).problems[0]).toMatch(/builds its pattern at run time/);
    const entry = { file: 'lib/planted.ts', pattern: "new RegExp(list.join('|'))", reason: 'an alternation of escaped literal words' };
    expect((await checkRegexes(found, { allowList: [entry], knownSafe: new Set() })).problems).toEqual([]);
  });

  it('fails on an allow-list entry without a reason or naming no regex', async () => {
    const found = planted('const A = /a(?=b)/;');
    const stale = { file: 'lib/planted.ts', pattern: 'gone', reason: 'it was linear' };
    const bare = { file: 'lib/planted.ts', pattern: 'a(?=b)', reason: '' };
    const { problems } = await checkRegexes(found, { allowList: [stale, bare], knownSafe: new Set() });
    expect(problems).toEqual([
      'regex-allow-list.json: lib/planted.ts has no regex gone any more; remove the entry.',
      'regex-allow-list.json: lib/planted.ts a(?=b) needs a reason why it stays linear.',
    ]);
  });
});
