/** Pass 1: check every file against its schema, and note the ids in files that fail. */
import {
  CaseStudiesSchema,
  FrameworkSchema,
  GovernanceModelsSchema,
  PrioritiesSchema,
  ProfileSchema,
  ReferencesSchema,
  ReportTextSchema,
  RulesSchema,
  SmarterServicesSchema,
  ThemeSchema,
  type CaseStudy,
  type Flag,
  type Framework,
  type OptionModel,
  type Priority,
  type ProfileField,
  type Reference,
  type LegalParagraph,
  type Theme,
} from '../schema.ts'
import { ContentError } from '../content-error.ts'
import { idsIn, valueAt, type Checker, type RawContent } from './context.ts'

export interface Parsed {
  framework: Framework
  profile: ProfileField[]
  priorities: Priority[]
  okThemes: { file: string; theme: Theme }[]
  okRules: { file: string; i: number; flag: Flag }[]
  okRefs: { file: string; i: number; ref: Reference }[]
  /** A broken recommendations file still lets the questions be checked: it is treated as empty. */
  caseStudies: CaseStudy[]
  /** Each case study with its file and its place in that file. */
  okCases: { file: string; i: number; study: CaseStudy }[]
  governanceModels: OptionModel[]
  smarterServices: OptionModel[]
  legalContext: LegalParagraph[] | undefined
  /** True when some file failed its schema: the content is never returned then. */
  anyBroken: boolean
}

/**
 * @throws ContentError when framework, profile or priorities cannot be read: nothing else can
 * be checked without them.
 */
export function parseFiles(raw: RawContent, ck: Checker): Parsed {
  const framework = ck.parse(FrameworkSchema, raw.framework)
  const profile = ck.parse(ProfileSchema, raw.profile)
  const priorities = ck.parse(PrioritiesSchema, raw.priorities)
  const themes = raw.themes.map((f) => ({ file: f.file, theme: ck.parse(ThemeSchema, f) }))
  const rules = raw.rules.map((f) => ({ file: f.file, rules: ck.parse(RulesSchema, f) }))
  const references = raw.references.map((f) => ({ file: f.file, refs: ck.parse(ReferencesSchema, f) }))
  const cases = raw.caseStudies.map((f) => ({ file: f.file, parsed: ck.parse(CaseStudiesSchema, f) }))
  const parsedModels = ck.parse(GovernanceModelsSchema, raw.governanceModels)
  const parsedApproaches = ck.parse(SmarterServicesSchema, raw.smarterServices)
  const parsedReport = ck.parse(ReportTextSchema, raw.report)

  if (!framework || !profile || !priorities) throw new ContentError(ck.problems)
  for (const [i, t] of themes.entries()) {
    const data = raw.themes[i]?.data
    if (t.theme) continue
    const themeId = valueAt(data, ['id'])
    ck.markBroken('theme', data, typeof themeId === 'string' ? [themeId] : [])
    ck.markBroken('question', data, idsIn(valueAt(data, ['questions'])))
  }
  rules.forEach((r, i) => r.rules || ck.markBroken('flag', raw.rules[i]?.data, idsIn(valueAt(raw.rules[i]?.data, ['flags']))))
  references.forEach((r, i) => r.refs || ck.markBroken('reference', raw.references[i]?.data, idsIn(valueAt(raw.references[i]?.data, ['references']))))
  cases.forEach((c, i) => c.parsed || ck.markBroken('case study', raw.caseStudies[i]?.data, idsIn(valueAt(raw.caseStudies[i]?.data, ['caseStudies']))))
  const okCases = cases.flatMap((c) => (c.parsed ? c.parsed.caseStudies.map((study, i) => ({ file: c.file, i, study })) : []))
  if (!parsedModels) ck.markBroken('governance model', raw.governanceModels.data, idsIn(valueAt(raw.governanceModels.data, ['models'])))
  if (!parsedApproaches) ck.markBroken('smarter-services approach', raw.smarterServices.data, idsIn(valueAt(raw.smarterServices.data, ['approaches'])))

  return {
    framework,
    profile: profile.fields,
    priorities: priorities.priorities,
    okThemes: themes.flatMap((t) => (t.theme ? [{ file: t.file, theme: t.theme }] : [])),
    okRules: rules.flatMap((r) => (r.rules ? r.rules.flags.map((flag, i) => ({ file: r.file, i, flag })) : [])),
    okRefs: references.flatMap((r) => (r.refs ? r.refs.references.map((ref, i) => ({ file: r.file, i, ref })) : [])),
    caseStudies: okCases.map((c) => c.study),
    okCases,
    governanceModels: parsedModels?.models ?? [],
    smarterServices: parsedApproaches?.approaches ?? [],
    legalContext: parsedReport?.legalContext,
    anyBroken:
      cases.some((c) => !c.parsed) ||
      !parsedModels ||
      !parsedApproaches ||
      !parsedReport ||
      themes.some((t) => !t.theme) ||
      rules.some((r) => !r.rules) ||
      references.some((r) => !r.refs),
  }
}
