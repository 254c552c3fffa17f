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
  const bottom = bands[0]
  const topName = top ? `${top.rag} (${top.name})` : 'the top band'
  const bottomName = bottom ? bottom.rag : 'the lowest band'
  return [
    'The result gives two judgements side by side. The legal position comes first: High, Medium or Low legal risk. Service maturity (the scores and bands) comes second.',
    'High legal risk: a critical risk is raised, or a statutory essential is not met or answered “Don’t know”. Medium: an essential is only partly met or not answered yet, or a warning rests on the Act or a court case. Low: neither.',
    `The overall level is never better than the legal position allows: ${bottomName} with high legal risk, and below ${topName} with medium legal risk.`,
    'Each statutory essential is judged met, partly met or not met on lines drawn from the Act, the guidance and the court cases, with the reason given. When changes are planned, work that is only started or out of date is not met.',
    'Each answer earns points. “In place” earns 3 of 4 points, so practice that is written down, agreed and happening reaches the top band without the top answer everywhere; “Not in place” or “No” earns none.',
    'A theme’s score is the points its answers earned as a share of the points they could have earned, from 0 to 100. Some questions count more than others within a theme.',
    '“Not applicable” answers are left out: they neither add nor take away points.',
    '“Don’t know” and unanswered questions score 0, are listed as evidence gaps, and are counted apart from real answers. Every “Don’t know” is listed as a question to ask your officers.',
    'Questions that do not apply to your council because of earlier answers are not shown and never count. Questions that only record facts are not scored.',
    `A theme is held at ${bottomName} while one of its statutory essentials is not met or a critical risk is raised on its questions. It cannot reach ${topName} while an essential is only partly met or not known.`,
    'The overall score is the average of the theme scores, each theme counting in proportion to the number of scored questions in it.',
    'Risks are raised by fixed rules over your answers, most serious first: those resting on the Act, then on court cases, then on guidance. Each risk says which answers raised it.',
    'Case studies, governance models and smarter-services ideas are suggested for stated reasons: the local priorities you chose (at least half of the first six case studies serve them where there are enough), a delivery model you are considering, themes below the top band, your type of council and the risks raised.',
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
