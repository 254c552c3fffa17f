/**
 * Saved assessments: what "Download your answers" writes and what loading a file accepts.
 * A file is never trusted; every problem comes back as one sentence, never as an exception.
 */
import { describe, expect, it } from 'vitest'
import {
  FORMAT,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  MAX_SPREAD_LABEL,
  MAX_SPREAD_QUESTIONS,
  newSavedAssessment,
  parseSavedAssessment,
  serialiseSavedAssessment,
  type SavedAssessment,
} from '../../../src/engine/files/saved-file'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()
const NOW = '2025-03-01T09:30:00.000Z'

/** A saved assessment with some answers, a completed theme and an action. */
function saved(overrides: Partial<SavedAssessment> = {}): SavedAssessment {
  return {
    ...newSavedAssessment(content, NOW),
    assessment: {
      profile: { 'council-name': 'Anytown Borough Council', population: 250_000 },
      priorities: ['health'],
      answers: { 'a-essential': { value: 'started', note: 'Draft only.' }, 'a-multi': { value: ['one', 'two'] }, 'a-hours': { value: 36 } },
    },
    completedThemes: ['alpha'],
    actionPlan: [
      {
        id: 'act-1',
        action: 'Finish the needs assessment',
        lead: 'Head of libraries',
        targetDate: '2025-09-30',
        measure: 'Published',
        source: 'critical-alpha',
      },
    ],
    ...overrides,
  }
}

/** The file's JSON with some fields replaced or removed (undefined removes). */
function edited(changes: Record<string, unknown>): string {
  const data: Record<string, unknown> = { ...saved(), ...changes }
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete data[key]
  return JSON.stringify(data)
}

function failure(text: string): string {
  const result = parseSavedAssessment(text, content)
  if (result.ok) throw new Error('Expected the file to be refused')
  return result.message
}

describe('newSavedAssessment', () => {
  it('starts empty, stamped with the format, content version and the time passed in', () => {
    expect(newSavedAssessment(content, NOW)).toEqual({
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      contentVersion: '1.0.0',
      createdAt: NOW,
      updatedAt: NOW,
      assessment: { profile: {}, priorities: [], answers: {} },
      completedThemes: [],
      actionPlan: [],
    })
  })
})

type Combined = NonNullable<SavedAssessment['combined']>

/** A combined file's `combined` part, with how the room answered two questions. */
function combinedWithSpread(): Combined {
  return {
    respondents: 4,
    dissent: { 'a-essential': 'Two thought it was in place.' },
    spread: {
      'a-essential': {
        answers: [
          { label: 'Started', count: 2 },
          { label: 'In place', count: 1 },
        ],
        notAnswered: 1,
        notAsked: 0,
        disagreement: 'some',
      },
      'a-text': { answers: [{ label: 'Opening hours vary', count: 1 }], notAnswered: 0, notAsked: 3 },
    },
  }
}

describe('parseSavedAssessment', () => {
  it('reads back exactly what was saved', () => {
    const file = saved()
    expect(parseSavedAssessment(serialiseSavedAssessment(file), content)).toEqual({ ok: true, file, unknownQuestions: [], unknownPriorities: [] })
  })

  it('reads back a combined file with how the room answered', () => {
    const file = saved({ combined: combinedWithSpread() })
    expect(parseSavedAssessment(serialiseSavedAssessment(file), content)).toEqual({ ok: true, file, unknownQuestions: [], unknownPriorities: [] })
  })

  it('reads back a combined file saved before the spread was kept', () => {
    const file = saved({ combined: { respondents: 4, dissent: { 'a-essential': 'Two thought it was in place.' } } })
    const result = parseSavedAssessment(serialiseSavedAssessment(file), content)
    expect(result).toEqual({ ok: true, file, unknownQuestions: [], unknownPriorities: [] })
    expect(result.ok && result.file.combined).not.toHaveProperty('spread')
  })

  it.each([
    ['an answer nobody gave', (c: Combined) => (c.spread!['a-text']!.answers[0]!.count = 0), 'how the room answered “Alpha text”'],
    ['a count that is not a whole number', (c: Combined) => (c.spread!['a-essential']!.notAnswered = 1.5), 'how the room answered “Alpha essential”'],
    [
      'an answer label over the limit',
      (c: Combined) => (c.spread!['a-text']!.answers[0]!.label = 'x'.repeat(MAX_SPREAD_LABEL + 1)),
      'how the room answered “Alpha text”',
    ],
    [
      'an unknown disagreement level',
      (c: Combined) => Object.assign(c.spread!['a-essential']!, { disagreement: 'total' }),
      'how the room answered “Alpha essential”',
    ],
    [
      `more than ${MAX_SPREAD_QUESTIONS} questions`,
      (c: Combined) =>
        (c.spread = Object.fromEntries(Array.from({ length: MAX_SPREAD_QUESTIONS + 1 }, (_v, i) => [`q-${i}`, { answers: [], notAnswered: 0, notAsked: 1 }]))),
      'how the room answered',
    ],
  ])('refuses a combined file whose spread has %s, naming the part in words', (_case, damage, part) => {
    const combined = combinedWithSpread()
    damage(combined)
    expect(failure(edited({ combined }))).toBe(`The file is damaged or has been edited: the workshop details (${part}) are not in the expected shape.`)
  })

  it('fills in an empty action plan and completed themes when a file has none', () => {
    const result = parseSavedAssessment(edited({ completedThemes: undefined, actionPlan: undefined }), content)
    expect(result).toMatchObject({ ok: true, file: { completedThemes: [], actionPlan: [] } })
  })

  it('keeps answers to questions the content no longer has, and lists them', () => {
    const file = saved()
    file.assessment.answers['retired-question'] = { value: 'yes' }
    const result = parseSavedAssessment(serialiseSavedAssessment(file), content)
    expect(result).toMatchObject({ ok: true, unknownQuestions: ['retired-question'] })
    expect(result.ok && result.file.assessment.answers['retired-question']).toEqual({ value: 'yes' })
  })

  it('lists priorities the content no longer has', () => {
    const file = saved()
    file.assessment.priorities = ['health', 'retired-priority']
    expect(parseSavedAssessment(serialiseSavedAssessment(file), content)).toMatchObject({ ok: true, unknownPriorities: ['retired-priority'] })
  })

  it.each(['not json {', '', '<html></html>'])('refuses text that is not JSON: %j', (text) => {
    expect(failure(text)).toBe('The file is not a saved assessment: it is not in the JSON format this tool saves.')
  })

  it.each(['null', '42', '[]', '"library-self-assessment"', JSON.stringify({ format: 'another-tool', formatVersion: 1 }), edited({ format: undefined })])(
    'refuses JSON from somewhere else: %s',
    (text) => {
      expect(failure(text)).toBe('The file is not a saved assessment from this tool.')
    },
  )

  it('refuses a file from a newer version of the tool, saying so', () => {
    expect(failure(edited({ formatVersion: FORMAT_VERSION + 1 }))).toBe(
      `The file was saved by a newer version of this tool (file format ${FORMAT_VERSION + 1}). Use the latest version of the tool to open it.`,
    )
  })

  it.each([
    ['a missing formatVersion', { formatVersion: undefined }, 'its file format is not one this tool knows'],
    ['a formatVersion that is not a number', { formatVersion: '1' }, 'its file format (1) is not one this tool knows'],
    [
      'an answer that is neither text, choices nor a number',
      { assessment: { profile: {}, priorities: [], answers: { 'a-yes': { value: true } } } },
      'your answer to “Alpha yes” is not in the expected shape',
    ],
    ['priorities that are not a list', { assessment: { profile: {}, priorities: 'health', answers: {} } }, 'local priorities are not in the expected shape'],
    ['no assessment', { assessment: undefined }, 'your answers are missing or not in the expected shape'],
    ['an action without its fields', { actionPlan: [{ id: 'act-1' }] }, 'in action 1, what will be done is missing (and 3 more parts)'],
    [
      'a target date over the limit',
      { actionPlan: [{ ...saved().actionPlan[0], targetDate: 'x'.repeat(201) }] },
      'in action 1, the target date is longer than 200 characters',
    ],
  ])('refuses a damaged file with %s, naming the part in words', (_case, changes, message) => {
    expect(failure(edited(changes))).toBe(`The file is damaged or has been edited: ${message}.`)
  })

  it('refuses a file larger than the limit before reading it', () => {
    expect(failure(' '.repeat(MAX_FILE_BYTES + 1))).toBe('The file is larger than 16 MB, so it cannot be a saved assessment.')
  })

  it('accepts a file at the limit', () => {
    const text = serialiseSavedAssessment(saved())
    expect(parseSavedAssessment(text.padEnd(MAX_FILE_BYTES, ' '), content).ok).toBe(true)
  })
})

describe('serialiseSavedAssessment', () => {
  it('writes indented JSON that a person can read', () => {
    expect(serialiseSavedAssessment(saved())).toContain('\n  "format": "library-self-assessment",\n')
  })
})
