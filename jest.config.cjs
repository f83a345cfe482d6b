/** Jest runs the TypeScript sources in CommonJS mode; test/smoke checks the built ESM and CJS bundles. */
module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker fewer than the cores: on a 2-core machine that
  // runs every suite in one process while the other core idles. The suites are
  // CPU-bound and independent, so use every core.
  maxWorkers: '100%',
  // A hang guard, not a speed target (those are in bench/): a test that runs the CLI over several inputs
  // can pass 5 s on a loaded two-core machine, and a test timed out keeps writing into the next file's capture.
  testTimeout: 30000,
  // docs/examples holds the newsroom test users copy; it imports the package by name.
  roots: ['<rootDir>/test', '<rootDir>/docs/examples'],
  moduleNameMapper: {
    '^claim-reconciler$': '<rootDir>/lib/index.ts',
    '^claim-reconciler/jest$': '<rootDir>/lib/testing/index.ts',
  },
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+\\.tsv$': '<rootDir>/test/helpers/text-transform.cjs',
  },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json', 'tsv'],
};
