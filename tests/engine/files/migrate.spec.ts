import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  CONTENT_MIGRATIONS,
  compareVersions,
  migrateContentVersion,
  migrateFormat0,
  migrateSavedData,
  type ContentMigration,
} from '../../../src/engine/files/migrate'
import { parseSavedAssessment } from '../../../src/engine/files/saved-file'
import { fixtureContent, realContent } from '../../support/content'
import { fullyAnswered } from '../../support/full-assessment'
import { arbitraryAssessment } from '../../support/workshop'

const content = fixtureContent()
const current = content.framework.contentVersion

/** A file in the early draft format (format 0). */
function format0(extra: Record<string, unknown> = {}) {
  return {
    format: 'library-self-assessment',
    formatVersion: 0,
    contentVersion: current,
    savedAt: '2025-03-01T09:00:00.000Z',
    profile: { 'council-name': 'Anytown', 'changes-planned': 'none' },
    priorities: ['health'],
    answers: { 'b-one': 'yes', 'a-multi': ['one', 'two'], 'a-hours': 12 },
    notes: { 'b-one': 'Agreed by cabinet', 'b-two': 'Ask the head of service' },
    ...extra,
  }
}

describe('format versions', () => {
  it('moves a format 0 file to format 1, keeping every answer and note', () => {
    const parsed = parseSavedAssessment(JSON.stringify(format0()), content)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.file).toEqual({
      format: 'library-self-assessment',
      formatVersion: 1,
      contentVersion: current,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
      assessment: {
        profile: { 'council-name': 'Anytown', 'changes-planned': 'none' },
        priorities: ['health'],
        answers: {
          'b-one': { value: 'yes', note: 'Agreed by cabinet' },
          'a-multi': { value: ['one', 'two'] },
          'a-hours': { value: 12 },
          // A note without an answer stays with its question as an empty answer.
          'b-two': { value: '', note: 'Ask the head of service' },
        },
      },
      completedThemes: [],
      actionPlan: [],
    })
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['answers that are not a list of answers', { answers: 'yes' }, 'your answers to the questions are not in the expected shape'],
    ['an answer of the wrong type', { answers: { 'b-one': true } }, 'your answer to “Beta one” is not in the expected shape'],
    ['priorities that are not a list', { priorities: 'health' }, 'local priorities are not in the expected shape'],
  ])('refuses a format 0 file with %s, naming the part', (_name, change, message) => {
    const parsed = parseSavedAssessment(JSON.stringify(format0(change)), content)
    expect(parsed).toEqual({ ok: false, message: `The file is damaged or has been edited: ${message}.` })
  })

  it.each<[string, unknown, string]>([
    ['a newer format', 2, 'The file was saved by a newer version of this tool (file format 2). Use the latest version of the tool to open it.'],
    ['no format version', undefined, 'The file is damaged or has been edited: its file format is not one this tool knows.'],
    ['an unknown format version', 0.5, 'The file is damaged or has been edited: its file format (0.5) is not one this tool knows.'],
  ])('still refuses %s', (_name, formatVersion, message) => {
    expect(parseSavedAssessment(JSON.stringify(format0({ formatVersion })), content)).toEqual({ ok: false, message })
  })

  it('leaves a format 1 file as it is', () => {
    const file = { format: 'library-self-assessment', formatVersion: 1, contentVersion: current, assessment: { answers: {} } }
    expect(migrateSavedData(file, current)).toEqual(file)
  })

  it('does not change its input', () => {
    const input = format0()
    const copy = structuredClone(input)
    migrateFormat0(input)
    expect(input).toEqual(copy)
  })

  it('keeps every answer of any format 0 file', () => {
    fc.assert(
      fc.property(arbitraryAssessment(content), (assessment) => {
        const answers = Object.fromEntries(Object.entries(assessment.answers).map(([id, a]) => [id, a.value]))
        const parsed = parseSavedAssessment(
          JSON.stringify(format0({ answers, notes: {}, profile: assessment.profile, priorities: assessment.priorities })),
          content,
        )
        expect(parsed.ok).toBe(true)
        if (parsed.ok) expect(parsed.file.assessment).toEqual(assessment)
      }),
      { numRuns: 100 },
    )
  })
})

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.0', '1.1.0', -1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '1.99.99', 1],
    ['1.0', '1.0.0', 0],
  ])('compares %s with %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})

describe('content versions', () => {
  // A made-up history: b-one was renamed twice, a-yes once, and a theme once.
  const table: ContentMigration[] = [
    { from: '1.1.0', to: '1.2.0', renamedQuestions: { 'b-one-v2': 'b-one' } },
    { from: '0.9.0', to: '1.1.0', renamedQuestions: { 'b-one-v1': 'b-one-v2', 'a-yes-old': 'a-yes' }, renamedThemes: { 'alpha-old': 'alpha' } },
  ]
  const fileAt = (contentVersion: string, answers: Record<string, unknown>, completedThemes: string[] = []) => ({
    format: 'library-self-assessment',
    formatVersion: 1,
    contentVersion,
    assessment: { profile: {}, priorities: [], answers },
    completedThemes,
  })
  const answersOf = (data: unknown) => (data as { assessment: { answers: Record<string, unknown> } }).assessment.answers

  it('has one real step so far, 1.0.0 to 2.0.0, which renames nothing', () => {
    expect(CONTENT_MIGRATIONS).toEqual([{ from: '1.0.0', to: '2.0.0', renamedQuestions: {} }])
  })

  it.each<[string, string, Record<string, unknown>, Record<string, unknown>]>([
    ['follows a chain of renames from the oldest version', '0.9.0', { 'b-one-v1': { value: 'yes' } }, { 'b-one': { value: 'yes' } }],
    [
      'applies only the steps after the file’s version',
      '1.1.0',
      { 'b-one-v1': { value: 'yes' }, 'b-one-v2': { value: 'no' } },
      { 'b-one-v1': { value: 'yes' }, 'b-one': { value: 'no' } },
    ],
    [
      'keeps an old answer under its old id rather than overwrite a newer one',
      '0.9.0',
      { 'a-yes-old': { value: 'no' }, 'a-yes': { value: 'yes' } },
      { 'a-yes-old': { value: 'no' }, 'a-yes': { value: 'yes' } },
    ],
    [
      'keeps answers to questions that were not renamed',
      '0.9.0',
      { 'b-two': { value: 'started' }, retired: { value: 'x' } },
      { 'b-two': { value: 'started' }, retired: { value: 'x' } },
    ],
  ])('%s', (_name, version, answers, expected) => {
    expect(answersOf(migrateContentVersion(fileAt(version, answers), '1.2.0', table))).toEqual(expected)
  })

  it('marks the file with the content version it now matches', () => {
    expect(migrateContentVersion(fileAt('0.9.0', {}), '1.2.0', table).contentVersion).toBe('1.2.0')
  })

  it('renames completed themes', () => {
    expect(migrateContentVersion(fileAt('0.9.0', {}, ['alpha-old', 'beta']), '1.2.0', table).completedThemes).toEqual(['alpha', 'beta'])
  })

  it('leaves a file from a newer content version alone', () => {
    const file = fileAt('1.3.0', { 'b-one-v2': { value: 'yes' } })
    expect(migrateContentVersion(file, '1.2.0', table)).toBe(file)
  })

  it('does not apply steps beyond the tool’s own content version', () => {
    expect(answersOf(migrateContentVersion(fileAt('0.9.0', { 'b-one-v1': { value: 'yes' } }), '1.1.0', table))).toEqual({ 'b-one-v2': { value: 'yes' } })
  })

  it('migrates a format 0 file and its content version in one go', () => {
    const old = format0({ contentVersion: '0.9.0', answers: { 'a-yes-old': 'yes' }, notes: {} })
    expect(answersOf(migrateSavedData(old, '1.2.0', table))).toEqual({ 'a-yes': { value: 'yes' } })
  })

  it('lists answers to questions that no longer exist rather than drop them', () => {
    const parsed = parseSavedAssessment(
      JSON.stringify({ ...fileAt('0.1.0', { retired: { value: 'yes' }, 'b-one': { value: 'no' } }), createdAt: '', updatedAt: '' }),
      content,
    )
    expect(parsed.ok && parsed.unknownQuestions).toEqual(['retired'])
    expect(parsed.ok && parsed.file.assessment.answers.retired).toEqual({ value: 'yes' })
    expect(parsed.ok && parsed.file.contentVersion).toBe(current)
  })
})

describe('a saved file from content version 1.0.0, read by the real content (2.0.0)', () => {
  const real = realContent()
  const old = fullyAnswered(real)
  // What a 1.0.0 file held: the same answers, minus the questions 2.0.0 added.
  const added = ['delivery-model-considered', 'delivery-change-procurement', 'delivery-change-staff-pensions', 'delivery-change-duty-control']
  for (const id of added) delete old.assessment.answers[id]
  const file = { ...old, contentVersion: '1.0.0' }
  const parsed = parseSavedAssessment(JSON.stringify(file), real)

  it('is the content version the tool now uses', () => {
    expect(real.framework.contentVersion).toBe('2.0.0')
    expect(parsed.ok && parsed.file.contentVersion).toBe('2.0.0')
  })

  it('keeps every answer and note, with none dropped or listed as unknown', () => {
    expect(parsed.ok && parsed.file.assessment.answers).toEqual(file.assessment.answers)
    expect(parsed.ok && parsed.unknownQuestions).toEqual([])
  })

  it('keeps every answer of any 1.0.0 file', () => {
    fc.assert(
      fc.property(arbitraryAssessment(content), (assessment) => {
        const data = { format: 'library-self-assessment', formatVersion: 1, contentVersion: '1.0.0', assessment, completedThemes: [] }
        const migrated = migrateContentVersion(data, '2.0.0')
        expect((migrated as { assessment: unknown }).assessment).toEqual(assessment)
        expect(migrated.contentVersion).toBe('2.0.0')
      }),
      { numRuns: 50 },
    )
  })
})
