// End-to-end tests (`npm run test:e2e`): the built page in Debian's Chromium, driven by
// playwright-core. Kept apart from `npm test`, which ignores tests/e2e.
const path = require('path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, '..', '..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 120_000,
  maxWorkers: 1,
};
