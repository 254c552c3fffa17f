/**
 * The presentation: a list of slides built from a Result, for a projector. Pure: every word and
 * number on a slide comes from here, and the slide components only lay it out.
 *
 * Slides, in order: title; the summary, led by the legal position; one summary of all themes; one slide per Red theme;
 * critical risks; the council's service in numbers (when given); for a workshop's agreed position, where the room split and the agreed
 * positions with dissent; top recommendations; governance models; next steps with leads and
 * dates. Lists are cut to a few items so a slide never needs scrolling, and say how many more
 * there are in the full report.
 */
import type { Band, Content } from '../../content/schema'
import type { Result, ThemeResult } from '../../engine/core'
import { type Slide, type SlideItem, type SlideOptions, type ThemeScore } from './slide-model'
import { cut, longDate, plural } from './slide-words'
import { dissentSlide, roomSplitSlide } from './room-slides'
import { nextSteps } from './next-steps'
import { numbersSlide } from './numbers-slide'

export * from './slide-model'
export { longDate } from './slide-words'

/** "3 Red, 5 Amber and 6 Green", in band order from the lowest. */
function bandCounts(themes: ThemeScore[], bands: Band[]): string {
  const parts = bands.map((b) => ({ rag: b.rag, n: themes.filter((t) => t.band?.rag === b.rag).length })).filter((p) => p.n > 0)
  const none = themes.filter((t) => t.band === null).length
  const words = [...parts.map((p) => `${p.n} ${p.rag}`), ...(none > 0 ? [`${none} with no score`] : [])]
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

function themeSlide(t: ThemeResult, index: number, of: number, score: ThemeScore, content: Content): Slide {
  const met = t.essentials.filter((e) => e.status === 'met').length
  const bands = content.framework.bands.map(({ name, rag, min }) => ({ name, rag, min }))
  return {
    kind: 'theme',
    id: `theme-${t.id}`,
    title: t.title,
    caption: `Red theme ${index + 1} of ${of}`,
    theme: score,
    bands,
    facts: [
      { label: 'Score', value: t.score === null ? 'No score' : `${t.score} out of 100` },
      ...(t.capped ? [{ label: 'Rating held back', value: 'By a statutory essential' }] : []),
      { label: 'Questions counted', value: String(t.counted) },
      ...(t.essentials.length > 0 ? [{ label: 'Statutory essentials met', value: `${met} of ${t.essentials.length}` }] : []),
      { label: 'Evidence gaps', value: String(t.gaps.length) },
    ],
    // Only answers that earned everything they could: a weak answer never "helps most".
    strengths: t.strengths
      .filter((d) => d.lost === 0 && d.gained > 0)
      .slice(0, 2)
      .map((d) => d.short),
    weaknesses: t.weaknesses.slice(0, 2).map((d) => d.short),
    nextLevel: nextLevelShort(t, content.framework.bands),
  }
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

  const { legal, completeness } = result
  slides.push({
    kind: 'headline',
    id: 'headline',
    title: 'Summary',
    legal: { level: legal.level, label: legal.label, summary: legal.summary, reasons: legal.reasons.slice(0, 2) },
    text: headline.text,
    overall: { score: result.overall.score, band: result.overall.band },
    facts: [
      { label: 'Critical risks', value: String(headline.criticalFlags) },
      { label: 'Statutory essentials met in full', value: `${headline.essentialsMet} of ${headline.essentialsTotal}` },
      { label: 'Overall score', value: result.overall.score === null ? 'No score' : `${result.overall.score} out of 100` },
      {
        label: 'Questions answered',
        value: `${completeness.answered} of ${completeness.visible}${completeness.dontKnow > 0 ? `, ${completeness.dontKnow} “Don’t know”` : ''}`,
      },
    ],
  })

  const red = result.themes.filter((t) => t.band?.rag === 'Red')
  slides.push({
    kind: 'overview',
    id: 'overview',
    title: 'All themes at a glance',
    lead: `${bandCounts(themes, content.framework.bands)}.${red.length > 0 ? ` The next ${red.length === 1 ? 'slide shows the Red theme' : `${red.length} slides show the Red themes`}.` : ''}`,
    themes,
    bands,
  })
  red.forEach((t, i) =>
    slides.push(
      themeSlide(
        t,
        i,
        red.length,
        themes.find((s) => s.id === t.id)!,
        content,
      ),
    ),
  )

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

  if (options.numbers) slides.push(numbersSlide(options.numbers))

  if (options.workshop?.combined) {
    slides.push(roomSplitSlide(content, options.workshop))
    slides.push(dissentSlide(content, options.workshop))
  }

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
    lead:
      ideas.length === 0
        ? 'No recommendations yet: answer more questions to get them.'
        : 'Ideas and case studies chosen for this council, with the reason for each.',
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
  return `${plural(needed, 'more point reaches', 'more points reach')} ${next.rag} (${next.name}).`
}
