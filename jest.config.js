/** Tests run on the TypeScript sources; `npm test` builds first so tests that load the built app find it. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Sources first: the root index.js is the compiled app's entry for Zapier, tests read index.ts.
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 20000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
