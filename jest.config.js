/** Jest runs TypeScript through @swc/jest (no type-check: `npm run typecheck` does that once). */
module.exports = {
  testEnvironment: 'node',
  // Tests start real servers and compile specs; a 2-core machine under load needs more than 5 s.
  testTimeout: 30_000,
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/{src,mocks,contract-tests,scripts}/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
};
