/**
 * The content checker: an author who makes a mistake in questions/ reads one sentence naming
 * the file, the place in the file and the problem, never a stack trace.
 *
 * Most mistakes are made in memory on a copy of the fixture content (tests/fixtures/content);
 * mistakes that are about files on disk use the folders tests/fixtures/broken-*.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../build/read-content.ts'
import { ContentError, type ContentProblem } from '../../src/content/content-error'
import type { Condition } from '../../src/content/schema'
import { validateContent, type RawContent } from '../../src/content/validate-content'
import { FIXTURE_DIR } from '../support/content'
import { brokenBy, contentErrorFrom, rawFixture, type Yaml } from './checker'

type YamlWithList<K extends string> = Record<K, Yaml[]>

const alpha = (raw: RawContent) => raw.themes[0]!.data as YamlWithList<'questions'>
const beta = (raw: RawContent) => raw.themes[1]!.data as YamlWithList<'questions'>
const rules = (raw: RawContent) => raw.rules[0]!.data as YamlWithList<'flags'>
const caseStudies = (raw: RawContent) => raw.caseStudies[0]!.data as YamlWithList<'caseStudies'>

function expectOneSentence(error: ContentError, problem: ContentProblem) {
  expect(error.name).toBe('ContentError')
  expect(error.problems).toEqual([problem])
  const where = problem.path ? `${problem.file} at ${problem.path}` : problem.file
  expect(error.message).toBe(`The content in questions/ has 1 problem:\n- ${where}: ${problem.message}`)
}

interface Mistake extends ContentProblem {
  mistake: string
  breakIt: (raw: RawContent) => void
}

const mistakes: Mistake[] = [
  {
    mistake: 'an unknown question id in a showWhen',
    breakIt: (raw) => (beta(raw).questions[0]!.showWhen = { answer: 'a-esential', equals: 'reviewed' }),
    file: 'themes/02-beta.yaml',
    path: 'questions[0].showWhen.answer',
    message: 'unknown question id "a-esential"',
  },
  {
    mistake: 'an unknown reference id in the report wording',
    breakIt: (raw) => ((raw.report.data as YamlWithList<'legalContext'>).legalContext[0]!.refs = ['ref-akt']),
    file: 'report.yaml',
    path: 'legalContext[0].refs[0]',
    message: 'unknown reference id "ref-akt"',
  },
  {
    mistake: 'an unknown question id in a flag',
    breakIt: (raw) => (rules(raw).flags[2]!.when = { answer: 'a-hour', atMost: 9 }),
    file: 'rules/rules.yaml',
    path: 'flags[2].when.answer',
    message: 'unknown question id "a-hour"',
  },
  {
    mistake: 'an unknown reference id',
    breakIt: (raw) => (alpha(raw).questions[0]!.refs = ['ref-akt']),
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].refs[0]',
    message: 'unknown reference id "ref-akt"',
  },
  {
    mistake: 'a case study with an empty list of sources',
    breakIt: (raw) => (caseStudies(raw).caseStudies[0]!.sources = []),
    file: 'case-studies.yaml',
    path: 'caseStudies[0].sources',
    message: 'every case study needs at least one source URL',
  },
  {
    mistake: 'a case study with no sources at all',
    breakIt: (raw) => delete caseStudies(raw).caseStudies[0]!.sources,
    file: 'case-studies.yaml',
    path: 'caseStudies[0].sources',
    message: 'is required but missing',
  },
  {
    mistake: 'a case study source that is not a web address',
    breakIt: (raw) => (caseStudies(raw).caseStudies[0]!.sources = ['www.example.org/health']),
    file: 'case-studies.yaml',
    path: 'caseStudies[0].sources[0]',
    message: 'is not a web address (it must start with https:// or http://)',
  },
  {
    mistake: 'an unknown scale',
    breakIt: (raw) => (alpha(raw).questions[0]!.scale = 'maturty'),
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].scale',
    message: 'unknown scale id "maturty"',
  },
  {
    mistake: 'scale labels missing a value',
    breakIt: (raw) => delete (alpha(raw).questions[0]!.labels as Yaml).reviewed,
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].labels',
    message: 'needs a label for "reviewed"',
  },
  {
    mistake: 'a scale label for a value the scale does not have',
    breakIt: (raw) => ((alpha(raw).questions[0]!.labels as Yaml).embedded = 'Everywhere'),
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].labels.embedded',
    message: 'scale "maturity" has no value "embedded"',
  },
  {
    mistake: 'a condition with a value the question cannot have',
    breakIt: (raw) => (rules(raw).flags[2]!.when = { answer: 'a-yes', equals: 'maybe' } satisfies Condition),
    file: 'rules/rules.yaml',
    path: 'flags[2].when',
    message: 'question "a-yes" (yes-partly-no) cannot have the answer "maybe"; it can be yes, partly, no, dont-know, not-applicable',
  },
  {
    mistake: 'a profile condition with a value the field cannot have',
    breakIt: (raw) => (alpha(raw).questions[4]!.showWhen = { profile: 'changes-planned', in: ['reductions', 'cuts'] }),
    file: 'themes/01-alpha.yaml',
    path: 'questions[4].showWhen',
    message: 'profile field "changes-planned" has no option "cuts" (it has reductions, other-changes, none, not-sure)',
  },
  {
    mistake: 'atMost on a text question',
    breakIt: (raw) => (rules(raw).flags[2]!.when = { answer: 'a-text', atMost: 1 }),
    file: 'rules/rules.yaml',
    path: 'flags[2].when',
    message: 'question "a-text" takes free text, so it has no points to compare; use "answered"',
  },
  {
    mistake: 'a theme leaf in a showWhen',
    breakIt: (raw) => (beta(raw).questions[0]!.showWhen = { theme: 'alpha', below: 40 }),
    file: 'themes/02-beta.yaml',
    path: 'questions[0].showWhen.theme',
    message: 'a showWhen cannot depend on a theme score',
  },
  {
    mistake: 'a showWhen referring to a later question',
    breakIt: (raw) => (alpha(raw).questions[1]!.showWhen = { answer: 'b-one', equals: 'yes' }),
    file: 'themes/01-alpha.yaml',
    path: 'questions[1].showWhen.answer',
    message: 'a showWhen can only refer to questions earlier in the assessment, and "b-one" is not earlier',
  },
  {
    mistake: 'a showWhen referring to its own question',
    breakIt: (raw) => (alpha(raw).questions[1]!.showWhen = { not: { answer: 'a-yes', answered: true } }),
    file: 'themes/01-alpha.yaml',
    path: 'questions[1].showWhen.not.answer',
    message: 'a showWhen can only refer to questions earlier in the assessment, and "a-yes" is not earlier',
  },
  {
    mistake: 'an essential that offers "Not applicable"',
    breakIt: (raw) => (alpha(raw).questions[0]!.notApplicable = true),
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].notApplicable',
    message: 'a statutory essential cannot offer "Not applicable"',
  },
  {
    mistake: 'a misspelt key (the schema is strict)',
    breakIt: (raw) => {
      const question = alpha(raw).questions[4]!
      question.shwoWhen = question.showWhen
      delete question.showWhen
    },
    file: 'themes/01-alpha.yaml',
    path: 'questions[4]',
    message: 'has an unknown key "shwoWhen": check the spelling against questions/README.md',
  },
  {
    mistake: 'a condition in a shape the checker does not know',
    breakIt: (raw) => (alpha(raw).questions[4]!.showWhen = { profile: 'changes-planned', equal: 'reductions' }),
    file: 'themes/01-alpha.yaml',
    path: 'questions[4].showWhen',
    message: 'is not a condition the checker understands: see "Conditions" in questions/README.md',
  },
  {
    mistake: 'an essential that cannot score',
    breakIt: (raw) => (alpha(raw).questions[5]!.essential = true),
    file: 'themes/01-alpha.yaml',
    path: 'questions[5].essential',
    message: 'a statutory essential must be a scored question',
  },
  {
    mistake: 'lines on a question that is not a statutory essential',
    breakIt: (raw) => (alpha(raw).questions[1]!.lines = [{ status: 'met', values: ['yes'], reason: 'Why.' }]),
    file: 'themes/01-alpha.yaml',
    path: 'questions[1].lines',
    message: 'only a statutory essential (essential: true) can have lines',
  },
  {
    mistake: 'a line naming an answer the essential does not offer',
    breakIt: (raw) => (alpha(raw).questions[0]!.lines = [{ status: 'met', values: ['revewed'], reason: 'Why.' }]),
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].lines[0].values[0]',
    message: 'question "a-essential" cannot have the answer "revewed"; it can be not-in-place, started, in-place, reviewed, dont-know',
  },
  {
    mistake: 'a points threshold on a line of a scale question',
    breakIt: (raw) => (alpha(raw).questions[0]!.lines = [{ status: 'met', atLeastPoints: 2, reason: 'Why.' }]),
    file: 'themes/01-alpha.yaml',
    path: 'questions[0].lines[0].atLeastPoints',
    message: '"atLeastPoints" is only for multiple-choice and number questions: use "values"',
  },
  {
    mistake: 'a lesson that names no flag',
    breakIt: (raw) => ((caseStudies(raw).caseStudies[2]!.tags as Yaml).flags = []),
    file: 'case-studies.yaml',
    path: 'caseStudies[2].tags.flags',
    message: 'a lesson needs at least one flag, or it can never be recommended',
  },
]

describe('validateContent', () => {
  it('accepts the fixture content', () => {
    expect(validateContent(rawFixture()).themes.map((t) => t.id)).toEqual(['alpha', 'beta'])
  })

  it.each(mistakes)('names the file, the place and the problem for $mistake', ({ breakIt, file, path, message }) => {
    expectOneSentence(brokenBy(breakIt), { file, path, message })
  })

  it('lists every problem when there are several', () => {
    const error = brokenBy((raw) => {
      alpha(raw).questions[0]!.refs = ['ref-akt']
      alpha(raw).questions[0]!.scale = 'maturty'
      rules(raw).flags[2]!.when = { answer: 'a-text', atMost: 1 }
    })
    expect(error.problems).toEqual([
      { file: 'themes/01-alpha.yaml', path: 'questions[0].refs[0]', message: 'unknown reference id "ref-akt"' },
      { file: 'themes/01-alpha.yaml', path: 'questions[0].scale', message: 'unknown scale id "maturty"' },
      { file: 'rules/rules.yaml', path: 'flags[2].when', message: 'question "a-text" takes free text, so it has no points to compare; use "answered"' },
    ])
    expect(error.message).toMatch(
      /^The content in questions\/ has 3 problems:\n- themes\/01-alpha\.yaml at questions\[0\]\.refs\[0\]: unknown reference id "ref-akt"\n/,
    )
  })

  it("reports a mistake in one file once, not again as unknown ids wherever that file's ids are used", () => {
    // Theme alpha no longer passes its schema, but its id and question ids are used by the
    // framework, a rule, a case study and a governance model.
    const error = brokenBy((raw) => (alpha(raw).questions[1]!.kind = 'yes-no'))
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]).toMatchObject({ file: 'themes/01-alpha.yaml', path: 'questions[1].kind' })
  })

  it('still reports a mistake in another file alongside a file that fails its schema', () => {
    const error = brokenBy((raw) => {
      alpha(raw).questions[1]!.kind = 'yes-no'
      rules(raw).flags[2]!.when = { answer: 'b-ones', answered: true }
    })
    expect(error.problems.map((p) => [p.file, p.path])).toEqual([
      ['themes/01-alpha.yaml', 'questions[1].kind'],
      ['rules/rules.yaml', 'flags[2].when.answer'],
    ])
  })
})

describe('loadContent', () => {
  const broken = (name: string) => contentErrorFrom(() => loadContent(resolve(FIXTURE_DIR, '..', name)))

  it('reads and accepts the fixture folder', () => {
    expect(loadContent(FIXTURE_DIR).framework.contentVersion).toBe('1.0.0')
  })

  it('names both files when a question id is used in two theme files', () => {
    expectOneSentence(broken('broken-duplicate-question'), {
      file: 'themes/02-beta.yaml',
      path: 'questions[0].id',
      message: 'question id "a-yes" is used twice (first in themes/01-alpha.yaml)',
    })
  })

  it('reports invalid YAML with its file and line', () => {
    const error = broken('broken-yaml-syntax')
    expect(error.name).toBe('ContentError')
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]).toMatchObject({ file: 'themes/02-beta.yaml', path: 'line 11' })
    expect(error.problems[0]?.message).toMatch(/^is not valid YAML: /)
    expect(error.message).toContain('- themes/02-beta.yaml at line 11: is not valid YAML')
  })

  it('reports a missing file by name, and nothing else about it', () => {
    expectOneSentence(broken('broken-missing-file'), { file: 'smarter-services.yaml', path: '', message: 'this file is missing' })
  })
})
