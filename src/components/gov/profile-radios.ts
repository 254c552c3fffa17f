import type { ProfileField } from '@/content/schema'

/** What a page puts in the radios of a profile question: its id, the answer and what to do with a new one. */
interface ProfileAnswer {
  idPrefix: string
  hint?: string
  errorMessage?: string
  modelValue?: string
  'onUpdate:modelValue': (value: string) => void
}

/** GovRadios props for a profile question that offers choices (About your council, the duty check). */
export function profileRadios(field: Extract<ProfileField, { kind: 'choice' }>, answer: ProfileAnswer) {
  return {
    name: field.id,
    legend: field.label,
    legendSize: 'm' as const,
    items: field.options.map((o) => ({ value: o.value, text: o.label, hint: o.hint })),
    ...answer,
    hint: answer.hint ?? field.hint,
  }
}
