/**
 * Facts: every figure in the text of a flag, case study, model, approach or report paragraph
 * is declared with the source it comes from (see "Figures and their sources" in
 * questions/README.md, and src/content/validate/check-facts.ts for the rule).
 */
import { z } from 'zod'
import { Id, Url } from './common.ts'

/** A figure exactly as it is written in the text: 15, 1,357, 59.3 (no £, % or unit). */
export const FigureValue = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d[\d,]*(\.\d+)?$/, 'must be a figure as written in the text, such as 15, 1,357 or 59.3 (without £, % or units)'))

/** For entries with `refs` (flags, models, approaches, report paragraphs): one of those reference ids. */
export const RefFactSchema = z.strictObject({ value: FigureValue, ref: Id })
/** For case studies: one of the case study's `sources` URLs. */
export const SourceFactSchema = z.strictObject({ value: FigureValue, source: Url })

export type RefFact = z.infer<typeof RefFactSchema>
export type SourceFact = z.infer<typeof SourceFactSchema>
