// CI step: known vulnerabilities in what users install (dependencies, not
// devDependencies) at high or critical level. A real finding fails the build.
// When the advisory endpoint itself cannot be reached (offline, a proxy, a
// registry mirror that refuses the bulk advisory request) the audit did not
// run: that is said loudly in the CI output, and the build goes on. It never
// passes silently. `node .ci/audit.mjs --report FILE` judges a saved
// `npm audit --json` report instead (test/security/audit-step.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const saved = process.argv[2] === '--report' ? process.argv[3] : undefined;
const run =
  saved === undefined
    ? spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : { stdout: readFileSync(saved, 'utf8'), stderr: '', status: null };
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}

const metadata = report?.metadata?.vulnerabilities;
if (!metadata) {
  const reason =
    report?.message ?? report?.error?.summary ?? (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n').pop();
  console.log(`npm audit COULD NOT RUN: the advisory endpoint did not answer (${reason}).`);
  console.log('WARNING: production dependencies were NOT checked for known vulnerabilities in this build.');
  process.exit(0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
if (serious.length > 0) {
  console.log(
    `npm audit: ${serious.length} production dependenc${serious.length === 1 ? 'y' : 'ies'} with a known vulnerability at high or critical level:`,
  );
  for (const v of serious.sort((a, b) => a.name.localeCompare(b.name))) {
    const titles = (v.via ?? []).map((via) => (typeof via === 'string' ? via : via.title)).filter(Boolean);
    console.log(
      `  ${v.name} (${v.severity}): ${[...new Set(titles)].join('; ')}${v.fixAvailable ? ' — a fix is available: npm audit fix' : ''}`,
    );
  }
  process.exit(1);
}
const { moderate = 0, low = 0, info = 0 } = metadata;
console.log(
  `npm audit: no known vulnerability at high or critical level in production dependencies (moderate ${moderate}, low ${low}, info ${info}).`,
);
