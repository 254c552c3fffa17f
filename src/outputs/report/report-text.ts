/**
 * Fixed wording for the report: the scoring rules in plain words, and the legal context from
 * questions/report.yaml with its links. Kept
 * apart from build-report.ts so the wording can be read and reviewed on its own.
 *
 * Exported API:
 * - `scoringRules(bands: Band[]): string[]`
 * - `legalParagraphs(content, disclaimer: string): ReportParagraph[]` (the wording lives in questions/report.yaml)
 * - types `ReportLink`, `ReportParagraph`
 */
import type { Band, Content } from '@/content/schema'

export interface ReportLink {
  text: string
  url: string
}

export interface ReportParagraph {
  heading: string | null
  text: string
  links: ReportLink[]
}

/** How scores, bands, risks and suggestions are worked out, in plain words. */
export function scoringRules(bands: Band[]): string[] {
  const top = bands[bands.length - 1]
  const topName = top ? `${top.rag} (${top.name})` : 'the top band'
  return [
    'Each answer earns points. Answers that show practice is in place, written down and reviewed earn the most; “Not in place” or “No” earns none.',
    'A theme’s score is the points its answers earned as a share of the points they could have earned, from 0 to 100. Some questions count more than others within a theme.',
    '“Not applicable” answers are left out: they neither add nor take away points.',
    '“Don’t know” and unanswered questions score 0 and are listed as evidence gaps.',
    'Questions that do not apply to your council because of earlier answers are not shown and never count. Questions that only record facts are not scored.',
    `A theme cannot reach ${topName} while one of its statutory essentials is not met or not known: it stays one band lower until the essential is met, at least in part.`,
    'The overall score is the average of the theme scores, each theme counting in proportion to the number of scored questions in it. The same rule about statutory essentials applies.',
    'Risks are raised by fixed rules over your answers. Each risk says which answers raised it.',
    'Case studies, governance models and smarter-services ideas are suggested for stated reasons: the local priorities you chose, themes below the top band, your type of council and the risks raised.',
  ]
}

/**
 * Legal context from questions/report.yaml, each paragraph with links to its sources, then the
 * disclaimer.
 */
export function legalParagraphs(content: Pick<Content, 'legalContext' | 'references'>, disclaimer: string): ReportParagraph[] {
  const byId = new Map(content.references.map((r) => [r.id, r]))
  const paragraphs = content.legalContext.map((p) => ({
    heading: p.heading,
    text: p.text,
    links: p.refs.flatMap((id) => {
      const ref = byId.get(id)
      return ref ? [{ text: ref.title, url: ref.url }] : []
    }),
  }))
  return [
    ...paragraphs,
    {
      heading: 'Disclaimer',
      text: `${disclaimer} The questions draw on the Act, government guidance and court cases about changes to library services. They are a structured way to check your evidence, not a test a court would apply.`,
      links: [],
    },
  ]
}
