import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/** Tests of pure code run in Node; tests that mount components or use browser storage run in jsdom. */
const PURE = [
  'tests/architecture.spec.ts',
  'tests/content/**/*.spec.ts',
  'tests/engine/**/*.spec.ts',
  'tests/outputs/**/*.spec.ts',
  'tests/pdf/**/*.spec.ts',
  'tests/docx/**/*.spec.ts',
  'tests/build/**/*.spec.ts',
  'tests/offline/**/*.spec.ts',
]

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      testTimeout: 20_000,
      projects: [
        { extends: true, test: { name: 'pure', environment: 'node', include: PURE } },
        { extends: true, test: { name: 'ui', environment: 'jsdom', include: ['tests/**/*.spec.ts'], exclude: ['tests/e2e/**', ...PURE] } },
      ],
    },
  }),
)
