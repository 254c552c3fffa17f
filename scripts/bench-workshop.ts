/**
 * Workshop timings for `npm run bench` (scripts/bench.mjs runs `main()` and prints its rows):
 * merging 50 assessments of the real content, building the combined assessment, and rendering
 * the workshop view's components to HTML.
 *
 * The render is Vue's server renderer in Node (theme table and every question with its form),
 * so it measures building the view, not the browser's layout and paint.
 */
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runnerImport } from 'vite'
import vue from '@vitejs/plugin-vue'
import { loadContent } from '../build/read-content.ts'
import { aggregate, displayNames, type Respondent } from '../src/engine/workshop/aggregate.ts'
import { agreedAnswers, answerChoices, buildCombinedAssessment, emptyDecisions } from '../src/engine/workshop/consensus.ts'
import { newSavedAssessment } from '../src/engine/files/saved-file.ts'
import { optionsOf } from '../src/engine/core/question-model.ts'
import type { Content } from '../src/content/schema.ts'
import type { AnswerValue } from '../src/engine/core/assessment.ts'

const ROOT = resolve(import.meta.dirname, '..')
const RESPONDENTS = 50
const RUNS = 20

/** A fixed pseudo-random sequence, so every run merges the same 50 assessments. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

/** 50 people answering every question, mostly agreeing, some not. */
export function fiftyRespondents(content: Content): Respondent[] {
  const next = random(42)
  return Array.from({ length: RESPONDENTS }, (_, n) => {
    const file = newSavedAssessment(content, '2026-05-01T10:00:00.000Z')
    file.assessment.profile = { 'council-name': 'Anytown', 'council-type': 'unitary', 'changes-planned': 'reductions', 'respondent-name': `Person ${n + 1}` }
    for (const theme of content.themes) {
      for (const q of theme.questions) {
        const options = optionsOf(q, content.framework)
        let value: AnswerValue | undefined
        if (q.kind === 'number') value = Math.round(next() * 100)
        else if (q.kind === 'text') value = next() < 0.3 ? `Note from person ${n + 1}` : undefined
        else if (q.kind === 'multiple') value = options.filter(() => next() < 0.5).map((o) => o.value)
        else if (options.length > 0) value = options[Math.min(options.length - 1, Math.floor(next() * options.length))]!.value
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
        file.assessment.answers[q.id] = { value }
      }
    }
    return { id: `file-${n + 1}`, name: `Person ${n + 1}`, file }
  })
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

async function time<T>(fn: () => T | Promise<T>, runs = RUNS): Promise<{ ms: number; value: T }> {
  const times: number[] = []
  let value!: T
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    value = await fn()
    times.push(performance.now() - start)
  }
  return { ms: median(times), value }
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`

type Row = { name: string; measure: string; value: string; note: string }
const row = (name: string, value: string, note: string): Row => ({ name, measure: name, value, note })

export async function main(): Promise<Row[]> {
  const content = loadContent(resolve(ROOT, 'questions'))
  const people = fiftyRespondents(content)
  const questions = content.themes.reduce((n, t) => n + t.questions.length, 0)
  const rows: Row[] = []

  const merged = await time(() => aggregate(content, people))
  rows.push(row(`Merge ${RESPONDENTS} assessments`, fmt(merged.ms), `engine/aggregate over the real content (${questions} questions), median of ${RUNS} runs`))

  const combined = await time(() => buildCombinedAssessment(content, people, merged.value, emptyDecisions(), '2026-05-01T12:00:00.000Z'))
  rows.push(row('Build the agreed assessment', fmt(combined.ms), `engine/consensus from the ${RESPONDENTS} merged, median of ${RUNS} runs`))

  try {
    const { module } = await runnerImport<typeof import('./bench-workshop-render.ts')>(resolve(ROOT, 'scripts/bench-workshop-render.ts'), {
      configFile: false,
      logLevel: 'error',
      root: ROOT,
      // Vite's CSS plugin does not run inside runnerImport, and styles do not matter to a render
      // to HTML, so the components' <style> blocks are dropped before the Vue plugin sees them.
      plugins: [
        {
          name: 'drop-sfc-styles',
          enforce: 'pre',
          transform: (code: string, id: string) => (id.endsWith('.vue') ? code.replace(/<style[\s\S]*?<\/style>/g, '') : undefined),
        },
        vue(),
      ],
      resolve: { alias: { '@': resolve(ROOT, 'src') } },
    })
    const byId = new Map(content.themes.flatMap((t) => t.questions).map((q) => [q.id, q]))
    const input = {
      aggregate: merged.value,
      agreed: new Map(agreedAnswers(merged.value, emptyDecisions()).map((a) => [a.questionId, a])),
      choices: new Map([...byId].map(([id, q]) => [id, answerChoices(q, content.framework)])),
      names: Object.fromEntries(displayNames(merged.value.respondents, false)),
    }
    const rendered = await time(() => module.renderWorkshopView(input), 10)
    rows.push(
      row(
        'Render workshop view',
        fmt(rendered.ms),
        `Vue server render to HTML of the theme table and every question (${Math.round(rendered.value.length / 1024)} kB), ${RESPONDENTS} respondents; no browser layout, median of 10 runs`,
      ),
    )
  } catch (e) {
    rows.push(row('Render workshop view', 'failed', String(e instanceof Error ? e.message : e).split('\n')[0] ?? ''))
  }
  return rows
}
