// What the streaming benchmarks share: the built CLI (refusing to run without
// it), the script that reports a child's peak memory, and the seed articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

export const rssReporter = fileURLToPath(new URL('bench/report-max-rss.cjs', root));

/** The built CLI's path; exits with a hint when `npm run build` has not run. */
export function builtCli(benchmark) {
  const cli = fileURLToPath(new URL('dist/cli.js', root));
  if (!existsSync(cli)) {
    console.error(`${benchmark} needs the build: run "npm run build" first (npm run bench does).`);
    process.exit(1);
  }
  return cli;
}

/** The seed articles' texts, in name order. */
export function seedTexts() {
  const dir = new URL('fixtures/seeds/', root);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
}
