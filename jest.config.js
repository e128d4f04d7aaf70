/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  setupFiles: ['<rootDir>/tests/setup/polyfills.js', '<rootDir>/tests/setup/isolatedConfig.js'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
    // The pane's charts (@fluentui/react-charts) use d3, which ships ES modules only.
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2020' }, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(d3-[^/]+|internmap|delaunator|robust-predicates)/)'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // A loaded 2-core machine (CI, several sessions) can take seconds to render a pane or zip a workbook.
  testTimeout: 20000,
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
};
