import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../../src/engine/files/limits'
import { parseSavedAssessment, serialiseSavedAssessment } from '../../../src/engine/files/saved-file'
import { readRespondentFile, respondentName, tooLargeMessage, withinSizeLimit } from '../../../src/engine/workshop/respondent-files'
import { fixtureContent } from '../../support/content'
import { saved } from '../../support/workshop'

const content = fixtureContent()
const good = saved(content, { 'b-one': 'yes' })
const text = serialiseSavedAssessment(good)

describe('readRespondentFile', () => {
  it('accepts a valid file with no warnings', () => {
    expect(readRespondentFile('ann.json', text, content)).toEqual({ ok: true, file: good, warnings: [], unknownQuestions: [] })
  })

  it.each([
    ['not JSON', 'hello', 'bad.json: The file is not a saved assessment: it is not in the JSON format this tool saves.'],
    ['another kind of JSON', '{"name":"x"}', 'bad.json: The file is not a saved assessment from this tool.'],
    [
      'a newer format',
      JSON.stringify({ ...good, formatVersion: 7 }),
      'bad.json: The file was saved by a newer version of this tool (file format 7). Use the latest version of the tool to open it.',
    ],
    ['the wrong shape', JSON.stringify({ ...good, assessment: { answers: [] } }), null],
    ['too large', 'x'.repeat(MAX_FILE_BYTES + 1), tooLargeMessage('bad.json')],
  ])('refuses a file that is %s, naming it', (_name, body, message) => {
    // null: the saved-file reader's own message, with the file's name in front.
    const reader = parseSavedAssessment(body, content)
    const expected = message ?? `bad.json: ${reader.ok ? '' : reader.message}`
    expect(readRespondentFile('bad.json', body, content)).toEqual({ ok: false, message: expected })
  })

  it('refuses an exact copy of a file already added', () => {
    expect(readRespondentFile('copy.json', text, content, [{ name: 'ann.json', file: good }])).toEqual({
      ok: false,
      message: 'copy.json has exactly the same answers as ann.json, which is already added, so it was not added again.',
    })
  })

  it('accepts a file with answers to unknown questions, keeps them and warns', () => {
    const odd = saved(content, { 'b-one': 'yes', retired: 'no' })
    const read = readRespondentFile('odd.json', serialiseSavedAssessment(odd), content)
    expect(read.ok && read.unknownQuestions).toEqual(['retired'])
    expect(read.ok && read.file.assessment.answers.retired).toEqual({ value: 'no' })
    expect(read.ok && read.warnings).toEqual([
      'odd.json has answers to 1 question this version of the tool does not ask (retired). They are kept in the file but not counted.',
    ])
  })

  it('warns about answers that are not one of the question’s options', () => {
    const read = readRespondentFile('odd.json', serialiseSavedAssessment(saved(content, { 'b-one': 'maybe', 'b-two': 'nearly' })), content)
    expect(read.ok && read.warnings).toEqual(['odd.json has 2 answers that are not one of the question’s options (b-one, b-two). They count as not answered.'])
  })

  it('warns about local priorities the tool does not have', () => {
    const read = readRespondentFile('odd.json', serialiseSavedAssessment(saved(content, {}, { priorities: ['gone'] })), content)
    expect(read.ok && read.warnings).toEqual(['odd.json chose a local priority this version of the tool does not have (gone).'])
  })
})

describe('withinSizeLimit', () => {
  it.each([
    [0, true],
    [MAX_FILE_BYTES, true],
    [MAX_FILE_BYTES + 1, false],
  ])('of %s bytes is %s', (bytes, expected) => {
    expect(withinSizeLimit(bytes)).toBe(expected)
  })
})

describe('respondentName', () => {
  it.each([
    [{ 'respondent-name': ' Ann Jones ' }, 'Ann Jones'],
    [{ 'respondent-name': '' }, 'file.json'],
    [{}, 'file.json'],
  ])('of a profile %j is %s', (profile, expected) => {
    expect(respondentName(saved(content, {}, { profile }), 'file.json')).toBe(expected)
  })
})
