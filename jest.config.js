/** Jest: unit tests for pure logic, e2e tests over HTTP against a real database (one per test file). */
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
// jose ships only ES modules: compile it to CommonJS for Jest like our own sources.
const transform = { '^.+\\.(ts|js)$': ['@swc/jest', { ...swc, swcrc: false }] };
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];

const unit = {
  displayName: 'unit',
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
};
const e2e = {
  displayName: 'e2e',
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  maxWorkers: process.env.JEST_WORKERS ?? 2,
  testTimeout: 60000,
  // `npm run test:pglite [files]` runs only the e2e tests (on the embedded database).
  projects: process.env.TEST_DB === 'pglite' ? [e2e] : [unit, e2e],
};
