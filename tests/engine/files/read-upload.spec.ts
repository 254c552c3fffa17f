/** The Upload page's reader: says what a person needs to know before relying on the answers (review D5). */
import { describe, expect, it } from 'vitest'
import { readUpload } from '../../../src/engine/files/read-upload'
import { newSavedAssessment, serialiseSavedAssessment } from '../../../src/engine/files/saved-file'
import { fixtureContent } from '../../support/content'

const content = fixtureContent()
const bytes = (text: string) => new TextEncoder().encode(text)

function fileWith(answers: Record<string, unknown>, priorities: string[] = []) {
  const file = newSavedAssessment(content, '2026-12-01T09:00:00.000Z')
  return serialiseSavedAssessment({ ...file, assessment: { profile: { 'council-name': 'Ynys Môn' }, priorities, answers: answers as never } })
}

describe('readUpload', () => {
  it('lists answers that are not valid for their question, by name (they count as not answered)', () => {
    const result = readUpload('fuzz.json', bytes(fileWith({ 'a-yes': { value: -1e308 }, 'a-essential': { value: [] }, 'b-one': { value: 'yes' } })), content)
    expect(result).toMatchObject({ ok: true, invalidAnswers: ['Alpha essential', 'Alpha yes'] })
  })

  it('lists priorities this version does not have', () => {
    expect(readUpload('old.json', bytes(fileWith({}, ['health', 'retired'])), content)).toMatchObject({ ok: true, unknownPriorities: ['retired'] })
  })

  it('says when some bytes were not UTF-8', () => {
    const good = bytes(fileWith({}))
    const at = new TextDecoder().decode(good).indexOf('ô')
    const bad = new Uint8Array([...bytes(new TextDecoder().decode(good).slice(0, at)), 0xf4, ...bytes(new TextDecoder().decode(good).slice(at + 1))])
    const result = readUpload('latin1.json', bad, content)
    expect(result).toMatchObject({ ok: true, badBytes: true })
    expect(result.ok && result.file.assessment.profile['council-name']).toBe('Ynys M\uFFFDn')
    expect(readUpload('utf8.json', good, content)).toMatchObject({ ok: true, badBytes: false })
  })

  it('names the file in at most 60 characters when refusing it', () => {
    const result = readUpload(`${'n'.repeat(300)}.json`, bytes('{ broken'), content)
    expect(result.ok === false && result.message).toBe(`${'n'.repeat(59)}…: The file is not a saved assessment: it is not in the JSON format this tool saves.`)
  })

  it('uploads what can be read and says what was left out', () => {
    const text = fileWith({ 'b-one': { value: 'yes' }, 'a-yes': { value: 'partly', note: 'x'.repeat(20_001) } })
    expect(readUpload('long.json', bytes(text), content)).toMatchObject({
      ok: true,
      setAside: ['Your note on “Alpha yes” is longer than 20,000 characters.'],
      file: { assessment: { answers: { 'b-one': { value: 'yes' }, 'a-yes': { value: 'partly' } } } },
    })
  })
})
