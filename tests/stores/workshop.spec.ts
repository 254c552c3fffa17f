import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { serialiseSavedAssessment } from '@/engine/files/saved-file'
import { WORKSHOP_BACKUP_KEY, WORKSHOP_KEY } from '@/stores/storage-keys'
import { fixtureContent } from '../support/content'
import { saved } from '../support/workshop'

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../support/content')
  return { content: fixtureContent() }
})

const { useWorkshopStore } = await import('@/stores/workshop')

const content = fixtureContent()
const file = (name: string, answers: Record<string, string>, who?: string) => {
  const text = serialiseSavedAssessment(saved(content, answers, who ? { profile: { 'respondent-name': who } } : {}))
  return { name, size: text.length, text }
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})

describe('useWorkshopStore: adding files', () => {
  it('reads each file on its own: good files are added and a bad one is refused with its name', () => {
    const store = useWorkshopStore()
    const outcome = store.addFiles([
      file('ann.json', { 'b-one': 'yes' }, 'Ann'),
      { name: 'bad.json', size: 5, text: 'hello' },
      file('bob.json', { 'b-one': 'no' }, 'Bob'),
    ])
    expect(outcome).toEqual({ accepted: 2, refused: 1 })
    expect(store.accepted.map((f) => f.name)).toEqual(['ann.json', 'bob.json'])
    expect(store.refused.map((f) => f.messages)).toEqual([['bad.json: The file is not a saved assessment: it is not in the JSON format this tool saves.']])
    expect(store.aggregate.respondents.map((r) => r.name)).toEqual(['Ann', 'Bob'])
  })

  it('refuses a file too large to read without reading it', () => {
    const store = useWorkshopStore()
    store.addFiles([{ name: 'huge.json', size: 17_000_000, text: null }])
    expect(store.refused[0]?.messages[0]).toMatch(/^huge\.json is larger than 16 MB/)
  })

  it('refuses a second copy of the same file, even in one batch', () => {
    const store = useWorkshopStore()
    expect(store.addFiles([file('a.json', { 'b-one': 'yes' }), file('a-copy.json', { 'b-one': 'yes' })])).toEqual({ accepted: 1, refused: 1 })
  })

  it('clears the refusals of the last batch when more files are added', () => {
    const store = useWorkshopStore()
    store.addFiles([{ name: 'bad.json', size: 5, text: 'hello' }])
    store.addFiles([file('ann.json', { 'b-one': 'yes' })])
    expect(store.refused).toEqual([])
    expect(store.accepted).toHaveLength(1)
  })

  it('removes a file', () => {
    const store = useWorkshopStore()
    store.addFiles([file('ann.json', { 'b-one': 'yes' }), file('bob.json', { 'b-one': 'no' })])
    store.removeFile(store.accepted[0]!.id)
    expect(store.accepted.map((f) => f.name)).toEqual(['bob.json'])
  })
})

describe('useWorkshopStore: consensus', () => {
  it('updates the agreed answers when the facilitator changes one, and goes back to the most common', () => {
    const store = useWorkshopStore()
    store.addFiles([file('a.json', { 'b-one': 'yes' }, 'A'), file('b.json', { 'b-one': 'yes' }, 'B'), file('c.json', { 'b-one': 'no' }, 'C')])
    const agreed = () => store.agreed.find((a) => a.questionId === 'b-one')
    expect(agreed()?.value).toBe('yes')
    store.setAgreed('b-one', 'partly')
    expect(agreed()).toMatchObject({ value: 'partly', changed: true })
    store.resetAgreed('b-one')
    expect(agreed()).toMatchObject({ value: 'yes', changed: false })
  })

  it('builds the combined assessment only with at least one file', () => {
    const store = useWorkshopStore()
    expect(store.combinedAssessment('2026-05-01T00:00:00Z')).toBeNull()
    store.addFiles([file('a.json', { 'b-one': 'yes' })])
    store.setDissent('b-one', 'Bob disagrees')
    expect(store.combinedAssessment('2026-05-01T00:00:00Z')?.combined).toMatchObject({ respondents: 1, dissent: { 'b-one': 'Bob disagrees' } })
  })

  it('hides names as Respondent 1, Respondent 2 by default, and shows them only when asked', () => {
    const store = useWorkshopStore()
    store.addFiles([file('a.json', { 'b-one': 'yes' }, 'Ann'), file('b.json', { 'b-one': 'no' }, 'Bob')])
    expect(store.hideNames).toBe(true)
    expect([...store.names.values()]).toEqual(['Respondent 1', 'Respondent 2'])
    store.setShowNames(true)
    expect([...store.names.values()]).toEqual(['Ann', 'Bob'])
    store.clearWorkshop()
    expect(store.hideNames).toBe(true)
  })

  it('warns when the files come from different councils', () => {
    const store = useWorkshopStore()
    const other = serialiseSavedAssessment(saved(content, { 'b-one': 'no' }, { profile: { 'council-name': 'Otherton' } }))
    const mine = serialiseSavedAssessment(saved(content, { 'b-one': 'yes' }, { profile: { 'council-name': 'Anytown' } }))
    store.addFiles([{ name: 'a.json', size: mine.length, text: mine }])
    expect(store.warnings).toEqual([])
    store.addFiles([{ name: 'b.json', size: other.length, text: other }])
    expect(store.warnings.map((w) => w.kind)).toEqual(['councils'])
  })

  it('replaces the decisions on every change instead of changing them in place', () => {
    const store = useWorkshopStore()
    store.addFiles([file('a.json', { 'b-one': 'yes' })])
    const before = store.decisions
    store.setNote('b-one', 'From the plan')
    expect(store.decisions).not.toBe(before)
    expect(before.notes).toEqual({})
    expect(store.agreed.find((a) => a.questionId === 'b-one')?.note).toBe('From the plan')
  })

  it('gives the legal position of the agreed answers, and none without files', () => {
    const store = useWorkshopStore()
    expect(store.agreedLegal).toBeNull()
    store.addFiles([file('a.json', { 'a-essential': 'not-in-place' })])
    expect(store.agreedLegal?.level).toBe('high')
  })
})

describe('useWorkshopStore: browser storage', () => {
  it('saves the workshop and restores it in a new visit', async () => {
    const store = useWorkshopStore()
    store.addFiles([file('a.json', { 'b-one': 'yes' }), { name: 'bad.json', size: 5, text: 'x' }])
    store.setAgreed('b-one', 'no')
    store.setHideNames(true)
    await nextTick()
    setActivePinia(createPinia())
    const again = useWorkshopStore()
    expect(again.files.map((f) => [f.name, f.status])).toEqual([['a.json', 'accepted']])
    expect(again.decisions.agreed).toEqual({ 'b-one': 'no' })
    expect(again.hideNames).toBe(true)
  })

  it('keeps unreadable saved data aside and says so', () => {
    localStorage.setItem(WORKSHOP_KEY, '{"version":1,"files":[{"id":"x","name":"a.json","file":{"format":"nope"}}]}')
    const store = useWorkshopStore()
    expect(store.restoreProblem).toMatch(/could not be read/)
    expect(store.files).toEqual([])
    expect(localStorage.getItem(WORKSHOP_BACKUP_KEY)).toContain('"nope"')
  })

  it('shows a failure to save instead of swallowing it', async () => {
    const store = useWorkshopStore()
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    store.addFiles([file('a.json', { 'b-one': 'yes' })])
    await nextTick()
    expect(store.saveError).toMatch(/^Browser storage is full/)
    setItem.mockRestore()
  })

  it('clears everything, in memory and in storage', async () => {
    const store = useWorkshopStore()
    store.addFiles([file('a.json', { 'b-one': 'yes' })])
    await nextTick()
    store.clearWorkshop()
    await nextTick()
    setActivePinia(createPinia())
    expect(useWorkshopStore().files).toEqual([])
  })
})

describe('useWorkshopStore: the earlier assessment', () => {
  it('loads a valid file and refuses a bad one with its name', () => {
    const store = useWorkshopStore()
    expect(store.setEarlier('last-year.json', 10, 'nonsense')).toBe(
      'last-year.json: The file is not a saved assessment: it is not in the JSON format this tool saves.',
    )
    expect(store.earlier).toBeNull()
    const good = file('last-year.json', { 'b-one': 'no' })
    expect(store.setEarlier(good.name, good.size, good.text)).toBeNull()
    expect(store.earlier?.name).toBe('last-year.json')
  })
})
