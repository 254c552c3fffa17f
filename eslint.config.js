import { fileURLToPath } from 'node:url'
import pluginVue from 'eslint-plugin-vue'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

const SRC = fileURLToPath(new URL('./src', import.meta.url))

/** The content types that every layer may read (the schema is the vocabulary of the data). */
const CONTENT_TYPES = ['./content/schema.ts', './content/schema']

/**
 * Which folder may import which, along the pipeline content -> engine -> outputs -> pdf/docx,
 * pages. `target` may import nothing under `from` except the `except` paths (relative to `from`).
 */
const zones = [
  { target: './src/engine', from: './src', except: ['./engine', ...CONTENT_TYPES], message: 'src/engine imports only itself and the content types.' },
  {
    target: './src/outputs',
    from: './src',
    except: ['./outputs', './engine', ...CONTENT_TYPES],
    message: 'src/outputs imports only the engine and the content types.',
  },
  { target: './src/content', from: './src', except: ['./content', './engine/core'], message: 'src/content imports only itself and the engine core.' },
  {
    target: './src/pdf',
    from: './src',
    except: ['./pdf', './outputs', './engine', './composables/use-download.ts', './council', ...CONTENT_TYPES],
    message: 'src/pdf draws outputs only.',
  },
  {
    target: './src/docx',
    from: './src',
    except: ['./docx', './pdf', './outputs', './engine', './composables/use-download.ts', './council', ...CONTENT_TYPES],
    message: 'src/docx draws outputs only.',
  },
  { target: './src/components', from: './src/stores', message: 'Components take props; only pages read stores.' },
  { target: './src/components', from: './src/pages', message: 'Components never import pages.' },
  { target: './src/components', from: './src/router', message: 'Components take props; only pages use the router.' },
]

/**
 * Outside src/engine, the engine is read through each folder's index.ts (its public surface), never
 * a file inside it: `@/engine/assess`, not `@/engine/assess/scoring`. Engine files import each
 * other by relative path, which this pattern does not match inside src/engine.
 */
const ENGINE_BY_INDEX = {
  group: ['@/engine/*/*', '../engine/*/*', '../../engine/*/*', '../../../engine/*/*'],
  message: "Import the engine through its folder's index.ts (for example '@/engine/assess'), not a file inside it.",
}

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dist-*/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  {
    // Shipped and build code never turns text into code. (Tests may evaluate a built artefact,
    // such as the generated service worker, to check what it does.)
    files: ['src/**', 'build/**', 'scripts/**'],
    rules: {
      'vue/no-v-html': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.vue', 'build/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      // Cycles are looked for through TypeScript modules; .vue files are leaves that only pages and components import.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.mjs', '.js', '.json'], alias: { '@': [SRC] } })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    // jsPDF is loaded on demand, and only the PDF writer imports it.
    // (src/content is build-time code that names the few engine files it runs under Node.)
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/pdf/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'jspdf', message: 'Only src/pdf imports jsPDF.' },
            { name: 'jspdf-autotable', message: 'Only src/pdf imports jspdf-autotable.' },
          ],
          patterns: [ENGINE_BY_INDEX],
        },
      ],
    },
  },
  {
    // The PDF writer may import jsPDF, and reads the engine through its folders' index.ts too.
    files: ['src/pdf/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_BY_INDEX] }] },
  },
  {
    // The pure folders: plain functions over plain data, no framework, no DOM, no PDF library.
    files: ['src/engine/**/*.ts', 'src/outputs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vue', 'vue/*', '@vue/*', 'pinia', 'vue-router', 'jspdf', 'jspdf-autotable', 'docx', '*.vue'],
              message: 'src/engine and src/outputs must stay framework-free.',
            },
            ENGINE_BY_INDEX,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
)
