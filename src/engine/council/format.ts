/** Numbers as people read them: "2,323.5", "27.3%". */
import type { MeasureDef } from './measures'

const oneDecimal = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 })
const whole = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/** A rate or share with at least 1 decimal place (a median of an even count may have 2). */
export function formatFigure(value: number, measure: Pick<MeasureDef, 'unit'>): string {
  const text = oneDecimal.format(value)
  return measure.unit.startsWith('%') ? `${text}%` : text
}

/** A count: "1,447,214". */
export function formatCount(value: number): string {
  return whole.format(value)
}

/** "A", "A and B", "A, B and C"; more than `max` names become "4 neighbours". */
export function nameList(names: readonly string[], max = 3): string {
  if (names.length > max) return `${names.length} neighbours`
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
