/** Jest runs TypeScript through @swc/jest (no type-check: `npm run typecheck` does that once). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/{src,mocks,contract-tests,scripts}/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
};
