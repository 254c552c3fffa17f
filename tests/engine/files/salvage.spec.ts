/**
 * readSavedAssessment keeps every part in the expected shape and sets aside the rest, one
 * sentence each (review D1: one bad field used to cost every answer; D9: messages named JSON
 * paths, printed 10,000-character keys and "file format Infinity").
 */
import { describe, expect, it } from 'vitest'
import {
  newSavedAssessment,
  parseSavedAssessment,
  readSavedAssessment,
  serialiseSavedAssessment,
  setAsideSentence,
  type SavedAssessment,
} from '../../../src/engine/files/saved-file'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()

function full(): SavedAssessment {
  return {
    ...newSavedAssessment(content, '2026-12-01T09:00:00.000Z'),
    assessment: {
      profile: { 'council-name': 'Anytown Borough Council', population: 250_000 },
      priorities: ['health'],
      answers: { 'a-essential': { value: 'started', note: 'Draft only.' }, 'a-multi': { value: ['one', 'two'] }, 'b-one': { value: 'yes' } },
    },
    completedThemes: ['alpha'],
    actionPlan: [
      {
        id: 'act-1',
        action: 'Finish the needs assessment',
        lead: 'Head of libraries',
        targetDate: 'March 2027',
        measure: 'Published',
        source: 'critical-alpha',
      },
      { id: 'act-2', action: 'Consult', lead: 'Policy team', targetDate: 'June 2027', measure: 'Report to cabinet', source: 'user' },
    ],
  }
}

function read(data: unknown) {
  const result = readSavedAssessment(JSON.stringify(data), content)
  if (!result.ok) throw new Error(result.message)
  return { file: result.file, setAside: result.setAside.map(setAsideSentence) }
}

describe('readSavedAssessment', () => {
  it('keeps every other answer when one action field is over its limit', () => {
    const data = full()
    data.actionPlan[1]!.lead = 'x'.repeat(501)
    const { file, setAside } = read(data)
    expect(setAside).toEqual(['In action 2, the lead is longer than 500 characters.'])
    expect(file.assessment).toEqual(full().assessment)
    expect(file.actionPlan[0]).toEqual(full().actionPlan[0])
    expect(file.actionPlan[1]).toEqual({ ...full().actionPlan[1], lead: '' })
  })

  it('keeps the answer when only its note is too long, and the note when only the answer is bad', () => {
    const data = full() as unknown as { assessment: { answers: Record<string, unknown> } }
    data.assessment.answers['a-essential'] = { value: 'started', note: 'n'.repeat(20_001) }
    data.assessment.answers['b-one'] = { value: { nested: true }, note: 'Keep me' }
    const { file, setAside } = read(data)
    expect(file.assessment.answers['a-essential']).toEqual({ value: 'started' })
    expect(file.assessment.answers['b-one']).toEqual({ value: '', note: 'Keep me' })
    expect(setAside).toEqual(['Your note on “Alpha essential” is longer than 20,000 characters.', 'Your answer to “Beta one” is not in the expected shape.'])
  })

  it('names a very long answer key in 40 characters, not 10,000', () => {
    const data = full() as unknown as { assessment: { answers: Record<string, unknown> } }
    data.assessment.answers['k'.repeat(10_000)] = { value: 'yes' }
    const { setAside } = read(data)
    expect(setAside).toHaveLength(1)
    expect(setAside[0]!.length).toBeLessThan(140)
    expect(setAside[0]).toBe(`An answer to a question named “${'k'.repeat(39)}…” has a name longer than 100 characters.`)
    const refused = parseSavedAssessment(JSON.stringify(data), content)
    expect(refused.ok === false && refused.message.length).toBeLessThan(200)
  })

  it('never copies a __proto__ key, and says it left it out', () => {
    const text = serialiseSavedAssessment(full()).replace('"answers": {', '"answers": { "__proto__": { "value": "yes" },')
    const result = readSavedAssessment(text, content)
    expect(result.ok && result.setAside.map(setAsideSentence)).toEqual(['An answer to a question named “__proto__” has a name the tool cannot use.'])
    expect(result.ok && Object.getPrototypeOf(result.file.assessment.answers)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).value).toBeUndefined()
  })

  it('keeps the first 200 actions and says the rest were left out', () => {
    const data = full()
    data.actionPlan = Array.from({ length: 205 }, (_v, i) => ({ ...full().actionPlan[0]!, id: `act-${i}` }))
    const { file, setAside } = read(data)
    expect(file.actionPlan).toHaveLength(200)
    expect(setAside).toEqual(['Actions 201 to 205 are more than the 200 the action plan holds.'])
  })

  it('gives a duplicate or missing action id a new one, so rows stay apart', () => {
    const data = full()
    data.actionPlan[1]!.id = 'act-1'
    expect(read(data).file.actionPlan.map((r) => r.id)).toEqual(['act-1', 'recovered-2'])
  })

  it('sets aside damaged workshop details and keeps the answers', () => {
    const { file, setAside } = read({ ...full(), combined: { respondents: 0, dissent: {} } })
    expect(file.combined).toBeUndefined()
    expect(file.assessment).toEqual(full().assessment)
    expect(setAside).toEqual(['The workshop details (how many took part) are not in the expected shape.'])
  })

  it('reads a file with nothing wrong with nothing set aside, exactly as written', () => {
    const result = readSavedAssessment(serialiseSavedAssessment(full()), content)
    expect(result).toEqual({ ok: true, file: full(), setAside: [], unknownQuestions: [], unknownPriorities: [] })
  })

  it('still refuses what is not a saved assessment at all', () => {
    expect(readSavedAssessment('{ broken', content)).toEqual({
      ok: false,
      message: 'The file is not a saved assessment: it is not in the JSON format this tool saves.',
    })
    expect(readSavedAssessment(JSON.stringify({ format: 'other' }), content)).toEqual({
      ok: false,
      message: 'The file is not a saved assessment from this tool.',
    })
  })

  it('never prints "Infinity" for a format version of 1e999', () => {
    const text = serialiseSavedAssessment(full()).replace('"formatVersion": 1', '"formatVersion": 1e999')
    expect(readSavedAssessment(text, content)).toEqual({
      ok: false,
      message: 'The file was saved by a newer version of this tool. Use the latest version of the tool to open it.',
    })
  })

  it('keeps a file saved with a byte order mark', () => {
    expect(readSavedAssessment(`\uFEFF${serialiseSavedAssessment(full())}`, content).ok).toBe(true)
  })
})
