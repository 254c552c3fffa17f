/**
 * One situation per option (issue 16 item 3). On a single-choice question a council picks the one
 * option that describes it, so an option must describe one situation. "Data is not analysed, or the
 * assessment is over 3 years old" is two situations in one option; so are "No, or not sure" and
 * "Yes, but ...". Checkbox options are not checked: ticking one means any of the things it names.
 */
import { describe, expect, it } from 'vitest'
import { realContent } from '../support/content'
import { optionsOf } from '@/engine/core/question-model'
import type { Content } from '@/content/schema'

/**
 * Option texts that use "or" for one situation, each with the reason it is one situation. Keep this
 * list short: reword an option rather than add it here.
 */
export const ONE_SITUATION: Record<string, string> = {
  // None today: every option that used "or" has been reworded (issue 16). An entry looks like
  // 'Text of the option.': 'Why it is one situation.'
}

/** Why an option text reads as more than one situation, or null when it reads as one. */
export function bundled(text: string): string | null {
  if (ONE_SITUATION[text]) return null
  if (/^(yes|no|partly)\b,? (but|or)\b/i.test(text)) return 'a yes or no qualified in the same option'
  if (/\bnot sure\b/i.test(text) && !/^not sure\.?$/i.test(text.trim())) return '"not sure" joined to an answer'
  if (/\bor\b/i.test(text)) return 'two situations joined by "or"'
  if (/\band\/or\b|\w\/\w/.test(text)) return 'two situations joined by a slash'
  return null
}

/** Every single-choice option text in the content: scale and yes / partly / no labels, and profile choices. */
export function singleChoiceTexts(content: Content): { where: string; text: string }[] {
  const questions = content.themes
    .flatMap((t) => t.questions)
    .filter((q) => q.kind === 'scale' || q.kind === 'yes-partly-no')
    .flatMap((q) => optionsOf(q, content.framework).map((o) => ({ where: `${q.id} ${o.value}`, text: o.label })))
  const profile = content.profile.flatMap((f) => (f.kind === 'choice' ? f.options.map((o) => ({ where: `profile ${f.id} ${o.value}`, text: o.label })) : []))
  return [...questions, ...profile]
}

describe('one situation per option', () => {
  it('finds a bundled option', () => {
    expect(bundled('Data is not analysed or written up, or the assessment is over 3 years old.')).not.toBeNull()
    expect(bundled('No, or not sure')).not.toBeNull()
    expect(bundled('Yes, but only for some libraries')).not.toBeNull()
    expect(bundled('Volunteers add to paid staff, or run some libraries with support.')).not.toBeNull()
    expect(bundled('Staff and/or volunteers help.')).not.toBeNull()
    expect(bundled('There is some evidence, but no written assessment from the last 3 years.')).toBeNull()
  })

  it('every single-choice option describes one situation', () => {
    const found = singleChoiceTexts(realContent())
      .map(({ where, text }) => ({ where, text, why: bundled(text) }))
      .filter((o) => o.why)
      .map((o) => `${o.where}: "${o.text}" (${o.why})`)
    expect(found).toEqual([])
  })

  it('lists only texts the content still uses', () => {
    const texts = new Set(singleChoiceTexts(realContent()).map((o) => o.text))
    expect(Object.keys(ONE_SITUATION).filter((t) => !texts.has(t))).toEqual([])
  })
})
