// The smoke scripts' tiny runner: each check prints "ok" or "not ok" with the
// error, and the summary ends with the "N passed, N failed" line CI reads.
let passed = 0;
let failed = 0;

export async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(
      `not ok - ${name}\n  ${String(error?.stack ?? error)
        .split('\n')
        .join('\n  ')}`,
    );
  }
}

export function summary(label) {
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
