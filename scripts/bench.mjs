// `npm run bench`: how long the engine, the report model and the PDF take for the real content
// with every question answered, and how much JavaScript the first visit loads against the lazy
// PDF chunk.
//
// Usage: node scripts/bench.mjs [--build] [--runs N] [--no-browser]
//   --build       run `vite build` first (otherwise dist/ is used as it is, and built if missing)
//   --runs N      runs per timing (default 20; 5 for the browser)
//   --no-browser  skip the Chromium timing
//
// Chromium: process.env.CHROMIUM_PATH or /usr/bin/chromium, against `vite preview` of dist/ on
// port 4174. The browser timing is the "Download PDF report" click on the results page until
// the download event fires, after seeding localStorage with the full assessment.
//
// Hook: if scripts/bench-workshop.ts exists, its exported `main()` is run and the rows it returns
// are printed in the same table. A row is `{ measure: string, value: string | number, note?: string }`
// (or `[measure, value, note?]`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { runnerImport } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const PORT = 4174
const STORAGE_KEY = 'library-self-assessment:v1'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const runsArg = args.indexOf('--runs')
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 20) : 20
const BROWSER_RUNS = Math.min(RUNS, 5)

/** @type {{ measure: string, value: string, note: string }[]} */
const rows = []
const row = (measure, value, note = '') => rows.push({ measure, value: String(value), note })

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`
const kb = (n) => `${(n / 1024).toFixed(1)} kB`

function time(fn, runs = RUNS) {
  const times = []
  let value
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    value = fn()
    times.push(performance.now() - start)
  }
  return { median: median(times), value }
}

// TypeScript modules, loaded with Vite's module runner (Node 20 cannot run .ts by itself).
async function loadTs(path) {
  const { module } = await runnerImport(join(ROOT, path), {
    configFile: false,
    logLevel: 'error',
    root: ROOT,
    resolve: { alias: { '@': join(ROOT, 'src') } },
  })
  return module
}

async function nodeTimings() {
  const [{ loadContent }, { assess }, { buildReport }, { renderPdf }, { chartFromResult }, { fullyAnswered }, { pdfFonts }] = await Promise.all([
    loadTs('build/read-content.ts'),
    loadTs('src/engine/assess/assess.ts'),
    loadTs('src/outputs/report/build-report.ts'),
    loadTs('src/pdf/render-pdf.ts'),
    loadTs('src/outputs/chart/theme-chart.ts'),
    loadTs('tests/support/full-assessment.ts'),
    loadTs('tests/pdf/pdf-fonts.ts'),
  ])
  const content = loadContent(join(ROOT, 'questions'))
  const saved = fullyAnswered(content)
  const questions = content.themes.reduce((n, t) => n + t.questions.length, 0)
  row('Content', `${content.themes.length} themes, ${questions} questions`, `version ${content.framework.contentVersion}`)

  const assessed = time(() => assess(content, saved.assessment))
  row('Engine assess()', ms(assessed.median), `median of ${RUNS}, Node`)
  const result = assessed.value

  const report = time(() => buildReport(content, saved, result, { generatedOn: '2026-04-01' }))
  row('Report model buildReport()', ms(report.median), `median of ${RUNS}, Node`)

  const chart = chartFromResult(result, content.framework.bands)
  const pdfRuns = Math.min(RUNS, 5)
  const fonts = pdfFonts()
  const pdf = time(() => renderPdf(report.value, chart, fonts).bytes, pdfRuns)
  row('PDF renderPdf() in Node', ms(pdf.median), `median of ${pdfRuns}, ${pdf.value.length.toLocaleString('en-GB')} bytes`)
  return { saved }
}

function bundleSizes() {
  const gz = (file) => gzipSync(readFileSync(join(DIST, file.replace(/^\//, '')), { level: 9 })).length
  // What an HTML file loads before any route runs: its module script and its modulepreloads.
  const htmlJs = (name) => {
    const html = readFileSync(join(DIST, name), 'utf8')
    return [
      ...[...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]),
    ]
  }
  const initial = htmlJs('index.html')
  const initialGz = initial.reduce((sum, f) => sum + gz(f), 0)
  row('Initial JS (gzip), start page', kb(initialGz), `${initial.length} files from index.html (prerendered start page), before the page's own chunk`)
  if (existsSync(join(DIST, 'app.html'))) {
    const shell = htmlJs('app.html')
    row(
      'Initial JS (gzip), question page',
      kb(shell.reduce((sum, f) => sum + gz(f), 0)),
      `${shell.length} files from app.html (the shell for every other route), all preloaded`,
    )
  }
  const parts = readdirSync(join(DIST, 'assets')).filter((f) => /^content-.*\.js$/.test(f))
  for (const part of parts)
    row(`Content part ${part.replace(/-[\w-]{8}\.js$/, '')} (gzip)`, kb(gz(`assets/${part}`)), 'loaded by the pages that need it (src/router/content-guard.ts)')
  if (existsSync(join(DIST, 'sw.js'))) {
    const list = JSON.parse(/const PRECACHE = (\[.*\])/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1] ?? '[]')
    const bytes = list.reduce((sum, url) => sum + gz(url), 0)
    row('Service worker precache (gzip)', kb(bytes), `${list.length} files fetched once, after the first visit, for use offline`)
  }

  const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'))
  const pdfChunk = assets.find((f) => /render-pdf|jspdf/.test(f)) ?? assets.find((f) => readFileSync(join(DIST, 'assets', f), 'utf8').includes('lastAutoTable'))
  if (pdfChunk) {
    const inInitial = initial.some((f) => f.endsWith(pdfChunk))
    row(
      'Lazy PDF chunk (gzip)',
      kb(gz(`assets/${pdfChunk}`)),
      `${pdfChunk}${inInitial ? ' — WARNING: loaded on first visit' : ', fetched on first PDF download'}`,
    )
  } else {
    row('Lazy PDF chunk (gzip)', 'not found', 'no chunk named render-pdf/jspdf or holding jspdf-autotable')
  }
  return { pdfChunk }
}

async function waitForServer(url, child, timeoutMs = 30_000) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`)
}

async function browserTimings(saved, pdfChunk) {
  if (!existsSync(CHROMIUM)) {
    row('PDF in Chromium', 'skipped', `no browser at ${CHROMIUM} (set CHROMIUM_PATH)`)
    return
  }
  const { chromium } = await import('@playwright/test')
  const base = `http://127.0.0.1:${PORT}`
  const server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let serverErrors = ''
  server.stderr.on('data', (d) => (serverErrors += d))
  let browser
  try {
    await waitForServer(base, server)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
    const context = await browser.newContext({ acceptDownloads: true })
    const text = JSON.stringify(saved)
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, text])
    const page = await context.newPage()
    const fetched = []
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname
      if (path.startsWith('/assets/') && path.endsWith('.js')) fetched.push(path.slice('/assets/'.length))
    })
    await page.goto(`${base}/results`, { waitUntil: 'networkidle' })
    const button = page.getByRole('button', { name: /download pdf/i })
    if ((await button.count()) === 0) {
      row('PDF in Chromium', 'n/a', 'no "Download PDF" button on /results')
      return
    }
    const loadedBeforeClick = new Set(fetched)
    const times = []
    let size = 0
    for (let i = 0; i < BROWSER_RUNS; i++) {
      const start = performance.now()
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.first().click()])
      times.push(performance.now() - start)
      const path = await download.path()
      if (path) size = statSync(path).size
      await page.waitForTimeout(50)
    }
    const [first, ...warm] = times
    row('PDF in Chromium, first click', ms(first), 'click to download event, includes fetching the PDF chunk')
    if (warm.length > 0) row('PDF in Chromium, later clicks', ms(median(warm)), `median of ${warm.length}`)
    row('PDF size', `${size.toLocaleString('en-GB')} bytes`, kb(size))
    if (pdfChunk) row('PDF chunk before the click', loadedBeforeClick.has(pdfChunk) ? 'fetched (unexpected)' : 'not fetched', 'checked in Chromium')
    const optional = fetched.filter((f) => /html2canvas|purify|index\.es/.test(f))
    row('jsPDF optional chunks fetched', optional.length === 0 ? 'none' : optional.join(', '), 'html2canvas, DOMPurify, canvg')
  } catch (e) {
    row(
      'PDF in Chromium',
      'failed',
      String(e instanceof Error ? e.message : e).split('\n')[0] + (serverErrors ? ` (${serverErrors.trim().split('\n')[0]})` : ''),
    )
  } finally {
    await browser?.close()
    server.kill('SIGTERM')
  }
}

async function workshopHook() {
  const path = join(ROOT, 'scripts', 'bench-workshop.ts')
  if (!existsSync(path)) {
    row('Merge 50 assessments', 'not measured', 'scripts/bench-workshop.ts does not exist yet')
    row('Render workshop view', 'not measured', 'scripts/bench-workshop.ts does not exist yet')
    return
  }
  try {
    const module = await loadTs('scripts/bench-workshop.ts')
    const extra = (await module.main()) ?? []
    for (const r of extra) {
      if (Array.isArray(r)) row(r[0], r[1], r[2] ?? '')
      else row(r.measure, r.value, r.note ?? '')
    }
  } catch (e) {
    row('Workshop timings', 'failed', String(e instanceof Error ? e.message : e).split('\n')[0])
  }
}

function printTable() {
  const head = { measure: 'Measure', value: 'Value', note: 'Notes' }
  const all = [head, ...rows]
  const w = (k) => Math.max(...all.map((r) => r[k].length))
  const line = (r) => `| ${r.measure.padEnd(w('measure'))} | ${r.value.padStart(w('value'))} | ${r.note.padEnd(w('note'))} |`
  console.log(line(head))
  console.log(`|${'-'.repeat(w('measure') + 2)}|${'-'.repeat(w('value') + 1)}:|${'-'.repeat(w('note') + 2)}|`)
  for (const r of rows) console.log(line(r))
}

async function main() {
  if (flag('--build') || !existsSync(join(DIST, 'index.html'))) {
    console.error('Building dist/ with vite build…')
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) throw new Error('vite build failed')
  }
  const { saved } = await nodeTimings()
  const { pdfChunk } = bundleSizes()
  row('dist/ built', statSync(join(DIST, 'index.html')).mtime.toISOString().replace('T', ' ').slice(0, 19), 'run with --build to rebuild')
  if (!flag('--no-browser')) await browserTimings(saved, pdfChunk)
  await workshopHook()
  printTable()
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
