/**
 * The presentation: a list of slides built from a Result, for a projector. Pure: every word and
 * number on a slide comes from here, and the slide components only lay it out.
 *
 * Slides, in order: title; headline; all themes at a glance; one slide per theme; critical
 * risks; top recommendations; governance models; next steps. Lists are cut to a few items so a
 * slide never needs scrolling, and say how many more there are in the full report.
 */
import type { Band, Content } from '../../content/schema'
import type { BandResult, Result, ThemeResult } from '../../engine/core/result'
import type { ActionRow } from '../../engine/files/saved-file'

/** The most items a list on a slide shows. */
export const MAX_ITEMS = 4

export interface SlideFact {
  label: string
  value: string
}

export interface SlideItem {
  title: string
  detail?: string
}

export interface ThemeScore {
  id: string
  title: string
  score: number | null
  band: BandResult | null
}

interface Base {
  id: string
  title: string
}

export type Slide =
  | (Base & { kind: 'title'; subtitle: string[] })
  | (Base & { kind: 'headline'; text: string; overall: { score: number | null; band: BandResult | null }; facts: SlideFact[] })
  | (Base & { kind: 'overview'; themes: ThemeScore[]; bands: Pick<Band, 'name' | 'rag' | 'min'>[] })
  | (Base & {
      kind: 'theme'
      caption: string
      theme: ThemeScore
      bands: Pick<Band, 'name' | 'rag' | 'min'>[]
      facts: SlideFact[]
      strengths: string[]
      weaknesses: string[]
      nextLevel: string | null
    })
  | (Base & { kind: 'list'; lead: string; items: SlideItem[]; more: number })

export type SlideKind = Slide['kind']

export interface SlideOptions {
  /** The council's name, if known. */
  council?: string
  /** The date the assessment was last changed (ISO), shown on the title slide. */
  date?: string
  /** "Combined from 5 respondents" for a workshop's agreed position. */
  combined?: string | null
  actionPlan?: ActionRow[]
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** An ISO date as "28 November 2026", or undefined when it is not a date. */
export function longDate(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  if (!m) return undefined
  const month = MONTHS[Number(m[2]) - 1]
  return month ? `${Number(m[3])} ${month} ${m[1]}` : undefined
}

function cut<T>(items: T[]): { shown: T[]; more: number } {
  return { shown: items.slice(0, MAX_ITEMS), more: Math.max(0, items.length - MAX_ITEMS) }
}

/** Build every slide for a Result. */
export function buildSlides(result: Result, content: Content, options: SlideOptions = {}): Slide[] {
  const bands = content.framework.bands.map(({ name, rag, min }) => ({ name, rag, min }))
  const themes: ThemeScore[] = result.themes.map((t) => ({ id: t.id, title: t.title, score: t.score, band: t.band }))
  const { headline } = result
  const slides: Slide[] = []

  slides.push({
    kind: 'title',
    id: 'title',
    title: 'Library service self-assessment',
    subtitle: [options.council, options.combined ?? undefined, longDate(options.date)].filter((s): s is string => Boolean(s)),
  })

  slides.push({
    kind: 'headline',
    id: 'headline',
    title: 'Headline',
    text: headline.text,
    overall: { score: result.overall.score, band: result.overall.band },
    facts: [
      { label: 'Overall score', value: result.overall.score === null ? 'No score' : `${result.overall.score} out of 100` },
      { label: 'Statutory essentials met in full', value: `${headline.essentialsMet} of ${headline.essentialsTotal}` },
      { label: 'Critical risks', value: String(headline.criticalFlags) },
      { label: 'Questions answered', value: `${result.completeness.answered} of ${result.completeness.visible}` },
    ],
  })

  slides.push({ kind: 'overview', id: 'overview', title: 'All themes at a glance', themes, bands })

  result.themes.forEach((t, i) => {
    const met = t.essentials.filter((e) => e.status === 'met').length
    slides.push({
      kind: 'theme',
      id: `theme-${t.id}`,
      title: t.title,
      caption: `Theme ${i + 1} of ${result.themes.length}`,
      theme: themes[i]!,
      bands,
      facts: [
        { label: 'Score', value: t.score === null ? 'No score' : `${t.score} out of 100` },
        ...(t.capped ? [{ label: 'Rating held back', value: 'By a statutory essential' }] : []),
        { label: 'Questions counted', value: String(t.counted) },
        ...(t.essentials.length > 0 ? [{ label: 'Statutory essentials met', value: `${met} of ${t.essentials.length}` }] : []),
        { label: 'Evidence gaps', value: String(t.gaps.length) },
      ],
      strengths: t.strengths.slice(0, 2).map((d) => d.short),
      weaknesses: t.weaknesses.slice(0, 2).map((d) => d.short),
      nextLevel: nextLevelShort(t, content.framework.bands),
    })
  })

  const critical = result.flags.filter((f) => f.severity === 'critical')
  const flags = cut(critical.map((f) => ({ title: f.title, detail: f.action })))
  const warnings = result.flags.filter((f) => f.severity === 'warning').length
  slides.push({
    kind: 'list',
    id: 'critical-risks',
    title: 'Critical risks',
    lead:
      critical.length === 0
        ? `No critical risks were raised.${warnings > 0 ? ` ${warnings} ${warnings === 1 ? 'warning is' : 'warnings are'} in the full report.` : ''}`
        : `${critical.length} ${critical.length === 1 ? 'risk needs' : 'risks need'} action before any change to the service is decided.`,
    items: flags.shown,
    more: flags.more,
  })

  const studies = new Map(content.caseStudies.map((c) => [c.id, c]))
  const smarter = result.recommendations.smarterServices.map((r): SlideItem => ({ title: r.name, detail: r.reasons[0]?.text }))
  const cases = result.recommendations.caseStudies.flatMap((r): SlideItem[] => {
    const study = studies.get(r.id)
    return study ? [{ title: `Case study: ${study.title} (${study.organisation})`, detail: r.reasons[0]?.text }] : []
  })
  // The two best ideas and the two best case studies first, then the rest.
  const ideas = [...smarter.slice(0, 2), ...cases.slice(0, 2), ...smarter.slice(2), ...cases.slice(2)]
  const top = cut(ideas.map((i) => (i.detail ? i : { title: i.title })))
  slides.push({
    kind: 'list',
    id: 'recommendations',
    title: 'Top recommendations',
    lead: ideas.length === 0 ? 'No recommendations yet: answer more questions to get them.' : 'Ideas and case studies chosen for this council, with the reason for each.',
    items: top.shown,
    more: top.more,
  })

  const models = cut(
    result.recommendations.governanceModels.map((m) => {
      const caution = m.cautions.find((c) => c.applies)
      const detail = [m.reasons[0]?.text, caution ? `Caution: ${caution.text}` : undefined].filter(Boolean).join(' ')
      return detail ? { title: m.name, detail } : { title: m.name }
    }),
  )
  slides.push({
    kind: 'list',
    id: 'governance-models',
    title: 'Governance models',
    lead: models.shown.length === 0 ? 'No delivery model stands out from these answers.' : 'Delivery models that fit these answers, best fit first.',
    items: models.shown,
    more: models.more,
  })

  slides.push({ kind: 'list', id: 'next-steps', title: 'Next steps', ...nextSteps(result, options.actionPlan ?? []) })
  return slides
}

/**
 * What the next band needs, short enough for a slide. The questions that hold the theme back
 * are listed beside it; the full sentence is on the results page.
 */
export function nextLevelShort(theme: ThemeResult, bands: Band[]): string | null {
  if (theme.score === null || theme.band === null) return null
  const index = bands.findIndex((b) => b.id === theme.band!.id)
  const next = bands[index + 1]
  if (!next) return null
  if (theme.capped) {
    const blocking = theme.essentials.filter((e) => e.status === 'not-met' || e.status === 'unknown').map((e) => e.short)
    return `The score is high enough for ${next.rag}, but ${blocking.length === 1 ? 'a statutory essential is' : 'statutory essentials are'} not shown to be met: ${blocking.join('; ')}.`
  }
  const needed = next.min - theme.score
  return `${needed} more ${needed === 1 ? 'point reaches' : 'points reach'} ${next.rag} (${next.name}).`
}

function nextSteps(result: Result, plan: ActionRow[]): { lead: string; items: SlideItem[]; more: number } {
  if (plan.length > 0) {
    const rows = cut(plan.map((r) => ({ title: r.action, detail: [r.lead && `Lead: ${r.lead}`, r.targetDate && `By: ${longDate(r.targetDate) ?? r.targetDate}`].filter(Boolean).join('. ') || undefined })))
    return { lead: 'From the action plan.', items: rows.shown.map((i) => (i.detail ? i : { title: i.title })), more: rows.more }
  }
  const items: SlideItem[] = []
  for (const flag of result.flags.filter((f) => f.severity === 'critical').slice(0, 2)) items.push({ title: flag.action })
  const weakest = result.themes.find((t) => t.id === result.headline.weakestThemeId)
  if (weakest?.nextLevel) items.push({ title: `Strengthen ${weakest.title}`, detail: weakest.nextLevel })
  const gaps = result.themes.reduce((sum, t) => sum + t.gaps.length, 0)
  if (gaps > 0) items.push({ title: `Close ${gaps} evidence ${gaps === 1 ? 'gap' : 'gaps'}`, detail: 'Find out the answers recorded as “Don’t know” or not answered.' })
  items.push({ title: 'Agree an action plan, with a lead and a date for each action, and a date to assess again.' })
  const rows = cut(items)
  return { lead: 'Suggested from the results.', items: rows.shown, more: rows.more }
}
