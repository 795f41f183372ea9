/** Tests run on the TypeScript sources; `npm test` builds first so tests that load the built app find it. */
module.exports = {
  // Node, with console output of passing tests held back (the app's z.console lines); a failing test shows its own.
  testEnvironment: '<rootDir>/test/helpers/quiet-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Types are checked by `npm run build` (tsc over sources and tests, the first step of `npm test`), so ts-jest only
  // transpiles each file on its own (isolatedModules): no language service, a faster first run on a fresh clone.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, isolatedModules: true }] },
  // Sources first: the root index.js is the compiled app's entry for Zapier, tests read index.ts.
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 20000,
  // Jest's default leaves one core idle; on a 2-core machine that runs the two long corpus files one after the
  // other. The files wait on a local sandbox as much as they compute, so one worker per core is not too many.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
