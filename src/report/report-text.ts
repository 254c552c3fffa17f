/**
 * Fixed wording for the report: the scoring rules in plain words and the legal context. Kept
 * apart from build-report.ts so the wording can be read and reviewed on its own.
 *
 * Exported API:
 * - `scoringRules(bands: Band[]): string[]`
 * - `legalParagraphs(references: Reference[], disclaimer: string): ReportParagraph[]`
 * - types `ReportLink`, `ReportParagraph`
 */
import type { Band, Reference } from '@/engine/content-schema'

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

// Used when the content has no reference with the id, so the report always links to the law.
const FALLBACK: Record<string, ReportLink> = {
  'pl-act-1964-s7': { text: 'Public Libraries and Museums Act 1964, section 7', url: 'https://www.legislation.gov.uk/ukpga/1964/75/section/7' },
  'pl-act-1964-s8': { text: 'Public Libraries and Museums Act 1964, section 8', url: 'https://www.legislation.gov.uk/ukpga/1964/75/section/8' },
  'pl-act-1964-s10': { text: 'Public Libraries and Museums Act 1964, section 10', url: 'https://www.legislation.gov.uk/ukpga/1964/75/section/10' },
  'equality-act-s149': { text: 'Equality Act 2010, section 149', url: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149' },
  'dcms-statutory-guidance': { text: 'Libraries as a statutory service (DCMS guidance)', url: 'https://www.gov.uk/government/publications/guidance-on-libraries-as-a-statutory-service' },
}

/** Legal context: section 7, section 8, the equality duty, DCMS guidance and the disclaimer. */
export function legalParagraphs(references: Reference[], disclaimer: string): ReportParagraph[] {
  const byId = new Map(references.map((r) => [r.id, r]))
  const link = (id: string): ReportLink[] => {
    const ref = byId.get(id)
    if (ref) return [{ text: ref.title, url: ref.url }]
    const fallback = FALLBACK[id]
    return fallback ? [fallback] : []
  }
  return [
    {
      heading: 'The duty: a comprehensive and efficient service',
      text: 'Section 7 of the Public Libraries and Museums Act 1964 says every library authority must provide “a comprehensive and efficient library service for all persons desiring to make use thereof”. In plain words: people who live, work or study in the area and want to use the library must be able to reach a service that meets their needs, and the council must run it in a way that makes good use of the money available. It does not mean a library in every place. The Secretary of State oversees how councils meet the duty and can order a local inquiry (section 10).',
      links: [...link('pl-act-1964-s7'), ...link('pl-act-1964-s10')],
    },
    {
      heading: 'Free lending',
      text: 'Section 8 of the Act stops a council charging people who live, work or study in its area for borrowing books and other written material, or for reading them in the library. A council may charge for some other things, such as reserving items or borrowing audio and video.',
      links: link('pl-act-1964-s8'),
    },
    {
      heading: 'The equality duty',
      text: 'Under section 149 of the Equality Act 2010 (the public sector equality duty), the council must pay due regard to removing discrimination, advancing equality of opportunity and fostering good relations whenever it makes decisions, including decisions about libraries. Councils usually show this with an equality impact assessment made before the decision, not after it.',
      links: link('equality-act-s149'),
    },
    {
      heading: 'Government guidance',
      text: 'The Department for Culture, Media and Sport (DCMS) guidance “Libraries as a statutory service” explains what the duty means in practice. It asks councils to tell the DCMS libraries team before they consult on changes to the service. The guidance says it is not formal legal advice.',
      links: link('dcms-statutory-guidance'),
    },
    {
      heading: 'Disclaimer',
      text: `${disclaimer} The questions draw on the Act, government guidance and court cases about changes to library services. They are a structured way to check your evidence, not a test a court would apply.`,
      links: [],
    },
  ]
}
