/**
 * Turns the parsed YAML files into typed Content, or throws one ContentError listing every
 * problem: schema mistakes, duplicate ids, unknown ids and conditions that cannot work.
 */
import type { z } from 'zod'
import {
  CaseStudiesSchema,
  DONT_KNOW,
  FrameworkSchema,
  GovernanceModelsSchema,
  NOT_APPLICABLE,
  PrioritiesSchema,
  ProfileSchema,
  ReferencesSchema,
  ReportTextSchema,
  RulesSchema,
  SmarterServicesSchema,
  ThemeSchema,
  type Condition,
  type Content,
  type Question,
} from './schema.ts'
import { ContentError, type ContentProblem } from './content-error.ts'
import { isScored, optionsOf } from '../engine/core/question-model.ts'

/** One YAML file as read from disk: its name under questions/ and its parsed data. */
export interface RawFile {
  file: string
  data: unknown
}

export interface RawContent {
  framework: RawFile
  profile: RawFile
  priorities: RawFile
  themes: RawFile[]
  rules: RawFile[]
  references: RawFile[]
  caseStudies: RawFile
  governanceModels: RawFile
  smarterServices: RawFile
  report: RawFile
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), data)
}

/** A schema issue as a sentence an author can act on, rather than the schema library's wording. */
function plainMessage(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    return `${issue.keys.length === 1 ? 'has an unknown key' : 'has unknown keys'} ${keys}: check the spelling against questions/README.md`
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return issue.path.length === 0 ? 'is empty' : 'is required but missing'
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'is not a web address (it must start with https:// or http://)'
  // Apart from question and profile kinds (which name the kinds they expect), the only unions
  // in the content schemas are conditions and the values inside them.
  if (issue.code === 'invalid_union' && issue.errors.length > 0) return 'is not a condition the checker understands: see "Conditions" in questions/README.md'
  return issue.message
}

/** The `id`s of the records in a list, read leniently from a file that failed its schema. */
function idsIn(list: unknown): string[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const id = valueAt(item, ['id'])
    return typeof id === 'string' ? [id] : []
  })
}


/** Where a condition sits, which limits what it may name. */
type ConditionUse = 'showWhen' | 'rule'

/**
 * Validate every file and check the ids they use against each other.
 * @throws ContentError listing every problem found
 */
export function validateContent(raw: RawContent): Content {
  const problems: ContentProblem[] = []
  const report = (file: string, path: string, message: string) => problems.push({ file, path, message })

  function parse<S extends z.ZodType>(schema: S, f: RawFile): z.output<S> | undefined {
    const result = schema.safeParse(f.data)
    if (result.success) return result.data
    for (const issue of result.error.issues) report(f.file, formatPath(issue.path), plainMessage(issue, f.data))
    return undefined
  }

  // A file that fails its schema is reported once, in that file. The ids it defines are not
  // reported again as unknown where other files use them; when the file could not be read at
  // all, no id of its kind is. The full cross-check runs once the file is fixed.
  const broken = new Map<string, { ids: Set<string>; all: boolean }>()
  function markBroken(kind: string, data: unknown, ids: string[]) {
    const entry = broken.get(kind) ?? { ids: new Set<string>(), all: false }
    if (typeof data !== 'object' || data === null) entry.all = true
    for (const id of ids) entry.ids.add(id)
    broken.set(kind, entry)
  }
  const inBrokenFile = (kind: string, id: string) => {
    const entry = broken.get(kind)
    return entry !== undefined && (entry.all || entry.ids.has(id))
  }

  const framework = parse(FrameworkSchema, raw.framework)
  const profile = parse(ProfileSchema, raw.profile)
  const priorities = parse(PrioritiesSchema, raw.priorities)
  const themes = raw.themes.map((f) => ({ file: f.file, theme: parse(ThemeSchema, f) }))
  const rules = raw.rules.map((f) => ({ file: f.file, rules: parse(RulesSchema, f) }))
  const references = raw.references.map((f) => ({ file: f.file, refs: parse(ReferencesSchema, f) }))
  // A broken recommendations file still lets the questions be checked: treat it as empty.
  const parsedCases = parse(CaseStudiesSchema, raw.caseStudies)
  const parsedModels = parse(GovernanceModelsSchema, raw.governanceModels)
  const parsedApproaches = parse(SmarterServicesSchema, raw.smarterServices)
  const parsedReport = parse(ReportTextSchema, raw.report)
  const caseStudies = parsedCases ?? { caseStudies: [] }
  const governance = parsedModels ?? { models: [] }
  const smarter = parsedApproaches ?? { approaches: [] }

  if (!framework || !profile || !priorities) throw new ContentError(problems)
  for (const [i, t] of themes.entries()) {
    const data = raw.themes[i]?.data
    if (t.theme) continue
    const themeId = valueAt(data, ['id'])
    markBroken('theme', data, typeof themeId === 'string' ? [themeId] : [])
    markBroken('question', data, idsIn(valueAt(data, ['questions'])))
  }
  rules.forEach((r, i) => r.rules || markBroken('flag', raw.rules[i]?.data, idsIn(valueAt(raw.rules[i]?.data, ['flags']))))
  references.forEach((r, i) => r.refs || markBroken('reference', raw.references[i]?.data, idsIn(valueAt(raw.references[i]?.data, ['references']))))
  if (!parsedCases) markBroken('case study', raw.caseStudies.data, idsIn(valueAt(raw.caseStudies.data, ['caseStudies'])))
  if (!parsedModels) markBroken('governance model', raw.governanceModels.data, idsIn(valueAt(raw.governanceModels.data, ['models'])))
  if (!parsedApproaches) markBroken('smarter-services approach', raw.smarterServices.data, idsIn(valueAt(raw.smarterServices.data, ['approaches'])))
  const okThemes = themes.flatMap((t) => (t.theme ? [{ file: t.file, theme: t.theme }] : []))
  const okRules = rules.flatMap((r) => (r.rules ? r.rules.flags.map((flag, i) => ({ file: r.file, i, flag })) : []))
  const okRefs = references.flatMap((r) => (r.refs ? r.refs.references.map((ref, i) => ({ file: r.file, i, ref })) : []))

  // Duplicate ids within each kind of record.
  function uniqueIds(kind: string, items: { file: string; path: string; id: string }[]): Set<string> {
    const seen = new Map<string, string>()
    for (const item of items) {
      const first = seen.get(item.id)
      if (first !== undefined) report(item.file, item.path, `${kind} id "${item.id}" is used twice (first in ${first})`)
      else seen.set(item.id, item.file)
    }
    return new Set(seen.keys())
  }

  const refIds = uniqueIds('reference', okRefs.map((r) => ({ file: r.file, path: `references[${r.i}].id`, id: r.ref.id })))
  const themeIds = uniqueIds('theme', okThemes.map((t) => ({ file: t.file, path: 'id', id: t.theme.id })))
  const allQuestions = okThemes.flatMap((t) =>
    t.theme.questions.map((q, i) => ({ file: t.file, path: `questions[${i}]`, q, themeId: t.theme.id })),
  )
  uniqueIds('question', allQuestions.map((x) => ({ file: x.file, path: `${x.path}.id`, id: x.q.id })))
  uniqueIds('profile field', profile.fields.map((f, i) => ({ file: raw.profile.file, path: `fields[${i}].id`, id: f.id })))
  const priorityIds = uniqueIds('priority', priorities.priorities.map((p, i) => ({ file: raw.priorities.file, path: `priorities[${i}].id`, id: p.id })))
  const flagIds = uniqueIds('flag', okRules.map((r) => ({ file: r.file, path: `flags[${r.i}].id`, id: r.flag.id })))
  const caseIds = uniqueIds('case study', caseStudies.caseStudies.map((c, i) => ({ file: raw.caseStudies.file, path: `caseStudies[${i}].id`, id: c.id })))
  const modelIds = uniqueIds('governance model', governance.models.map((m, i) => ({ file: raw.governanceModels.file, path: `models[${i}].id`, id: m.id })))
  const approachIds = uniqueIds('smarter-services approach', smarter.approaches.map((m, i) => ({ file: raw.smarterServices.file, path: `approaches[${i}].id`, id: m.id })))
  const audienceIds = uniqueIds('audience', framework.audiences.map((a, i) => ({ file: raw.framework.file, path: `audiences[${i}].id`, id: a.id })))
  const scaleIds = uniqueIds('scale', framework.scales.map((s, i) => ({ file: raw.framework.file, path: `scales[${i}].id`, id: s.id })))

  function checkIds(file: string, path: string, ids: readonly string[], known: Set<string>, kind: string) {
    ids.forEach((id, i) => {
      if (!known.has(id) && !inBrokenFile(kind, id)) report(file, `${path}[${i}]`, `unknown ${kind} id "${id}"`)
    })
  }

  // Framework: bands in rising order from 0, theme order names each theme once, yes/partly/no scale exists.
  const fw = raw.framework.file
  if (framework.bands[0]?.min !== 0) report(fw, 'bands[0].min', 'the first band must start at 0')
  framework.bands.forEach((b, i) => {
    const prev = framework.bands[i - 1]
    if (prev && b.min <= prev.min) report(fw, `bands[${i}].min`, 'bands must be listed with rising "min" values')
  })
  checkIds(fw, 'themeOrder', framework.themeOrder, themeIds, 'theme')
  for (const t of okThemes) {
    if (!framework.themeOrder.includes(t.theme.id)) report(fw, 'themeOrder', `theme "${t.theme.id}" (${t.file}) is missing from themeOrder`)
  }
  if (!scaleIds.has('yes-partly-no')) report(fw, 'scales', 'a scale with id "yes-partly-no" is needed for yes / partly / no questions')
  if (framework.maxPriorities > priorities.priorities.length) {
    report(fw, 'maxPriorities', `is ${framework.maxPriorities} but there are only ${priorities.priorities.length} priorities`)
  }

  // Questions in assessment order, so a showWhen can only look backwards (no cycles).
  const order = [...okThemes].sort((a, b) => framework.themeOrder.indexOf(a.theme.id) - framework.themeOrder.indexOf(b.theme.id))
  const questionIndex = new Map<string, { q: Question; position: number }>()
  order.flatMap((t) => t.theme.questions).forEach((q, position) => {
    if (!questionIndex.has(q.id)) questionIndex.set(q.id, { q, position })
  })

  // A question on an unknown scale is reported once, at its `scale`; its values and points
  // cannot be known, so nothing that depends on them is checked.
  const scaleKnown = (q: Question) => q.kind !== 'scale' || scaleIds.has(q.scale)

  function valuesFor(q: Question): Set<string> {
    const values = new Set(optionsOf(q, framework!).map((o) => o.value))
    if (q.dontKnow) values.add(DONT_KNOW)
    if (q.notApplicable) values.add(NOT_APPLICABLE)
    return values
  }

  function checkCondition(file: string, path: string, c: Condition, use: ConditionUse, ownPosition?: number) {
    if ('all' in c) return c.all.forEach((x, i) => checkCondition(file, `${path}.all[${i}]`, x, use, ownPosition))
    if ('any' in c) return c.any.forEach((x, i) => checkCondition(file, `${path}.any[${i}]`, x, use, ownPosition))
    if ('not' in c) return checkCondition(file, `${path}.not`, c.not, use, ownPosition)
    if ('priority' in c) {
      if (!priorityIds.has(c.priority)) report(file, `${path}.priority`, `unknown priority id "${c.priority}"`)
      return
    }
    if ('theme' in c) {
      if (!themeIds.has(c.theme) && !inBrokenFile('theme', c.theme)) report(file, `${path}.theme`, `unknown theme id "${c.theme}"`)
      if (use === 'showWhen') report(file, `${path}.theme`, 'a showWhen cannot depend on a theme score')
      return
    }
    if ('profile' in c) {
      const field = profile!.fields.find((f) => f.id === c.profile)
      if (!field) return report(file, `${path}.profile`, `unknown profile field id "${c.profile}"`)
      const wanted = 'equals' in c ? [c.equals] : c.in
      if (field.kind === 'choice') {
        const allowed = new Set(field.options.map((o) => o.value))
        for (const v of wanted) {
          if (!allowed.has(String(v))) report(file, path, `profile field "${c.profile}" has no option "${v}" (it has ${[...allowed].join(', ')})`)
        }
      }
      return
    }
    // An answer leaf.
    const found = questionIndex.get(c.answer)
    if (!found) return inBrokenFile('question', c.answer) ? undefined : report(file, `${path}.answer`, `unknown question id "${c.answer}"`)
    const { q, position } = found
    if (use === 'showWhen' && ownPosition !== undefined && position >= ownPosition) {
      report(file, `${path}.answer`, `a showWhen can only refer to questions earlier in the assessment, and "${c.answer}" is not earlier`)
    }
    if ('answered' in c) return
    if ('atMost' in c || 'atLeast' in c) {
      if (q.kind === 'text') report(file, path, `question "${q.id}" takes free text, so it has no points to compare; use "answered"`)
      return
    }
    const wanted = 'equals' in c ? [c.equals] : c.in
    if (q.kind === 'text') return report(file, path, `question "${q.id}" takes free text; test it with "answered", not "equals" or "in"`)
    if (q.kind === 'number') {
      for (const v of wanted) {
        if (typeof v !== 'number' && v !== DONT_KNOW && v !== NOT_APPLICABLE) report(file, path, `question "${q.id}" takes a number, so "${v}" can never match`)
      }
      return
    }
    if (!scaleKnown(q)) return
    const allowed = valuesFor(q)
    for (const v of wanted) {
      if (!allowed.has(String(v))) report(file, path, `question "${q.id}" (${q.kind}) cannot have the answer "${v}"; it can be ${[...allowed].join(', ')}`)
    }
  }

  // Themes and their questions.
  for (const { file, theme } of okThemes) {
    checkIds(file, 'refs', theme.refs, refIds, 'reference')
    theme.questions.forEach((q, i) => {
      const path = `questions[${i}]`
      checkIds(file, `${path}.refs`, q.refs, refIds, 'reference')
      if (q.essential && q.notApplicable) report(file, `${path}.notApplicable`, 'a statutory essential cannot offer "Not applicable"')
      if (q.essential && scaleKnown(q) && !isScored(q, framework)) report(file, `${path}.essential`, 'a statutory essential must be a scored question')
      if (q.kind === 'scale') {
        const scale = framework.scales.find((s) => s.id === q.scale)
        if (!scale) report(file, `${path}.scale`, `unknown scale id "${q.scale}"`)
        else {
          for (const o of scale.options) if (!(o.value in q.labels)) report(file, `${path}.labels`, `needs a label for "${o.value}"`)
          for (const key of Object.keys(q.labels)) {
            if (!scale.options.some((o) => o.value === key)) report(file, `${path}.labels.${key}`, `scale "${q.scale}" has no value "${key}"`)
          }
        }
      }
      if (q.kind === 'multiple') {
        const seen = new Set<string>()
        q.options.forEach((o, j) => {
          if (seen.has(o.value)) report(file, `${path}.options[${j}].value`, `option value "${o.value}" is used twice`)
          seen.add(o.value)
        })
      }
      if (q.kind === 'multiple' || q.kind === 'scale') {
        for (const o of optionsOf(q, framework)) {
          if (o.value === DONT_KNOW || o.value === NOT_APPLICABLE) report(file, path, `option value "${o.value}" is reserved`)
        }
      }
      if (q.showWhen) checkCondition(file, `${path}.showWhen`, q.showWhen, 'showWhen', questionIndex.get(q.id)?.position)
    })
  }

  // Priorities, flags, case studies, models and approaches.
  priorities.priorities.forEach((p, i) => checkIds(raw.priorities.file, `priorities[${i}].refs`, p.refs, refIds, 'reference'))
  parsedReport?.legalContext.forEach((p, i) => checkIds(raw.report.file, `legalContext[${i}].refs`, p.refs, refIds, 'reference'))
  for (const { file, i, flag } of okRules) {
    checkIds(file, `flags[${i}].refs`, flag.refs, refIds, 'reference')
    checkCondition(file, `flags[${i}].when`, flag.when, 'rule')
  }
  caseStudies.caseStudies.forEach((c, i) => {
    const f = raw.caseStudies.file
    const p = `caseStudies[${i}].tags`
    checkIds(f, `${p}.priorities`, c.tags.priorities, priorityIds, 'priority')
    checkIds(f, `${p}.themes`, c.tags.themes, themeIds, 'theme')
    checkIds(f, `${p}.governance`, c.tags.governance, modelIds, 'governance model')
    checkIds(f, `${p}.smarter`, c.tags.smarter, approachIds, 'smarter-services approach')
    checkIds(f, `${p}.audiences`, c.tags.audiences, audienceIds, 'audience')
    checkIds(f, `${p}.flags`, c.tags.flags, flagIds, 'flag')
    if (c.kind === 'lesson' && c.tags.flags.length === 0) report(f, `${p}.flags`, 'a lesson needs at least one flag, or it can never be recommended')
  })
  const modelFiles: [string, 'models' | 'approaches', typeof governance.models][] = [
    [raw.governanceModels.file, 'models', governance.models],
    [raw.smarterServices.file, 'approaches', smarter.approaches],
  ]
  for (const [file, key, list] of modelFiles) {
    list.forEach((m, i) => {
      checkIds(file, `${key}[${i}].refs`, m.refs, refIds, 'reference')
      checkIds(file, `${key}[${i}].examples`, m.examples, caseIds, 'case study')
      m.fit.forEach((fit, j) => checkCondition(file, `${key}[${i}].fit[${j}].when`, fit.when, 'rule'))
      m.cautions.forEach((c, j) => c.when && checkCondition(file, `${key}[${i}].cautions[${j}].when`, c.when, 'rule'))
    })
  }

  if (problems.length > 0 || !parsedCases || !parsedModels || !parsedApproaches || !parsedReport || themes.some((t) => !t.theme) || rules.some((r) => !r.rules) || references.some((r) => !r.refs)) {
    throw new ContentError(problems)
  }

  return {
    framework,
    profile: profile.fields,
    themes: order.map((t) => t.theme),
    priorities: priorities.priorities,
    references: okRefs.map((r) => r.ref),
    flags: okRules.map((r) => r.flag),
    caseStudies: caseStudies.caseStudies,
    governanceModels: governance.models,
    smarterServices: smarter.approaches,
    legalContext: parsedReport?.legalContext ?? [],
  }
}

export { formatPath }
