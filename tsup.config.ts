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
  // Node 20 reads /\p{Lu}/u natively; left to its compatibility table, esbuild rewrites every such literal as
  // new RegExp(...), which builds a fresh regular expression each time a function runs (once per token in extraction).
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
  outDir: 'dist',
  splitting: false,
});
