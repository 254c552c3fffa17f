/** Checks on the "About your council" answers, with GOV.UK-style error messages. */
import type { Content } from '../../content/schema'

export interface FieldError {
  fieldId: string
  message: string
}

/** Errors for typed profile answers (text as typed), in the order of the fields. */
export function profileErrors(content: Content, typed: Record<string, string | undefined>): FieldError[] {
  const errors: FieldError[] = []
  for (const field of content.profile) {
    const raw = (typed[field.id] ?? '').trim()
    const name = field.short.toLowerCase()
    if (raw === '') {
      if (!field.optional)
        errors.push({ fieldId: field.id, message: ('error' in field && field.error) || (field.kind === 'choice' ? `Select ${name}` : `Enter ${name}`) })
      continue
    }
    if (field.kind === 'text' && raw.length > field.maxLength) {
      errors.push({ fieldId: field.id, message: `${field.short} must be ${field.maxLength} characters or fewer` })
    }
    if (field.kind === 'number') {
      const n = Number(raw.replace(/,/g, ''))
      if (!Number.isFinite(n) || !Number.isInteger(n)) errors.push({ fieldId: field.id, message: `${field.short} must be a whole number, like 250000` })
      else if (n < field.min || (field.max !== undefined && n > field.max)) {
        errors.push({ fieldId: field.id, message: `${field.short} must be between ${field.min} and ${field.max ?? 'any number'}` })
      }
    }
    if (field.kind === 'choice' && !field.options.some((o) => o.value === raw)) {
      errors.push({ fieldId: field.id, message: `Select ${name}` })
    }
  }
  return errors
}
