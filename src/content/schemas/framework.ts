/** framework.yaml: scales, bands, theme order, audiences. */
import { z } from 'zod'
import { Id, Text } from './common.ts'

export const ScaleOptionSchema = z.strictObject({
  value: Id,
  label: Text,
  points: z.number().min(0),
  /** What a council at this level can show: observable practice, not "good" or "poor". */
  descriptor: Text,
})

export const ScaleSchema = z.strictObject({
  id: Id,
  title: Text,
  options: z.array(ScaleOptionSchema).min(2),
})

export const BandSchema = z.strictObject({
  id: Id,
  name: Text,
  rag: z.enum(['Red', 'Amber', 'Green']),
  /** Lowest theme score (0 to 100) that reaches this band. */
  min: z.number().min(0).max(100),
  description: Text,
})

export const LabelledIdSchema = z.strictObject({ id: Id, label: Text })

export const FrameworkSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0'),
  scales: z.array(ScaleSchema).min(1),
  bands: z.array(BandSchema).min(2),
  themeOrder: z.array(Id).min(1),
  audiences: z.array(LabelledIdSchema).min(1),
  /** The most local priorities a council can choose. */
  maxPriorities: z.number().int().min(1).max(9),
})
