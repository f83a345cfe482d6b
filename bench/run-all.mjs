// `npm run bench`: every benchmark script of package.json (bench:*), one after
// another, each printing its own figures and ratios.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const names = Object.keys(pkg.scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort();
if (names.length === 0) console.log('no benchmarks defined');
let failed = 0;
for (const name of names) {
  console.log(`\n=== npm run ${name}`);
  const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
