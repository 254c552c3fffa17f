// Runs a TypeScript script with Vite's module runner (Node 20 cannot run .ts by itself).
import { runnerImport } from 'vite'
import { resolve } from 'node:path'

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('Usage: node scripts/run-ts.mjs <script.ts> [args]')
  process.exit(2)
}
const { module } = await runnerImport(resolve(script), { configFile: false, logLevel: 'error' })
const code = await module.main(args)
process.exit(typeof code === 'number' ? code : 0)
