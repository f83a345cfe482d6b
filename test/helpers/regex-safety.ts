import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check, type Diagnostics } from 'recheck';
import { version as recheckVersion } from 'recheck/package.json';

/**
 * A static ReDoS check of every regular expression in the library: each
 * regex literal and each `RegExp(...)` call, found in the TypeScript syntax
 * tree (comments and strings that look like regexes are not regexes), is
 * given to recheck (https://makenowjust-labs.github.io/recheck/), which
 * proves from the automaton that matching is linear, or finds an attack
 * string that makes it polynomial or exponential.
 */

export interface FoundRegex {
  /** Path relative to the project, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The pattern as written between the slashes, or the expression given to RegExp when it is computed. */
  pattern: string;
  flags: string;
  /** True when the pattern is built at run time, so that no checker can read it. */
  computed: boolean;
}

/** A regex recheck cannot clear, kept with the reason it stays linear anyway. */
export interface AllowListEntry {
  file: string;
  pattern: string;
  reason: string;
}

export interface RegexCheckOptions {
  allowList: readonly AllowListEntry[];
  /** Keys of patterns recheck already proved safe (see `verdictKey`): those are not checked again. */
  knownSafe: ReadonlySet<string>;
  /** How many checks run at once: recheck's agent uses a thread per check. */
  concurrency?: number;
}

export interface RegexCheckReport {
  problems: string[];
  /** Keys of every pattern now known safe: the known ones still in use and those checked in this run. */
  safe: string[];
  checkedNow: number;
  /** Distinct patterns (with their flags) among those checked. */
  distinct: number;
}

export function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
      return path.endsWith('.ts') ? [path] : [];
    });
}

/** Every regex literal and RegExp(...) call of one TypeScript file. */
export function findRegexes(file: string, text: string): FoundRegex[] {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const at = (node: ts.Node): { file: string; line: number; column: number } => {
    const { line, character } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
    return { file: file.split('\\').join('/'), line: line + 1, column: character + 1 };
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      found.push({ ...at(node), pattern: node.text.slice(1, end), flags: node.text.slice(end + 1), computed: false });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const literal = (argument: ts.Expression | undefined): string | null =>
        argument !== undefined && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) ? argument.text : null;
      const source = literal(pattern);
      const flagText = flags === undefined ? '' : literal(flags);
      if (source !== null && flagText !== null) found.push({ ...at(node), pattern: source, flags: flagText, computed: false });
      else found.push({ ...at(node), pattern: node.getText(tree), flags: '', computed: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every regex of the TypeScript files under `folder` (relative to `root`). */
export function regexesUnder(root: string, folder: string): FoundRegex[] {
  return sourceFiles(root, folder).flatMap((path) => findRegexes(relative(root, join(root, path)), readFileSync(join(root, path), 'utf8')));
}

/** `d` (match indices) changes what a match reports, not how it is searched; recheck does not know it. */
const checkedFlags = (flags: string): string => flags.replace(/d/g, '');

/** What identifies a verdict: the checker's version, the flags and the pattern. */
export function verdictKey(regex: Pick<FoundRegex, 'pattern' | 'flags'>): string {
  return createHash('sha256')
    .update(`recheck ${recheckVersion}\n${checkedFlags(regex.flags)}\n${regex.pattern}`)
    .digest('hex')
    .slice(0, 20);
}

const where = (regex: FoundRegex): string => `${regex.file}:${regex.line}:${regex.column}`;
const written = (regex: FoundRegex): string => (regex.computed ? regex.pattern : `/${regex.pattern}/${regex.flags}`);

const HOW_TO_FIX =
  'Rewrite it so that no two quantifiers can match the same text one after the other or one inside the other ' +
  '(a loop, indexOf or a split often does it), or add it to test/security/regex-allow-list.json with the reason it stays linear.';

function problemOf(regex: FoundRegex, diagnostics: Diagnostics): string | null {
  if (diagnostics.status === 'safe') return null;
  if (diagnostics.status === 'vulnerable') {
    const complexity = diagnostics.complexity;
    const growth = complexity.type === 'exponential' ? 'exponential' : `polynomial of degree ${complexity.degree}`;
    return (
      `${where(regex)} ${written(regex)} can take ${growth} time in the length of the text ` +
      `(${diagnostics.checker} check; attack: ${diagnostics.attack.pattern}${hotspotOf(regex, diagnostics) ? `, hot spot ${hotspotOf(regex, diagnostics)}` : ''}). ${HOW_TO_FIX}`
    );
  }
  const error = diagnostics.error;
  const why =
    error.kind === 'timeout'
      ? 'the check ran out of time'
      : error.kind === 'cancel'
        ? 'the check was cancelled'
        : `${error.kind}: ${'message' in error ? error.message : ''}`;
  return `${where(regex)} ${written(regex)} could not be proved linear (${why}). ${HOW_TO_FIX}`;
}

/** The parts of the pattern where the backtracking happens. */
function hotspotOf(regex: FoundRegex, diagnostics: Extract<Diagnostics, { status: 'vulnerable' }>): string {
  return diagnostics.hotspot
    .filter((spot) => spot.temperature === 'heat')
    .map((spot) => `"${regex.pattern.slice(spot.start, spot.end)}"`)
    .join(' and ');
}

async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/**
 * Check regexes: a computed pattern, or one recheck finds vulnerable or
 * cannot clear in time, is a problem unless the allow-list names it (file
 * and pattern) with a reason. An allow-list entry that names no regex, or
 * gives no reason, is a problem too, so the list cannot go stale.
 */
export async function checkRegexes(regexes: readonly FoundRegex[], options: RegexCheckOptions): Promise<RegexCheckReport> {
  const problems: string[] = [];
  const allowed = (regex: FoundRegex): AllowListEntry | undefined =>
    options.allowList.find((entry) => entry.file === regex.file && entry.pattern === regex.pattern);
  for (const entry of options.allowList) {
    if (!regexes.some((regex) => regex.file === entry.file && regex.pattern === entry.pattern)) {
      problems.push(`regex-allow-list.json: ${entry.file} has no regex ${entry.pattern} any more; remove the entry.`);
    } else if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      problems.push(`regex-allow-list.json: ${entry.file} ${entry.pattern} needs a reason why it stays linear.`);
    }
  }
  const safe = new Set<string>();
  const toCheck = new Map<string, FoundRegex[]>();
  for (const regex of regexes) {
    if (allowed(regex)) continue;
    if (regex.computed) {
      problems.push(
        `${where(regex)} ${regex.pattern} builds its pattern at run time, which no checker can read. ` +
          'Write it as a literal, or add it to test/security/regex-allow-list.json with the reason every pattern it can build stays linear.',
      );
      continue;
    }
    const key = verdictKey(regex);
    if (options.knownSafe.has(key)) safe.add(key);
    else toCheck.set(key, [...(toCheck.get(key) ?? []), regex]);
  }
  const checked = await inPool([...toCheck], options.concurrency ?? 2, async ([key, same]) => {
    const first = same[0]!;
    // a generous timeout: the agent's clock runs while other checks share the machine
    return { key, same, diagnostics: await check(first.pattern, checkedFlags(first.flags), { timeout: 120_000 }) };
  });
  for (const { key, same, diagnostics } of checked) {
    if (diagnostics.status === 'safe') safe.add(key);
    for (const regex of same) {
      const problem = problemOf(regex, diagnostics);
      if (problem !== null) problems.push(problem);
    }
  }
  return { problems, safe: [...safe].sort(), checkedNow: toCheck.size, distinct: new Set(regexes.map(verdictKey)).size };
}
