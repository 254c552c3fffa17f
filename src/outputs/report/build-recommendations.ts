/**
 * The report sections on what to do: the recommendations (risks first, then each weak theme's next
 * level), the case studies to learn from, and the governance models and smarter services. Part of
 * the report model made by build-report.ts; the order and the choice come from the Result.
 *
 * Exported API:
 * - `recommendations(content, result): RecommendationsSection`
 * - `caseStudies(content, result): CaseStudiesSection`
 * - `options(content, result): OptionsSection`
 * - `MAX_CASE_STUDIES`, `MAX_OPTIONS`
 */
import type { Content, Flag, OptionModel } from '@/content/schema'
import type { OptionRecommendation, Result } from '@/engine/core'
import { ragWordOf } from './build-summary'
import type { ReportLink } from './report-text'
import type { CaseStudiesSection, CaseStudyItem, OptionItem, OptionsSection, Recommendation, RecommendationsSection } from './report-model'

/** The report shows the most relevant case studies only; the tool lists them all. */
export const MAX_CASE_STUDIES = 6
/** The most smarter-services approaches the report shows. Governance models are all shown, as on the results page. */
export const MAX_OPTIONS = 5

const SEVERITY_LABEL: Record<Flag['severity'], string> = { critical: 'Critical risk', warning: 'Warning', advice: 'Advice' }
const SEVERITY_ORDER: Flag['severity'][] = ['critical', 'warning', 'advice']

export function recommendations(content: Content, result: Result): RecommendationsSection {
  const flags = SEVERITY_ORDER.flatMap((severity) => result.flags.filter((f) => f.severity === severity))
  const bandRank = new Map(content.framework.bands.map((b, i) => [b.id, i]))
  // Weak themes: those with a next level to reach, lowest band first, then in theme order.
  const weak = result.themes
    .filter((t) => t.nextLevel !== null && t.band !== null)
    .map((t, index) => ({ t, index }))
    .sort((a, b) => (bandRank.get(a.t.band?.id ?? '') ?? 0) - (bandRank.get(b.t.band?.id ?? '') ?? 0) || a.index - b.index)
    .map(({ t }) => t)
  const items: Recommendation[] = [
    ...flags.map((f) => ({
      kind: 'flag' as const,
      label: SEVERITY_LABEL[f.severity],
      severity: f.severity,
      title: f.title,
      text: f.action,
      why: f.why,
      because: f.because,
      links: f.references.map((r) => ({ text: r.title, url: r.url })),
    })),
    ...weak.map((t) => ({
      kind: 'theme' as const,
      label: 'Theme',
      severity: null,
      title: `${t.title} (${ragWordOf(t.band?.rag)})`,
      text: t.nextLevel ?? '',
      why: null,
      because: null,
      links: [] as ReportLink[],
    })),
  ].map((item, i) => ({ number: i + 1, ...item }))
  return {
    id: 'recommendations',
    title: 'Recommendations',
    intro: 'Risks raised by your answers come first, most serious first. Then, for each theme below the top band, what it would take to reach the next level.',
    items,
    emptyText: 'No risks were raised and every theme with a score is in the top band.',
  }
}

/** A source as a link, titled by the reference with the same URL where the content has one. */
function sourceLink(content: Content, url: string): ReportLink {
  const norm = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
  const ref = content.references.find((r) => norm(r.url) === norm(url))
  return { text: ref?.title ?? url, url }
}

export function caseStudies(content: Content, result: Result): CaseStudiesSection {
  const byId = new Map(content.caseStudies.map((c) => [c.id, c]))
  const items = result.recommendations.caseStudies.slice(0, MAX_CASE_STUDIES).flatMap((rec): CaseStudyItem[] => {
    const study = byId.get(rec.id)
    if (!study) return []
    return [
      {
        id: study.id,
        title: study.title,
        kindLabel: study.kind === 'lesson' ? 'Legal lesson' : 'Example of practice',
        organisation: study.organisation,
        place: study.place,
        years: study.years,
        summary: study.summary,
        outcomes: [...study.outcomes],
        reasons: rec.reasons.map((r) => r.text),
        sources: study.sources.map((url) => sourceLink(content, url)),
      },
    ]
  })
  const lessonIds = [...new Set(result.flags.flatMap((f) => f.lessons))]
  const lessons = lessonIds.flatMap((id) => {
    const study = byId.get(id)
    if (!study) return []
    const risks = result.flags.filter((f) => f.lessons.includes(id)).map((f) => f.title)
    return [
      {
        id,
        title: study.title,
        place: study.place,
        years: study.years,
        reason: `Risk flagged: ${risks.join('; ')}`,
        sources: study.sources.map((url) => sourceLink(content, url)),
      },
    ]
  })
  return {
    id: 'case-studies',
    title: 'Case studies to learn from',
    intro: `The ${items.length === 1 ? 'case study' : `${items.length} case studies`} most relevant to your answers, with the reasons each was chosen.`,
    items,
    lessons,
    emptyText: 'No case study matched your answers. Choose local priorities or complete more themes to see suggestions.',
  }
}

function optionItems(content: Content, recs: OptionRecommendation[], models: OptionModel[], max = recs.length): OptionItem[] {
  const byId = new Map(models.map((m) => [m.id, m]))
  const titles = new Map(content.caseStudies.map((c) => [c.id, c.title]))
  return recs.slice(0, max).map((rec) => ({
    id: rec.id,
    name: rec.name,
    summary: byId.get(rec.id)?.summary ?? '',
    reasons: rec.reasons.map((r) => r.text),
    prerequisites: [...(byId.get(rec.id)?.prerequisites ?? [])],
    examples: (byId.get(rec.id)?.examples ?? []).map((id) => titles.get(id) ?? id),
    cautions: rec.cautions.map((c) => ({ ...c })),
  }))
}

export function options(content: Content, result: Result): OptionsSection {
  return {
    id: 'options',
    title: 'Governance models and smarter services',
    groups: [
      {
        title: 'Governance models',
        intro:
          'Ways of running the service that may fit, with the reasons, what each needs in place first, and its cautions. Cautions marked “Applies to you” hold for your council.',
        items: optionItems(content, result.recommendations.governanceModels, content.governanceModels),
        emptyText: 'No governance model matched your answers.',
      },
      {
        title: 'Smarter services',
        intro: 'Approaches that may help, with the reasons. Cautions marked “Applies to you” hold for your council.',
        items: optionItems(content, result.recommendations.smarterServices, content.smarterServices, MAX_OPTIONS),
        emptyText: 'No smarter-services approach matched your answers.',
      },
    ],
  }
}
