import { defineConfig } from 'tsup';

// One build for the library, the jest matchers (claim-reconciler/jest) and the
// CLI: ESM (.js) and CJS (.cjs) with types. The CLI entry keeps its own
// hashbang, which esbuild preserves.
export default defineConfig({
  entry: { index: 'lib/index.ts', jest: 'lib/testing/index.ts', cli: 'lib/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'lib/index.ts', jest: 'lib/testing/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  outDir: 'dist',
  splitting: false,
});
