/** Conditions: one small data-only language for show-when, flags and recommendation fit. */
import { z } from 'zod'
import { Id } from './common.ts'

export type Scalar = string | number
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answer: string; equals: Scalar }
  | { answer: string; in: Scalar[] }
  | { answer: string; answered: boolean }
  | { answer: string; atMost: number }
  | { answer: string; atLeast: number }
  | { theme: string; below: number }
  | { theme: string; atLeast: number }
  | { priority: string }
  | { profile: string; equals: Scalar }
  | { profile: string; in: Scalar[] }

const Scalar = z.union([z.string(), z.number()])
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ answer: Id, equals: Scalar }),
    z.strictObject({ answer: Id, in: z.array(Scalar).min(1) }),
    z.strictObject({ answer: Id, answered: z.boolean() }),
    z.strictObject({ answer: Id, atMost: z.number() }),
    z.strictObject({ answer: Id, atLeast: z.number() }),
    z.strictObject({ theme: Id, below: z.number().min(0).max(100) }),
    z.strictObject({ theme: Id, atLeast: z.number().min(0).max(100) }),
    z.strictObject({ priority: Id }),
    z.strictObject({ profile: Id, equals: Scalar }),
    z.strictObject({ profile: Id, in: z.array(Scalar).min(1) }),
  ]),
)
