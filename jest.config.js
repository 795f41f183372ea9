/** Tests run on the TypeScript sources; `npm test` builds first so tests that load the built app find it. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Sources first: the root index.js is the compiled app's entry for Zapier, tests read index.ts.
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 20000,
  // Jest's default leaves one core idle; on a 2-core machine that runs the two long corpus files one after the
  // other. The files wait on a local sandbox as much as they compute, so one worker per core is not too many.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
