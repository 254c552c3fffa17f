import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { newSavedAssessment, parseSavedAssessment, serialiseSavedAssessment } from '@/engine/files/saved-file'
import { BACKUP_KEY, STORAGE_KEY } from '@/stores/storage'
import { fixtureContent } from '../support/content'
import { freshBrowserEachTest } from '../support/fresh-browser'

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../support/content')
  return { content: fixtureContent() }
})

const { useAssessmentStore } = await import('@/stores/assessment')
const content = fixtureContent()

function stored() {
  const text = localStorage.getItem(STORAGE_KEY)
  if (text === null) return null
  const parsed = parseSavedAssessment(text, content)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.file
}

freshBrowserEachTest()

describe('useAssessmentStore: saving', () => {
  it('saves every answer to browser storage at once', async () => {
    const store = useAssessmentStore()
    store.setAnswer('a-yes', 'partly', 'Only in the main library')
    await nextTick()
    expect(stored()?.assessment.answers['a-yes']).toEqual({ value: 'partly', note: 'Only in the main library' })
    expect(store.saveError).toBeNull()
  })

  it('keeps a note typed before an answer as an empty answer that does not count', async () => {
    const store = useAssessmentStore()
    store.setAnswer('a-yes', undefined, 'Ask the head of service')
    await nextTick()
    expect(stored()?.assessment.answers['a-yes']).toEqual({ value: '', note: 'Ask the head of service' })
    expect(store.result.questions.find((q) => q.id === 'a-yes')?.status).toBe('unanswered')
  })

  it('says so, and keeps the answers in memory, when browser storage is full', async () => {
    const store = useAssessmentStore()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    store.setAnswer('a-yes', 'yes')
    await nextTick()
    expect(store.saveError).toBe('Browser storage is full.')
    expect(store.assessment.answers['a-yes']?.value).toBe('yes')
    expect(JSON.parse(store.downloadText()).assessment.answers['a-yes'].value).toBe('yes')
  })

  it('clears the message once saving works again', async () => {
    const store = useAssessmentStore()
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    store.setAnswer('a-yes', 'yes')
    await nextTick()
    expect(store.saveError).not.toBeNull()
    setItem.mockRestore()
    store.setAnswer('a-yes', 'no')
    await nextTick()
    expect(store.saveError).toBeNull()
    expect(stored()?.assessment.answers['a-yes']?.value).toBe('no')
  })
})

describe('useAssessmentStore: restoring', () => {
  it('restores the answers saved in this browser', () => {
    const file = newSavedAssessment(content, '2026-11-01T10:00:00.000Z')
    file.assessment.answers['b-one'] = { value: 'yes' }
    localStorage.setItem(STORAGE_KEY, serialiseSavedAssessment(file))
    const store = useAssessmentStore()
    expect(store.hasSaved).toBe(true)
    expect(store.assessment.answers['b-one']?.value).toBe('yes')
  })

  it('starts afresh with a clear message, keeping a copy, when the saved answers cannot be read', () => {
    localStorage.setItem(STORAGE_KEY, '{ this is not json')
    const store = useAssessmentStore()
    expect(store.restoreProblem).toMatch(
      /^Your saved answers could not be read\. .* A copy of the saved answers as they were is kept in this browser: you can download it or try to recover it from the start page\.$/,
    )
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{ this is not json')
    expect(store.assessment.answers).toEqual({})
  })

  it('deletes everything it stored when the user starts again', async () => {
    const store = useAssessmentStore()
    store.setAnswer('a-yes', 'yes')
    await nextTick()
    store.startAgain()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull()
    expect(store.hasSaved).toBe(false)
  })
})

describe('useAssessmentStore: what-if', () => {
  it('assesses a trial answer beside the real one, and changes nothing until it is kept', async () => {
    const store = useAssessmentStore()
    store.setAnswer('b-one', 'no')
    store.tryAnswer('b-one', 'yes')
    expect(store.whatIfChange?.themes.find((t) => t.id === 'beta')).toMatchObject({ scoreBefore: 0 })
    expect(store.assessment.answers['b-one']?.value).toBe('no')
    store.keepWhatIf()
    expect(store.assessment.answers['b-one']?.value).toBe('yes')
    expect(store.whatIf).toBeNull()
  })
})
