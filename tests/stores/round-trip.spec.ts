/**
 * Round trip as a property: for any sequence of edits a person can make on screen (answers,
 * notes, names, priorities, sections, action plan rows), at the lengths the screen allows and
 * in any Unicode, save → reload gives the same state, and download → upload gives the same
 * state. The review's defect D1 (a 56-character target date lost every answer) breaks it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import fc from 'fast-check'
import { toRaw } from 'vue'
import { readUpload } from '@/engine/files/read-upload'
import { readSavedAssessment } from '@/engine/files/saved-file'
import { MAX_ACTION_ROWS, TEXT_LIMITS } from '@/engine/files/limits'
import { choicesFor } from '@/engine/journey/question-form'
import { fixtureContent } from '../support/content'

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../support/content')
  return { content: fixtureContent() }
})

const { useAssessmentStore } = await import('@/stores/assessment')
const content = fixtureContent()
type Store = ReturnType<typeof useAssessmentStore>

/** Text as a person might type or paste it: any code point, lone surrogates, controls, bidi, or exactly the limit. */
function typed(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('\uD800', 'a\uDFFFb', '\u202Egnp.exe', '=SUM(A1)', '"quoted" \\ back', '\u0000\u0007\n\r\t', '📚🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'مكتبة') },
    { weight: 1, arbitrary: fc.constantFrom('ŵ', '图', 'x', '"').map((c) => c.repeat(max)) },
  )
}

const questions = content.themes.flatMap((t) => t.questions)
const textProfile = content.profile.filter((f) => f.kind === 'text')

function valueFor(id: string): fc.Arbitrary<string | string[] | number | undefined> {
  const q = questions.find((x) => x.id === id)!
  if (q.kind === 'text') return fc.option(typed(TEXT_LIMITS.textAnswer), { nil: undefined })
  if (q.kind === 'number') return fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant('dont-know'), fc.constant(undefined))
  const values = choicesFor(q, content).flatMap((c) => ('value' in c ? [c.value] : []))
  if (q.kind === 'multiple') return fc.subarray(values, { minLength: 1 })
  return fc.option(fc.constantFrom(...values), { nil: undefined })
}

const row = fc.record({
  id: fc.uuid(),
  action: typed(TEXT_LIMITS.action),
  lead: typed(TEXT_LIMITS.lead),
  targetDate: typed(TEXT_LIMITS.targetDate),
  measure: typed(TEXT_LIMITS.measure),
  source: fc.constant('user'),
})

type Edit = (store: Store) => void
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .constantFrom(...questions.map((q) => q.id))
    .chain((id) => fc.tuple(fc.constant(id), valueFor(id), fc.option(typed(TEXT_LIMITS.note), { nil: undefined })))
    .map(
      ([id, value, note]) =>
        (s: Store) =>
          s.setAnswer(id, value, note),
    ),
  fc.tuple(fc.constantFrom(...textProfile.map((f) => f.id)), typed(120)).map(
    ([id, text]) =>
      (s: Store) =>
        s.setProfile(id, text.slice(0, 120)),
  ),
  fc.tuple(fc.constantFrom('population', 'service-points'), fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined })).map(
    ([id, n]) =>
      (s: Store) =>
        s.setProfile(id, n),
  ),
  fc.subarray(content.priorities.map((p) => p.id)).map((ids) => (s: Store) => s.setPriorities(ids)),
  fc.tuple(fc.constantFrom(...content.themes.map((t) => t.id)), fc.boolean()).map(
    ([id, done]) =>
      (s: Store) =>
        s.setThemeCompleted(id, done),
  ),
  fc.array(row, { maxLength: 4 }).map((rows) => (s: Store) => s.setActionPlan(rows.slice(0, MAX_ACTION_ROWS))),
  fc.constant((s: Store) => s.startActionPlan()),
  fc.constant((s: Store) => s.addSuggestedActions()),
)

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('the saved answers round trip', () => {
  it('save → reload and download → upload give the same state, for any edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        localStorage.clear()
        setActivePinia(createPinia())
        const store = useAssessmentStore()
        for (const e of edits) e(store)
        expect(store.saveError).toBeNull()
        const state = structuredClone(toRaw(store.file))

        setActivePinia(createPinia())
        const reloaded = useAssessmentStore()
        expect(reloaded.restoreNotice).toBeNull()
        expect(reloaded.file).toEqual(state)

        const text = store.downloadText()
        const read = readSavedAssessment(text, content)
        expect(read).toMatchObject({ ok: true, setAside: [] })
        expect(read.ok && read.file).toEqual(state)
        const uploaded = readUpload('answers.json', new TextEncoder().encode(text), content)
        expect(uploaded).toMatchObject({ ok: true, setAside: [], badBytes: false })
        expect(uploaded.ok && uploaded.file).toEqual(state)
      }),
      { numRuns: 150, seed: 20261201 },
    )
  })
})
