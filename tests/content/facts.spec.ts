/**
 * The figure rule: every figure in the text of a case study, flag, governance model,
 * smarter-services approach or report paragraph is declared in the entry's `facts` with the
 * source it comes from. An undeclared figure fails the build with a sentence naming the file,
 * the entry and the figure.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentPlugin } from '../../build/content-plugin.ts'
import { loadContent, readRawContent } from '../../build/read-content.ts'
import { ContentError } from '../../src/content/content-error'
import { validateContent, validateContentWithWarnings, type RawContent } from '../../src/content/validate-content'
import { factRulePending } from '../../src/content/validate/check-facts'
import { figuresIn } from '../../src/content/validate/figures'
import { FIXTURE_DIR, REAL_DIR } from '../support/content'
import { brokenBy, contentErrorFrom, rawFixture, type Yaml } from './checker'

const studies = (raw: RawContent) => (raw.caseStudies[0]!.data as { caseStudies: Yaml[] }).caseStudies
const flags = (raw: RawContent) => (raw.rules[0]!.data as { flags: Yaml[] }).flags
const paragraphs = (raw: RawContent) => (raw.report.data as { legalContext: Yaml[] }).legalContext
const models = (raw: RawContent) => (raw.governanceModels.data as { models: Yaml[] }).models

/** The problems when `breakIt` is applied to the fixture and no file is exempt from the rule. */
const problemsAfter = (breakIt: (raw: RawContent) => void) => brokenBy(breakIt, [])

describe('what counts as a figure', () => {
  it.each([
    [
      'counts, amounts and percentages',
      'It closed 11 of its 24 libraries, saved £59.3 million and 89% agreed; 1,357 volunteered.',
      ['11', '24', '59.3', '89', '1,357'],
    ],
    ['a figure once, however often it appears', 'From 6 to 2 mobiles, then 6 again.', ['6', '2']],
    ['the amount in £5m and £300,000', 'Round 1 gave £5m; York cut £300,000.', ['1', '5', '300,000']],
    ['a figure at the end of a sentence', 'It has 45 libraries.', ['45']],
    ['a figure after a possessive, which is not a section', "Hampshire's 12-month pilot.", ['12']],
  ])('finds %s', (_, text, figures) => {
    expect(figuresIn(text)).toEqual(figures)
  })

  it.each([
    ['years and year ranges', 'The 1964 Act, the Equality Act 2010, in 2011 to 2012, in 2022/23 and 2011–12.'],
    ['the day in a date', 'On 30 November 2009 and 3 April.'],
    ['statute and section numbers', 'Section 7, s7(1), s7(2)(b), sections 16 and 17, section 149, a s114 notice, regulation 3.'],
    ['digits that are part of a name', 'During COVID-19 the E2 record said so.'],
    ['times of day', 'Open from 8:30am to 10pm, or 09:00 to 17:00.'],
  ])('does not count %s', (_, text) => {
    expect(figuresIn(text)).toEqual([])
  })
})

describe('the figure rule', () => {
  it('accepts the fixture, whose figures are declared', () => {
    expect(validateContentWithWarnings(rawFixture(), []).warnings).toEqual([])
  })

  it('fails on an undeclared figure in a case study, naming the file, the entry and the figure', () => {
    const error = problemsAfter((raw) => (studies(raw)[0]!.summary = 'A health study: 802 people responded.'))
    expect(error.problems).toEqual([
      {
        file: 'case-studies.yaml',
        path: 'caseStudies[0].summary',
        message:
          'the figure "802" in case study "study-health" has no declared source: add it to the entry\'s facts with the source it comes from, or take it out',
      },
    ])
    expect(error.message).toContain('- case-studies.yaml at caseStudies[0].summary: the figure "802" in case study "study-health" has no declared source')
  })

  it('checks flags, models and report paragraphs too', () => {
    const error = problemsAfter((raw) => {
      flags(raw)[0]!.why = 'Courts quashed 10 of 52.'
      models(raw)[0]!.summary = 'Used by 8 councils.'
      paragraphs(raw)[0]!.text = 'Inquiries are rare: 2 in 60 years.'
    })
    expect(error.problems.map((p) => [p.file, p.path, figureOf(p.message)])).toEqual([
      ['rules/rules.yaml', 'flags[0].why', '10'],
      ['rules/rules.yaml', 'flags[0].why', '52'],
      ['governance-models.yaml', 'models[0].summary', '8'],
      ['report.yaml', 'legalContext[0].text', '2'],
      ['report.yaml', 'legalContext[0].text', '60'],
    ])
  })

  it("accepts a figure declared with one of the entry's own references", () => {
    const raw = rawFixture()
    flags(raw)[0]!.why = 'Courts quashed 10 of 52.'
    flags(raw)[0]!.facts = [
      { value: 10, ref: (flags(raw)[0]!.refs as string[])[0] },
      { value: '52', ref: (flags(raw)[0]!.refs as string[])[0] },
    ]
    expect(() => validateContent(raw, [])).not.toThrow()
  })

  it('rejects a declaration that cites a source the entry does not list', () => {
    const error = problemsAfter((raw) => {
      const study = studies(raw)[1]!
      study.facts = [
        { value: '12', source: 'https://example.org/elsewhere' },
        { value: '3', source: 'https://example.org/alpha' },
      ]
    })
    expect(error.problems).toEqual([
      {
        file: 'case-studies.yaml',
        path: 'caseStudies[1].facts[0].source',
        message: '"https://example.org/elsewhere" is not one of the sources of case study "study-alpha": a figure must come from a source the entry lists',
      },
    ])
  })

  it('rejects a declared figure that is no longer in the text', () => {
    const error = problemsAfter((raw) => (studies(raw)[1]!.summary = 'An alpha study of 12 libraries.'))
    expect(error.problems).toEqual([
      { file: 'case-studies.yaml', path: 'caseStudies[1].facts[1].value', message: '"3" is declared in case study "study-alpha" but is not in its text' },
    ])
  })

  it('rejects a declared value that is not a figure as written', () => {
    const error = problemsAfter((raw) => ((studies(raw)[1]!.facts as Yaml[])[0]!.value = '£12'))
    expect(error.problems[0]).toMatchObject({ file: 'case-studies.yaml', path: 'caseStudies[1].facts[0].value' })
    expect(error.problems[0]!.message).toContain('must be a figure as written in the text')
  })

  it("lets a fit reason repeat its own condition's threshold, but no other figure", () => {
    const error = problemsAfter((raw) => {
      const fit = (models(raw)[0]!.fit as Yaml[])[0]!
      fit.when = { theme: 'alpha', below: 40 }
      fit.reason = 'Your alpha score is below 40, and 7 councils did this.'
    })
    expect(error.problems.map((p) => [p.path, figureOf(p.message)])).toEqual([['models[0].fit[0].reason', '7']])
  })

  it('lists problems in files still being brought up to the rule as warnings, not errors', () => {
    const raw = rawFixture()
    flags(raw)[0]!.why = 'Courts quashed 10 of 52.'
    const { warnings } = validateContentWithWarnings(raw, ['rules/'])
    expect(warnings.map((w) => [w.file, w.path, figureOf(w.message)])).toEqual([
      ['rules/rules.yaml', 'flags[0].why', '10'],
      ['rules/rules.yaml', 'flags[0].why', '52'],
    ])
    expect(() => validateContent(raw, [])).toThrow(ContentError)
  })
})

function figureOf(message: string): string | undefined {
  return /the figure "([^"]+)"/.exec(message)?.[1]
}

describe('the figure rule on disk and in the build', () => {
  const dir = resolve(FIXTURE_DIR, '..', 'broken-undeclared-figure')
  const problem = (figure: string) => ({
    file: 'report.yaml',
    path: 'legalContext[0].text',
    message: `the figure "${figure}" in report paragraph "The duty" has no declared source: add it to the entry's facts with the source it comes from, or take it out`,
  })

  it('stops loadContent with the file, the entry and each figure', () => {
    const error = contentErrorFrom(() => loadContent(dir))
    expect(error.problems).toEqual([problem('2'), problem('45')])
  })

  it('stops the build: the content plugin throws the same sentences', () => {
    const plugin = contentPlugin(dir)
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => unknown
    const error = contentErrorFrom(() => load.call({ addWatchFile: () => undefined }, '\0virtual:content'))
    expect(error.message).toContain('- report.yaml at legalContext[0].text: the figure "2" in report paragraph "The duty" has no declared source')
  })
})

describe('the figure rule in the real content', () => {
  const raw = readRawContent(REAL_DIR).raw
  const files = [
    raw.framework,
    raw.profile,
    raw.priorities,
    ...raw.themes,
    ...raw.rules,
    ...raw.references,
    ...raw.caseStudies,
    raw.governanceModels,
    raw.smarterServices,
    raw.report,
  ].map((f) => f.file)
  /** Every figure-rule problem in the real content, as warnings, so none stops the check. */
  const all = () => validateContentWithWarnings(raw, files).warnings

  it.each(['case-studies', 'smarter-services.yaml', 'report.yaml'])('declares every figure in %s', (file) => {
    expect(all().filter((w) => w.file.startsWith(file))).toEqual([])
  })

  it('leaves problems only in the files still being brought up to the rule', () => {
    for (const w of all()) expect(factRulePending(w.file), `${w.file} at ${w.path}: ${w.message}`).toBe(true)
  })
})
