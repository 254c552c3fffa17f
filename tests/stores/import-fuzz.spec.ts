/**
 * The review's import fuzzing, kept as a test: 500 seeded files, damaged every way the review
 * tried (truncated, retyped, oversized, deeply nested, hostile keys and text, odd versions, bad
 * bytes), through both import paths: the Upload page's reader and the workshop's respondent
 * file reader. Neither may throw, every refusal is one readable sentence, every acceptance
 * round-trips, and the assessment in this browser is never changed by a refused file.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readUpload } from '@/engine/files/read-upload'
import { readSavedAssessment, serialiseSavedAssessment } from '@/engine/files/saved-file'
import { readRespondentFile } from '@/engine/workshop/respondent-files'
import { STORAGE_KEY } from '@/stores/storage'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'

vi.mock('@/content', async () => {
  const { realContent } = await import('../support/content')
  return { content: realContent() }
})

const content = realContent()
const FILES = 500

/** A small seeded random number generator (mulberry32), so every run tries the same files. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HOSTILE: unknown[] = [
  null,
  true,
  -1,
  -1e308,
  1.5,
  0,
  '',
  [],
  {},
  [[[]]],
  'x'.repeat(25_000),
  '\u202Egnp.exe',
  '<img src=x onerror=alert(1)>',
  '{{ 7*7 }}',
  '=HYPERLINK("x")',
  '\uD800',
  { __proto__: { polluted: true } },
  ['a', 1, null],
  'dont-know',
  'not-applicable',
  Array.from({ length: 2_001 }, (_v, i) => `o-${i}`),
]
const KEYS = ['__proto__', 'constructor', 'toString', 'k'.repeat(10_000), '', 'assessment', 'value', '\u202E']

type Json = Record<string, unknown> | unknown[]

function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 4_000) return out
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out)
  return out
}

function setAt(root: Json, path: (string | number)[], value: unknown): void {
  let at = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) {
    if (!at || typeof at !== 'object') return
    at = at[key] as Record<string | number, unknown>
  }
  const last = path.at(-1)
  if (last === undefined || !at || typeof at !== 'object') return
  Object.defineProperty(at, last, { value, enumerable: true, configurable: true, writable: true })
}

/** One damaged file: its name and bytes. */
function damaged(n: number, baseline: string, rnd: () => number): { name: string; bytes: Uint8Array } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!
  const enc = (text: string) => new TextEncoder().encode(text)
  const kind = n % 12
  const data = JSON.parse(baseline) as Record<string, unknown>
  const all = paths(data)
  let text: string
  switch (kind) {
    case 0:
      text = baseline.slice(0, Math.floor(rnd() * baseline.length))
      break
    case 1:
    case 2:
    case 3:
      for (let i = 0; i < 1 + Math.floor(rnd() * 3); i++) setAt(data, pick(all.slice(1)), pick(HOSTILE))
      text = JSON.stringify(data)
      break
    case 4: {
      const path = pick(all.filter((p) => p.length > 0))
      const holder = path
        .slice(0, -1)
        .reduce<Record<string | number, unknown>>((at, key) => (at && typeof at === 'object' ? (at[key] as Record<string | number, unknown>) : at), data)
      if (holder && typeof holder === 'object' && !Array.isArray(holder)) setAt(holder as Json, [pick(KEYS)], pick(HOSTILE))
      text = JSON.stringify(data)
      break
    }
    case 5:
      text = JSON.stringify(data).replace('"formatVersion":1', `"formatVersion":${pick(['0', '2', '99', '1.5', '"1"', 'null', '1e999', '-1', '[]'])}`)
      break
    case 6: {
      const depth = pick([100, 1_000, 100_000])
      setAt(data, pick(all.slice(1)), '__deep__')
      text = JSON.stringify(data).replace('"__deep__"', '['.repeat(depth) + ']'.repeat(depth))
      break
    }
    case 7:
      delete data[pick(['assessment', 'format', 'formatVersion', 'contentVersion', 'createdAt', 'actionPlan', 'completedThemes'])]
      text = JSON.stringify(data)
      break
    case 8: {
      const bytes = enc(baseline)
      for (let i = 0; i < 1 + Math.floor(rnd() * 8); i++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256)
      return { name: `flipped-${n}.json`, bytes }
    }
    case 9:
      text = pick([
        '',
        ' \n\t ',
        'null',
        '[]',
        '"library-self-assessment"',
        '\u0000\u0001\u0002',
        '{"format":"library-self-assessment"}',
        baseline.replace('{', '{"format":"library-self-assessment",'),
      ])
      break
    case 10: {
      const answers = (data.assessment as { answers: Record<string, unknown> }).answers
      for (let i = 0; i < pick([10, 500, 5_000]); i++) answers[`unknown-${i}-${'u'.repeat(Math.floor(rnd() * 90))}`] = { value: pick(['yes', 3, ['a']]) }
      text = JSON.stringify(data)
      break
    }
    default: {
      const bom = pick(['\uFEFF', ''])
      const body = JSON.stringify(data).replace('"council-name":"', `"council-name":"${pick(['\u202E', 'Ł', '\uD83D', 'ŵ'])}`)
      if (rnd() < 0.5) return { name: `utf16-${n}.json`, bytes: new Uint8Array(Buffer.from(`\uFEFF${body}`, 'utf16le')) }
      text = bom + body.replace(/}$/, ',"format":"library-self-assessment"}')
    }
  }
  return { name: `fuzz-${n}-${kind}.json`, bytes: enc(text) }
}

let files: { name: string; bytes: Uint8Array }[] = []

beforeAll(() => {
  const baseline = serialiseSavedAssessment(fullyAnswered(content))
  const rnd = random(20261201)
  files = Array.from({ length: FILES }, (_v, n) => damaged(n, baseline, rnd))
  // FUZZ_DUMP=<folder> writes the files and the baseline out, for the same probe in a browser.
  const dump = process.env.FUZZ_DUMP
  if (dump) {
    mkdirSync(dump, { recursive: true })
    writeFileSync(join(dump, 'baseline.json'), baseline)
    for (const f of files) writeFileSync(join(dump, f.name), f.bytes)
  }
})

describe(`import fuzz: ${FILES} seeded damaged files`, () => {
  it('the Upload page reader never throws, refuses in one short sentence, and what it accepts reads back the same', () => {
    const outcomes = { refused: 0, accepted: 0, withWarnings: 0 }
    for (const f of files) {
      const result = readUpload(f.name, f.bytes, content)
      if (!result.ok) {
        outcomes.refused++
        expect(result.message.length, f.name).toBeLessThan(400)
        expect(result.message, f.name).not.toMatch(/Infinity|NaN|undefined|\[object/)
        continue
      }
      outcomes.accepted++
      if (result.setAside.length || result.invalidAnswers.length || result.unknownQuestions.length || result.badBytes) outcomes.withWarnings++
      for (const line of result.setAside) expect(line.length, f.name).toBeLessThan(300)
      const again = readSavedAssessment(serialiseSavedAssessment(result.file), content)
      expect(again.ok && again.setAside, f.name).toEqual([])
      expect(again.ok && again.file, f.name).toEqual(result.file)
    }
    if (process.env.FUZZ_DUMP) console.log(`upload reader: ${JSON.stringify(outcomes)}`)
    expect(outcomes.refused).toBeGreaterThan(50)
    expect(outcomes.accepted).toBeGreaterThan(50)
    expect({}).not.toHaveProperty('polluted')
  })

  it('the workshop reader never throws and names the file in every refusal and warning', () => {
    const decoder = new TextDecoder()
    const outcomes = { refused: 0, accepted: 0, withWarnings: 0 }
    for (const f of files) {
      const result = readRespondentFile(f.name, decoder.decode(f.bytes), content)
      if (!result.ok) {
        outcomes.refused++
        expect(result.message, f.name).toContain(f.name)
      } else {
        outcomes.accepted++
        if (result.warnings.length) outcomes.withWarnings++
        for (const w of result.warnings) expect(w, f.name).toContain(f.name)
      }
    }
    if (process.env.FUZZ_DUMP) console.log(`workshop reader: ${JSON.stringify(outcomes)}`)
    expect({}).not.toHaveProperty('polluted')
  })

  it('a refused upload never changes the assessment in this browser, through the store', async () => {
    setActivePinia(createPinia())
    localStorage.clear()
    const { useAssessmentStore } = await import('@/stores/assessment')
    const store = useAssessmentStore()
    store.replaceWith(fullyAnswered(content))
    const before = localStorage.getItem(STORAGE_KEY)
    let refused = 0
    for (const f of files) {
      const result = readUpload(f.name, f.bytes, content)
      if (result.ok) continue
      refused++
      expect(localStorage.getItem(STORAGE_KEY), f.name).toBe(before)
    }
    // Workshop reads are pure: the same check after all of them.
    for (const f of files) readRespondentFile(f.name, new TextDecoder().decode(f.bytes), content)
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before)
    expect(store.downloadText()).toBe(before)
    expect(refused).toBeGreaterThan(50)
  })
})
