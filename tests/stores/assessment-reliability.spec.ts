/**
 * The defects of the reliability review of 1 December 2026 (D1 to D4, D8, D12), each pinned at
 * the store: what a person does, then a reload (a new store reading the same browser storage).
 */
import { describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
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

/** A new page load: a fresh Pinia and store reading what this browser stored. */
function reload() {
  setActivePinia(createPinia())
  return useAssessmentStore()
}

function answerSome(store: ReturnType<typeof useAssessmentStore>) {
  store.setProfile('council-name', 'Anytown Borough Council')
  store.setAnswer('a-yes', 'partly', 'Only in the main library')
  store.setAnswer('b-one', 'yes')
  store.startActionPlan()
}

freshBrowserEachTest()

describe('D1: typing the tool allows never costs the other answers', () => {
  it('keeps every answer and a 56-character target date after a reload', async () => {
    const store = useAssessmentStore()
    answerSome(store)
    const date = 'By the end of the 2027/28 financial year, after cabinet'
    store.setActionPlan([
      { id: 'user-1', action: 'Publish the needs assessment', lead: 'Head of libraries', targetDate: date, measure: 'Published', source: 'user' },
    ])
    await nextTick()
    const after = reload()
    expect(after.restoreProblem).toBeNull()
    expect(after.assessment.answers['a-yes']).toEqual({ value: 'partly', note: 'Only in the main library' })
    expect(after.file.actionPlan[0]?.targetDate).toBe(date)
    expect(parseSavedAssessment(after.downloadText(), content).ok).toBe(true)
  })

  it('sets aside only the field that is over its limit, says which and keeps a copy of what was stored', async () => {
    const store = useAssessmentStore()
    answerSome(store)
    store.setActionPlan([{ id: 'user-1', action: 'Act', lead: 'x'.repeat(501), targetDate: '', measure: '', source: 'user' }])
    await nextTick()
    const stored = localStorage.getItem(STORAGE_KEY)
    const after = reload()
    expect(after.assessment.answers['a-yes']?.value).toBe('partly')
    expect(after.assessment.profile['council-name']).toBe('Anytown Borough Council')
    expect(after.file.actionPlan[0]).toMatchObject({ id: 'user-1', action: 'Act', lead: '' })
    expect(after.restoreNotice?.setAside).toEqual(['In action 1, the lead is longer than 500 characters.'])
    expect(localStorage.getItem(BACKUP_KEY)).toBe(stored)
  })
})

describe('D2: the save does not write into what it watches', () => {
  it('uses the agreed position of a large workshop without overflowing the stack', async () => {
    let tick = 0
    const toISOString = Date.prototype.toISOString
    // A clock that moves on every reading: the old deep watcher then re-ran itself until the stack overflowed.
    vi.spyOn(Date.prototype, 'toISOString').mockImplementation(function (this: Date) {
      tick++
      return toISOString.call(new Date(this.getTime() + tick))
    })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = useAssessmentStore()
    const file = newSavedAssessment(content, '2026-01-01T00:00:00.000Z')
    for (let i = 0; i < 2_000; i++) file.assessment.answers[`q-${i}`] = { value: 'yes', note: `Note ${i}` }
    file.combined = { respondents: 12, dissent: {} }
    tick = 0
    store.replaceWith(file)
    await nextTick()
    expect(errors).not.toHaveBeenCalled()
    expect(warnings).not.toHaveBeenCalled()
    expect(tick).toBeLessThan(5)
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).assessment.answers['q-1999']).toEqual({ value: 'yes', note: 'Note 1999' })
  })
})

describe('D3: another tab', () => {
  function otherTabWrites(change: (file: ReturnType<typeof newSavedAssessment>) => void) {
    const file = parseSavedAssessment(localStorage.getItem(STORAGE_KEY)!, content)
    if (!file.ok) throw new Error(file.message)
    change(file.file)
    const text = serialiseSavedAssessment(file.file)
    localStorage.setItem(STORAGE_KEY, text)
    return text
  }

  it('never saves over answers another tab saved, even before the storage event arrives', () => {
    const tabA = useAssessmentStore()
    tabA.setAnswer('a-yes', 'yes')
    const written = otherTabWrites((f) => (f.assessment.answers['b-one'] = { value: 'no' }))
    tabA.setAnswer('a-yes', 'no')
    expect(localStorage.getItem(STORAGE_KEY)).toBe(written)
    expect(tabA.conflict).toBe('changed')
  })

  it('stops saving and says so when the storage event arrives, and reloads the newer answers when asked', () => {
    const tabA = useAssessmentStore()
    tabA.setProfile('council-name', 'Anytown')
    const written = otherTabWrites((f) => (f.assessment.profile['council-name'] = 'Uploaded in tab B'))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: written }))
    expect(tabA.conflict).toBe('changed')
    tabA.setProfile('council-name', 'Anytownx')
    expect(localStorage.getItem(STORAGE_KEY)).toBe(written)
    tabA.adoptStored()
    expect(tabA.conflict).toBeNull()
    expect(tabA.assessment.profile['council-name']).toBe('Uploaded in tab B')
  })

  it('repairs saved answers damaged in storage mid-journey, keeping a copy, instead of stopping', () => {
    const tab = useAssessmentStore()
    tab.setAnswer('a-yes', 'yes')
    localStorage.setItem(STORAGE_KEY, '{ damaged')
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: '{ damaged' }))
    tab.setAnswer('b-one', 'no')
    expect(tab.conflict).toBeNull()
    expect(parseSavedAssessment(localStorage.getItem(STORAGE_KEY)!, content)).toMatchObject({
      ok: true,
      file: { assessment: { answers: { 'a-yes': { value: 'yes' }, 'b-one': { value: 'no' } } } },
    })
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{ damaged')
  })

  it('stops when another tab deleted the answers', () => {
    const tab = useAssessmentStore()
    tab.setAnswer('a-yes', 'yes')
    localStorage.removeItem(STORAGE_KEY)
    tab.setAnswer('b-one', 'no')
    expect(tab.conflict).toBe('deleted')
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('ignores a storage event for its own last save', () => {
    const tabA = useAssessmentStore()
    tabA.setAnswer('a-yes', 'yes')
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY) }))
    expect(tabA.conflict).toBeNull()
  })
})

describe('D4: a plan the user emptied stays empty', () => {
  it('does not bring removed action-plan rows back on reload', async () => {
    const store = useAssessmentStore()
    store.setAnswer('a-essential', 'not-in-place')
    store.startActionPlan()
    expect(store.file.actionPlan.length).toBeGreaterThan(0)
    store.setActionPlan([])
    await nextTick()
    const after = reload()
    after.startActionPlan()
    expect(after.file.actionPlan).toEqual([])
  })
})

describe('D8: copies of unreadable answers', () => {
  it('never overwrites an earlier copy, and lists every copy', () => {
    localStorage.setItem(STORAGE_KEY, '{ first corruption')
    reload().setAnswer('a-yes', 'yes')
    localStorage.setItem(STORAGE_KEY, '{ second corruption')
    const store = reload()
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{ first corruption')
    expect(store.copies.map((c) => store.copyText(c.key))).toEqual(['{ first corruption', '{ second corruption'])
  })

  it('keeps one copy however often the same unreadable answers are loaded', () => {
    localStorage.setItem(STORAGE_KEY, '{ broken')
    reload()
    reload()
    expect(reload().copies).toHaveLength(1)
  })

  it('recovers what can be read from a copy, keeping the answers in this browser as a copy first', () => {
    const file = newSavedAssessment(content, '2026-11-01T10:00:00.000Z')
    file.assessment.answers['b-one'] = { value: 'yes' }
    const broken = serialiseSavedAssessment(file).replace('"yes"', '"yes", "note": ' + JSON.stringify('x'.repeat(20_001)))
    localStorage.setItem(BACKUP_KEY, broken)
    const store = reload()
    store.setAnswer('a-yes', 'no')
    const outcome = store.recoverCopy(BACKUP_KEY)
    expect(outcome).toEqual({ ok: true, setAside: ['Your note on “Beta one” is longer than 20,000 characters.'] })
    expect(store.assessment.answers).toEqual({ 'b-one': { value: 'yes' } })
    expect(store.copies).toHaveLength(2)
    expect(store.copies.some((c) => store.copyText(c.key)?.includes('"a-yes"'))).toBe(true)
  })
})

describe('D12: storage turned off', () => {
  it('says the answers are not being saved as soon as the page loads', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    const store = reload()
    expect(store.saveError).toBe('This browser does not let the tool save answers (browser storage is turned off).')
  })
})
