/**
 * The slide model: what every slide holds. Pure data; the slide components only lay it out.
 */
import type { Band } from '../../content/schema'
import type { BandResult, LegalLevel } from '../../engine/core'
import type { ActionRow, SavedAssessment } from '../../engine/files'
import type { CouncilNumbers } from '../council-numbers'

/** The most items a list on a slide shows. */
export const MAX_ITEMS = 4

export interface SlideFact {
  label: string
  value: string
}

export interface SlideItem {
  title: string
  detail?: string
  /** A short label shown as a tag beside the title, such as "Strong disagreement". */
  tag?: string
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

export type SlideBands = Pick<Band, 'name' | 'rag' | 'min'>[]

export type Slide =
  | (Base & { kind: 'title'; subtitle: string[] })
  | (Base & {
      kind: 'headline'
      /** The legal position leads the summary: its label, one sentence, and its main reasons. */
      legal: { level: LegalLevel; label: string; summary: string; reasons: string[] }
      text: string
      overall: { score: number | null; band: BandResult | null }
      facts: SlideFact[]
    })
  | (Base & { kind: 'overview'; lead: string; themes: ThemeScore[]; bands: SlideBands })
  | (Base & {
      kind: 'theme'
      caption: string
      theme: ThemeScore
      bands: SlideBands
      facts: SlideFact[]
      strengths: string[]
      weaknesses: string[]
      nextLevel: string | null
    })
  | (Base & { kind: 'list'; lead: string; items: SlideItem[]; more: number })
  | (Base & {
      kind: 'numbers'
      lead: string
      /** One row per measure: "No figure" or "Left out: figure looks wrong", never 0, for a gap. */
      rows: { id: string; title: string; council: string; median: string; rank: string }[]
      /** Advice-level prompts only ("Worth checking: …"), at most two; the rest are in the report. */
      advice: string[]
      moreAdvice: number
      /** The sources, their years and where the neighbours come from. */
      footer: string[]
    })

export type SlideKind = Slide['kind']

export interface SlideOptions {
  /** The council's name, if known. */
  council?: string
  /** The date the assessment was last changed (ISO), shown on the title slide. */
  date?: string
  /** "Combined from 5 respondents" for a workshop's agreed position. */
  combined?: string | null
  actionPlan?: ActionRow[]
  /**
   * A workshop's agreed position: its answers and what the room said (the file's `combined`).
   * Adds the slides for where the room split and the agreed positions with dissent. Slides never
   * show respondents' names: the file does not hold them.
   */
  workshop?: Pick<SavedAssessment, 'assessment' | 'combined'>
  /** "Your service in numbers" (outputs/council-numbers.ts) when the profile names a council: adds its slide after the critical risks. */
  numbers?: CouncilNumbers | null
}
