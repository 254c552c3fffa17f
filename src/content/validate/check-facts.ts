/**
 * Pass 5, the figure rule: every figure in the text of a case study, flag, governance model,
 * smarter-services approach or report paragraph is declared in that entry's `facts` with the
 * source it comes from. A figure in the text that is not declared, a declaration whose figure is
 * not in the text, and a declaration that points at a source the entry does not list are all
 * problems. What counts as a figure is decided by figures.ts. A fit reason, caution or flag
 * text may repeat the thresholds of its own condition ("below 40") without a declaration.
 */
import type { Condition, RefFact, SourceFact } from '../schema.ts'
import type { ContentProblem } from '../content-error.ts'
import type { RawContent } from './context.ts'
import { figuresIn } from './figures.ts'
import type { Parsed } from './parse-files.ts'

/**
 * Files whose owners are still declaring their figures: their problems under this rule are
 * listed as warnings by `npm run content:check` instead of failing the build. A prefix ending
 * in "/" covers a folder. Empty this list once those files pass.
 */
export const FACT_RULE_PENDING: readonly string[] = []

/** Whether `file` is in `pending` (a list like FACT_RULE_PENDING). */
export function factRulePending(file: string, pending: readonly string[] = FACT_RULE_PENDING): boolean {
  return pending.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p))
}

/** One entry to check: where it is, what it is called, its texts, and what its facts may cite. */
interface Entry {
  file: string
  /** Path of the entry in its file, such as `caseStudies[3]`. */
  path: string
  /** How the entry is named in messages, such as `case study "medway-community-hubs"`. */
  name: string
  /** Each text, with the figures it may use without a declaration (its own condition's thresholds). */
  texts: { path: string; text: string; own?: Set<string> }[]
  facts: (RefFact | SourceFact)[]
  /** The reference ids or URLs a fact may name, and what they are called. */
  allowed: Set<string>
  allowedName: string
}

function checkEntry(e: Entry, report: (file: string, path: string, message: string) => void): void {
  const declared = new Map<string, number>()
  e.facts.forEach((f, i) => {
    if (declared.has(f.value)) report(e.file, `${e.path}.facts[${i}].value`, `"${f.value}" is declared twice in ${e.name}`)
    declared.set(f.value, i)
    const cited = 'ref' in f ? f.ref : f.source
    if (!e.allowed.has(cited)) {
      const key = 'ref' in f ? 'ref' : 'source'
      report(
        e.file,
        `${e.path}.facts[${i}].${key}`,
        `"${cited}" is not one of the ${e.allowedName} of ${e.name}: a figure must come from a source the entry lists`,
      )
    }
  })
  const used = new Set<string>()
  for (const { path, text, own } of e.texts) {
    for (const figure of figuresIn(text)) {
      used.add(figure)
      if (!declared.has(figure) && !own?.has(figure)) {
        report(
          e.file,
          `${e.path}.${path}`,
          `the figure "${figure}" in ${e.name} has no declared source: add it to the entry's facts with the source it comes from, or take it out`,
        )
      }
    }
  }
  for (const [value, i] of declared) {
    if (!used.has(value)) report(e.file, `${e.path}.facts[${i}].value`, `"${value}" is declared in ${e.name} but is not in its text`)
  }
}

/**
 * The numbers a condition compares with, as they would be written in text: a fit reason such as
 * "Your efficiency score is below 40" repeats the tool's own threshold, not a fact from a source.
 */
export function conditionNumbers(c: Condition | undefined, into = new Set<string>()): Set<string> {
  if (!c) return into
  if ('all' in c) c.all.forEach((x) => conditionNumbers(x, into))
  else if ('any' in c) c.any.forEach((x) => conditionNumbers(x, into))
  else if ('not' in c) conditionNumbers(c.not, into)
  else {
    const values = 'below' in c ? [c.below] : 'atLeast' in c ? [c.atLeast] : 'atMost' in c ? [c.atMost] : 'equals' in c ? [c.equals] : 'in' in c ? c.in : []
    for (const v of values) if (typeof v === 'number') into.add(v.toLocaleString('en-GB')).add(String(v))
  }
  return into
}

function entries(raw: RawContent, p: Parsed): Entry[] {
  const list: Entry[] = []
  p.okCases.forEach(({ file, i, study: c }) => {
    list.push({
      file,
      path: `caseStudies[${i}]`,
      name: `case study "${c.id}"`,
      texts: [
        { path: 'title', text: c.title },
        { path: 'organisation', text: c.organisation },
        { path: 'place', text: c.place },
        { path: 'summary', text: c.summary },
        ...c.outcomes.map((text, j) => ({ path: `outcomes[${j}]`, text })),
      ],
      facts: c.facts ?? [],
      allowed: new Set(c.sources),
      allowedName: 'sources',
    })
  })
  for (const { file, i, flag } of p.okRules) {
    const own = conditionNumbers(flag.when)
    list.push({
      file,
      path: `flags[${i}]`,
      name: `flag "${flag.id}"`,
      texts: [
        { path: 'title', text: flag.title, own },
        { path: 'why', text: flag.why, own },
        { path: 'action', text: flag.action, own },
      ],
      facts: flag.facts ?? [],
      allowed: new Set(flag.refs),
      allowedName: 'refs',
    })
  }
  const models: [string, 'models' | 'approaches', string, Parsed['governanceModels']][] = [
    [raw.governanceModels.file, 'models', 'governance model', p.governanceModels],
    [raw.smarterServices.file, 'approaches', 'smarter-services approach', p.smarterServices],
  ]
  for (const [file, key, kind, items] of models) {
    items.forEach((m, i) => {
      list.push({
        file,
        path: `${key}[${i}]`,
        name: `${kind} "${m.id}"`,
        texts: [
          { path: 'name', text: m.name },
          { path: 'summary', text: m.summary },
          ...m.fit.map((f, j) => ({ path: `fit[${j}].reason`, text: f.reason, own: conditionNumbers(f.when) })),
          ...m.prerequisites.map((text, j) => ({ path: `prerequisites[${j}]`, text })),
          ...m.cautions.map((c, j) => ({ path: `cautions[${j}].text`, text: c.text, own: conditionNumbers(c.when) })),
        ],
        facts: m.facts ?? [],
        allowed: new Set(m.refs),
        allowedName: 'refs',
      })
    })
  }
  p.legalContext?.forEach((para, i) => {
    list.push({
      file: raw.report.file,
      path: `legalContext[${i}]`,
      name: `report paragraph "${para.heading}"`,
      texts: [
        { path: 'heading', text: para.heading },
        { path: 'text', text: para.text },
      ],
      facts: para.facts ?? [],
      allowed: new Set(para.refs),
      allowedName: 'refs',
    })
  })
  return list
}

/** Every problem under the figure rule, in every file (pending files included). */
export function factProblems(raw: RawContent, p: Parsed): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (file: string, path: string, message: string) => problems.push({ file, path, message })
  for (const e of entries(raw, p)) checkEntry(e, report)
  return problems
}
