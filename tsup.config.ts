import { defineConfig } from 'tsup';
import { writeBundledSchemas } from './lib/schema/bundle-schemas';

// One build for the library, the jest matchers (claim-reconciler/jest) and the
// CLI: ESM (.js) and CJS (.cjs) with types. The CLI entry keeps its own
// hashbang, which esbuild preserves.
//
// Code splitting puts the code the entries share (the error class above all)
// in one chunk per format, so `instanceof ClaimReconcilerError` holds for an
// error thrown under claim-reconciler/jest or the CLI. tsup splits CJS
// through rollup when `treeshake` is on; its other route (sucrase) rewrites
// modern syntax into helper calls.
//
// Source maps keep positions (stack traces under --enable-source-maps name
// lib/ files and lines) but not the sources themselves, which would double the
// package's size for text the repository already holds.
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
    options.sourcesContent = false;
    // place names as UTF-8, not \u escapes
    options.charset = 'utf8';
  },
  outDir: 'dist',
  // one shared chunk per format: the error class is one class under every entry point, and the large
  // gazetteer text is not copied into each entry
  splitting: true,
  treeshake: true,
  // lib/lexicon/data/gazetteer.tsv is bundled as a string and parsed on first use
  loader: { '.tsv': 'text' },
  // The package's schemas (claim-reconciler/schemas/*.json), each standing alone.
  async onSuccess() {
    writeBundledSchemas('schemas', 'dist/schemas');
  },
});
