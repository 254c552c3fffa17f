import { describe, expect, it } from 'vitest'
import { realContent } from '../../support/content'
import { characterCountMessage, fits, MAX_ACTION_ROWS, MAX_FILE_BYTES, TEXT_LIMITS } from '../../../src/engine/files/limits'

describe('limits', () => {
  it('says how many characters are left, or how many too many, as GOV.UK does', () => {
    expect(characterCountMessage(0, 200)).toBe('You have 200 characters remaining')
    expect(characterCountMessage(199, 200)).toBe('You have 1 character remaining')
    expect(characterCountMessage(200, 200)).toBe('You have 0 characters remaining')
    expect(characterCountMessage(201, 200)).toBe('You have 1 character too many')
    expect(characterCountMessage(25_000, 20_000)).toBe('You have 5,000 characters too many')
  })

  it('counts as the browser does: an emoji is 2', () => {
    expect(fits('📚'.repeat(100), 200)).toBe(true)
    expect(fits('📚'.repeat(101), 200)).toBe(false)
  })

  it('lets a target date say more than 40 characters (the review typed 56)', () => {
    expect(fits('By the end of the 2027/28 financial year, after cabinet', TEXT_LIMITS.targetDate)).toBe(true)
  })

  it('reads back anything the tool can write: every field of the real content at its limit, in 3-byte characters, fits the file limit', () => {
    const questions = realContent().themes.flatMap((t) => t.questions)
    const text = questions.filter((q) => q.kind === 'text').length
    const perAction = TEXT_LIMITS.action + TEXT_LIMITS.lead + TEXT_LIMITS.targetDate + TEXT_LIMITS.measure
    const characters = questions.length * TEXT_LIMITS.note + text * TEXT_LIMITS.textAnswer + MAX_ACTION_ROWS * perAction
    // 3 bytes is the most one UTF-16 unit takes in UTF-8; leave a tenth for the JSON around the text.
    expect(characters * 3 * 1.1).toBeLessThan(MAX_FILE_BYTES)
  })
})
