/** Pass 2: ids are unique within each kind of record, and the framework is consistent. */
import type { RawContent } from './context.ts'
import type { Checker } from './context.ts'
import type { Parsed } from './parse-files.ts'

/** The ids of each kind of record, once each. */
export interface KnownIds {
  refs: Set<string>
  themes: Set<string>
  priorities: Set<string>
  flags: Set<string>
  caseStudies: Set<string>
  models: Set<string>
  approaches: Set<string>
  audiences: Set<string>
  scales: Set<string>
}

export function checkIds(raw: RawContent, p: Parsed, ck: Checker): KnownIds {
  function uniqueIds(kind: string, items: { file: string; path: string; id: string }[]): Set<string> {
    const seen = new Map<string, string>()
    for (const item of items) {
      const first = seen.get(item.id)
      if (first !== undefined) ck.report(item.file, item.path, `${kind} id "${item.id}" is used twice (first in ${first})`)
      else seen.set(item.id, item.file)
    }
    return new Set(seen.keys())
  }
  const listed = <T extends { id: string }>(file: string, key: string, list: T[]) => list.map((x, i) => ({ file, path: `${key}[${i}].id`, id: x.id }))

  const refs = uniqueIds(
    'reference',
    p.okRefs.map((r) => ({ file: r.file, path: `references[${r.i}].id`, id: r.ref.id })),
  )
  const themes = uniqueIds(
    'theme',
    p.okThemes.map((t) => ({ file: t.file, path: 'id', id: t.theme.id })),
  )
  uniqueIds(
    'question',
    p.okThemes.flatMap((t) => t.theme.questions.map((q, i) => ({ file: t.file, path: `questions[${i}].id`, id: q.id }))),
  )
  uniqueIds('profile field', listed(raw.profile.file, 'fields', p.profile))
  const known: KnownIds = {
    refs,
    themes,
    priorities: uniqueIds('priority', listed(raw.priorities.file, 'priorities', p.priorities)),
    flags: uniqueIds(
      'flag',
      p.okRules.map((r) => ({ file: r.file, path: `flags[${r.i}].id`, id: r.flag.id })),
    ),
    caseStudies: uniqueIds(
      'case study',
      p.okCases.map((c) => ({ file: c.file, path: `caseStudies[${c.i}].id`, id: c.study.id })),
    ),
    models: uniqueIds('governance model', listed(raw.governanceModels.file, 'models', p.governanceModels)),
    approaches: uniqueIds('smarter-services approach', listed(raw.smarterServices.file, 'approaches', p.smarterServices)),
    audiences: uniqueIds('audience', listed(raw.framework.file, 'audiences', p.framework.audiences)),
    scales: uniqueIds('scale', listed(raw.framework.file, 'scales', p.framework.scales)),
  }
  checkFramework(raw, p, known, ck)
  return known
}

/** Bands in rising order from 0, theme order names each theme once, the yes/partly/no scale exists. */
function checkFramework(raw: RawContent, p: Parsed, known: KnownIds, ck: Checker): void {
  const fw = raw.framework.file
  const { framework } = p
  if (framework.bands[0]?.min !== 0) ck.report(fw, 'bands[0].min', 'the first band must start at 0')
  framework.bands.forEach((b, i) => {
    const prev = framework.bands[i - 1]
    if (prev && b.min <= prev.min) ck.report(fw, `bands[${i}].min`, 'bands must be listed with rising "min" values')
  })
  ck.checkIds(fw, 'themeOrder', framework.themeOrder, known.themes, 'theme')
  for (const t of p.okThemes) {
    if (!framework.themeOrder.includes(t.theme.id)) ck.report(fw, 'themeOrder', `theme "${t.theme.id}" (${t.file}) is missing from themeOrder`)
  }
  if (!known.scales.has('yes-partly-no')) ck.report(fw, 'scales', 'a scale with id "yes-partly-no" is needed for yes / partly / no questions')
  if (framework.maxPriorities > p.priorities.length) {
    ck.report(fw, 'maxPriorities', `is ${framework.maxPriorities} but there are only ${p.priorities.length} priorities`)
  }
}
