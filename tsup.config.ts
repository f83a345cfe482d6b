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
  // the gazetteer text is large: one shared chunk per format, not a copy in every entry
  splitting: true,
  // lib/lexicon/data/gazetteer.tsv is bundled as a string and parsed on first use
  loader: { '.tsv': 'text' },
  // place names as UTF-8, not \u escapes
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
