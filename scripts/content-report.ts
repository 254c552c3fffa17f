// npm run content:report: counts per theme, priority, tag and severity.
import { withContent } from './with-content.ts'
import { isScored } from '../src/engine/core/question-model.ts'
import type { Condition, Content } from '../src/content/schema.ts'
import type { ContentProblem } from '../src/content/content-error.ts'

function priorityIds(c: Condition | undefined): string[] {
  if (!c) return []
  if ('all' in c) return c.all.flatMap(priorityIds)
  if ('any' in c) return c.any.flatMap(priorityIds)
  if ('not' in c) return []
  return 'priority' in c ? [c.priority] : []
}

function table(title: string, rows: [string, ...(string | number)[]][], header: string[]): void {
  console.log(`\n${title}`)
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ')
  console.log(line(header))
  for (const r of rows) console.log(line(r))
}

export function report(content: Content, warnings: ContentProblem[] = []): void {
  const questions = content.themes.flatMap((t) => t.questions)
  const scored = questions.filter((q) => isScored(q, content.framework))
  console.log(`Content version ${content.framework.contentVersion}`)
  console.log(
    `${content.themes.length} themes; ${questions.length} questions (${scored.length} scored, ${questions.filter((q) => q.essential).length} statutory essentials, ${questions.filter((q) => q.showWhen).length} follow-ups with a show-when condition)`,
  )
  console.log(
    `${content.priorities.length} priorities; ${content.flags.length} flags; ${content.caseStudies.length} case studies (${content.caseStudies.filter((c) => c.kind === 'lesson').length} legal lessons, ${content.caseStudies.filter((c) => c.toolkit).length} from the DCMS toolkit); ${content.governanceModels.length} governance models; ${content.smarterServices.length} smarter-services approaches; ${content.references.length} references`,
  )

  const examples = content.caseStudies.filter((c) => c.kind === 'example')
  table(
    'Per theme',
    content.themes.map((t) => [
      t.id,
      t.questions.length,
      t.questions.filter((q) => isScored(q, content.framework)).length,
      t.questions.filter((q) => q.essential).length,
      examples.filter((c) => c.tags.themes.includes(t.id)).length,
    ]),
    ['theme', 'questions', 'scored', 'essentials', 'case studies'],
  )
  table(
    'Per priority',
    content.priorities.map((p) => [
      p.id,
      questions.filter((q) => priorityIds(q.showWhen).includes(p.id)).length,
      examples.filter((c) => c.tags.priorities.includes(p.id)).length,
    ]),
    ['priority', 'questions it switches on', 'case studies'],
  )
  const tagCounts = (key: 'governance' | 'smarter' | 'audiences'): [string, number][] => {
    const ids =
      key === 'governance'
        ? content.governanceModels.map((m) => m.id)
        : key === 'smarter'
          ? content.smarterServices.map((m) => m.id)
          : content.framework.audiences.map((a) => a.id)
    return ids.map((id) => [id, content.caseStudies.filter((c) => c.tags[key].includes(id)).length])
  }
  table('Case studies per governance model', tagCounts('governance'), ['model', 'case studies'])
  table('Case studies per smarter-services approach', tagCounts('smarter'), ['approach', 'case studies'])
  table('Case studies per audience', tagCounts('audiences'), ['audience', 'case studies'])
  table(
    'Flags per severity',
    (['critical', 'warning', 'advice'] as const).map((s) => [s, content.flags.filter((f) => f.severity === s).length]),
    ['severity', 'flags'],
  )
  table(
    'References per kind',
    [...new Set(content.references.map((r) => r.kind))].map((k) => [k, content.references.filter((r) => r.kind === k).length]),
    ['kind', 'references'],
  )
  const declared = (list: { facts?: unknown[] }[]) => list.reduce((n, e) => n + (e.facts?.length ?? 0), 0)
  table(
    'Figures declared with their source (the figure rule)',
    [
      ['case studies', declared(content.caseStudies), warnings.filter((w) => w.file.startsWith('case-studies')).length],
      ['flags', declared(content.flags), warnings.filter((w) => w.file.startsWith('rules/')).length],
      ['governance models', declared(content.governanceModels), warnings.filter((w) => w.file === 'governance-models.yaml').length],
      ['smarter-services approaches', declared(content.smarterServices), warnings.filter((w) => w.file === 'smarter-services.yaml').length],
      ['report paragraphs', declared(content.legalContext), warnings.filter((w) => w.file === 'report.yaml').length],
    ],
    ['entries', 'figures declared', 'problems still listed as warnings'],
  )
}

export function main(): number {
  return withContent(report)
}
