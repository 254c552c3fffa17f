/**
 * Bands, the legal caps and "what the next band needs", scored from hand-built question results
 * so each score is exactly the one the case needs. The fixture bands are Red from 0, Amber from
 * 40 and Green from 75. Issue 10 changed the caps: an essential not met, or a critical risk on
 * the theme's questions, holds the theme at Red; an essential partly met or not known keeps it
 * out of Green.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess/assess'
import type { QuestionResult, RaisedFlag } from '../../../src/engine/core/result'
import { bandFor, scoreTheme } from '../../../src/engine/assess/scoring'
import { assessmentWith, fixtureContent } from '../../support/content'

const bands = fixtureContent().framework.bands

/** A counted, answered question in theme "needs" scoring `points` out of `max`. */
function asked(short: string, points: number, max: number, extra: Partial<QuestionResult> = {}): QuestionResult {
  return {
    id: short.toLowerCase().replace(/\W+/g, '-'),
    themeId: 'needs',
    short,
    visible: true,
    status: 'answered',
    counted: true,
    points,
    max,
    weight: 1,
    essential: false,
    answerText: `${points} of ${max}`,
    ...extra,
  }
}

/** The line an essential's result sits on, as the engine would judge it by points. */
function lineOf(points: number, max: number, status: QuestionResult['status']): QuestionResult['line'] {
  if (status !== 'answered') return { status: 'unknown', reason: 'Not known.' }
  return points >= max
    ? { status: 'met', reason: 'Met.' }
    : points > 0
      ? { status: 'partly-met', reason: 'Partly met.' }
      : { status: 'not-met', reason: 'Not met.' }
}

/** An essential scoring `points` out of 1, with the given status. */
function essential(short: string, points: number, status: QuestionResult['status'] = 'answered', extra: Partial<QuestionResult> = {}): QuestionResult {
  return asked(short, points, 1, {
    essential: true,
    status,
    line: lineOf(points, 1, status),
    answerText: status === 'answered' ? `${points} of 1` : 'Not provided',
    ...extra,
  })
}

const themeWith = (questions: QuestionResult[]) => scoreTheme('needs', 'Assess needs', questions, bands)
const scoring = (score: number) => themeWith([asked('Evidence', score, 100)])

describe('bandFor', () => {
  it.each([
    [0, 'Red'],
    [39, 'Red'],
    [40, 'Amber'],
    [74, 'Amber'],
    [75, 'Green'],
    [100, 'Green'],
  ])('puts a score of %i in %s', (score, rag) => {
    expect(bandFor(score, bands).rag).toBe(rag)
  })
})

describe('scoreTheme', () => {
  it.each([
    [39, 'significant-gaps'],
    [40, 'partly-in-place'],
    [74, 'partly-in-place'],
    [75, 'well-evidenced'],
  ])('gives a theme scoring %i the band %s', (score, band) => {
    const theme = scoring(score)
    expect(theme.score).toBe(score)
    expect(theme.band?.id).toBe(band)
  })

  it('rounds the score to a whole number: 2 of 3 is 67', () => {
    expect(themeWith([asked('Evidence', 2, 3)]).score).toBe(67)
  })

  it('gives a theme with nothing counted no score, no band and a sentence saying why', () => {
    const theme = themeWith([asked('Evidence', 0, 2, { status: 'not-applicable', counted: false })])
    expect(theme).toMatchObject({ score: null, band: null, capped: false, nextLevel: null })
    expect(theme.explanation).toEqual(['No question in this theme counts for your council, so it has no score.'])
  })
})

describe('the statutory-essential caps', () => {
  // The essential weighs 1 and "Strategy" 3, so Strategy in full alone scores 75: Green.
  const strategy = asked('Strategy', 3, 3, { weight: 3 })

  it('holds a theme that reaches Green at Red while its essential is not met', () => {
    const theme = themeWith([essential('Needs assessment', 0), strategy])
    expect(theme.score).toBe(75)
    expect(theme).toMatchObject({ band: { rag: 'Red' }, capped: true })
    expect(theme.capReason).toBe('Held at Red because the statutory essential “Needs assessment” is not met.')
    expect(theme.explanation).toContain(theme.capReason)
  })

  // "Don't know" is never reassurance: an essential not known to be met holds the theme where one
  // not met does, so answering "not in place" can never lower a theme below leaving it blank.
  it.each<[string, QuestionResult]>([
    ['"Don\'t know"', essential('Needs assessment', 0, 'dont-know')],
    ['unanswered', essential('Needs assessment', 0, 'unanswered')],
  ])('holds a theme that reaches Green at Red while its essential is %s', (_status, held) => {
    const theme = themeWith([held, strategy])
    expect(theme.band?.rag).toBe('Red')
    expect(theme.capped).toBe(true)
    expect(theme.capReason).toBe('Held at Red because the statutory essential “Needs assessment” is not known to be met (“Don’t know” or not yet answered).')
  })

  it('holds a theme that reaches Green at Amber while its essential is partly met', () => {
    const theme = themeWith([asked('Needs assessment', 1, 2, { essential: true, line: lineOf(1, 2, 'answered') }), strategy])
    expect(theme.band?.rag).toBe('Amber')
    expect(theme.capped).toBe(true)
  })

  it('names every essential that keeps the theme out of Green', () => {
    const partly = (short: string) => asked(short, 1, 2, { essential: true, line: lineOf(1, 2, 'answered') })
    const theme = themeWith([partly('Needs assessment'), partly('Consultation'), asked('Strategy', 3, 3, { weight: 12 })])
    expect(theme.explanation).toContain(
      'The score reaches Green, but the theme stays at Amber while the statutory essentials “Needs assessment”, “Consultation” are not shown to be met in full.',
    )
  })

  it('tells the council to find out about an essential not known, and what the score alone would give', () => {
    expect(themeWith([essential('Needs assessment', 0, 'dont-know'), strategy]).nextLevel).toBe(
      'To move up from Red, first find out whether “Needs assessment” is met. The score alone would give Green.',
    )
  })

  it('says what lifts a theme held at Red, and what the score alone would give', () => {
    expect(themeWith([essential('Needs assessment', 0), strategy]).nextLevel).toBe(
      'To move up from Red, first meet “Needs assessment”. The score alone would give Green.',
    )
  })

  it.each<[string, QuestionResult]>([
    ['met', essential('Needs assessment', 1)],
    ['hidden', essential('Needs assessment', 0, 'unanswered', { visible: false, counted: false, line: undefined })],
  ])('lets a theme reach Green when its essential is %s', (_status, ok) => {
    const theme = themeWith([ok, strategy])
    expect(theme.band?.rag).toBe('Green')
    expect(theme.capped).toBe(false)
  })

  it('does not mark a theme as capped when its score is Red anyway', () => {
    const theme = themeWith([essential('Needs assessment', 0), asked('Strategy', 1, 3, { weight: 3 })])
    expect(theme.band?.rag).toBe('Red')
    expect(theme.capped).toBe(false)
    expect(theme.explanation.join(' ')).not.toContain('statutory essential')
  })

  it('holds a theme at Red when a critical risk is raised on one of its questions', () => {
    const critical: RaisedFlag = {
      id: 'f',
      severity: 'critical',
      title: 'A critical risk',
      why: '',
      action: '',
      because: '',
      references: [],
      lessons: [],
      legal: true,
      questionIds: ['strategy'],
    }
    const theme = scoreTheme('needs', 'Assess needs', [strategy], bands, [critical])
    expect(theme).toMatchObject({ score: 100, band: { rag: 'Red' }, capped: true })
    expect(theme.capReason).toContain('a critical risk is raised: “A critical risk”')
    const elsewhere = scoreTheme('needs', 'Assess needs', [strategy], bands, [{ ...critical, questionIds: ['other'] }])
    expect(elsewhere.band?.rag).toBe('Green')
  })

  it('holds a theme from the fixture content at Red through assess() while its essential is "Don\'t know"', () => {
    // With the essential weighing 1: (0 + 2/2 + 3/3 + 2/2) ÷ 4 = 75.
    const content = fixtureContent()
    content.themes[0]!.questions[0]!.weight = 1
    const alpha = assess(content, assessmentWith({ 'a-essential': 'dont-know', 'a-yes': 'yes', 'a-multi': ['two', 'three'], 'a-hours': 40 })).themes[0]!
    expect(alpha).toMatchObject({ score: 75, band: { rag: 'Red' }, capped: true })
    expect(alpha.explanation.join(' ')).toContain('“Alpha essential”')
  })
})

describe('nextLevel', () => {
  it.each([
    [73, 'To reach Green (Well evidenced, 75 or more), improve the answers that hold it back most: “Evidence” (now “73 of 100”).'],
    [39, 'To reach Amber (Partly in place, 40 or more), improve the answers that hold it back most: “Evidence” (now “39 of 100”).'],
    [0, 'To reach Amber (Partly in place, 40 or more), improve the answers that hold it back most: “Evidence” (now “0 of 100”).'],
  ])('for a score of %i says: %s', (score, text) => {
    expect(scoring(score).nextLevel).toContain(text)
    // Never score advice (issue 16): no "raise the score by N points".
    expect(scoring(score).nextLevel).not.toMatch(/raise the score|points?\./)
  })

  it('is null at the top band', () => {
    expect(scoring(100).nextLevel).toBeNull()
  })

  it('names just enough of the biggest losses to close the gap', () => {
    // Five questions at 1 of 2: score 50, each has lost 10; 25 points are needed, so three.
    const theme = themeWith(['One', 'Two', 'Three', 'Four', 'Five'].map((short) => asked(short, 1, 2)))
    expect(theme.nextLevel).toBe(
      'To reach Green (Well evidenced, 75 or more), improve the answers that hold it back most: “One” (now “1 of 2”), “Two” (now “1 of 2”), “Three” (now “1 of 2”).',
    )
  })

  it('adds the essential not met in full when the next band is the top one', () => {
    const theme = themeWith([asked('Needs assessment', 1, 2, { essential: true, line: lineOf(1, 2, 'answered') }), asked('Strategy', 2, 3, { weight: 3 })])
    expect(theme.score).toBe(63)
    expect(theme.nextLevel).toContain('Every statutory essential must also be met in full: “Needs assessment”.')
  })

  it('does not mention essentials when the next band is not the top one', () => {
    const theme = themeWith([essential('Needs assessment', 0, 'dont-know'), asked('Strategy', 1, 3, { weight: 3 })])
    expect(theme.nextLevel).not.toContain('essential')
  })
})
