/**
 * The next-steps slide: each step with its lead and date. From the action plan when there is
 * one (a step without a lead or a date says so, so the room can agree them); otherwise
 * suggested from the results: critical risks first, then the weakest theme and the evidence
 * gaps, each with its lead and date still to agree.
 */
import type { Result } from '../../engine/core'
import type { ActionRow } from '../../engine/files'
import type { SlideItem } from './slide-model'
import { cut, longDate, plural } from './slide-words'

const TO_AGREE = 'to be agreed'

function leadAndDate(lead: string, date: string): string {
  const by = date.trim() === '' ? TO_AGREE : (longDate(date) ?? date.trim())
  return `Lead: ${lead.trim() === '' ? TO_AGREE : lead.trim()}. By: ${by}.`
}

export function nextSteps(result: Result, plan: readonly ActionRow[]): { lead: string; items: SlideItem[]; more: number } {
  if (plan.length > 0) {
    const rows = cut(plan.map((r) => ({ title: r.action, detail: leadAndDate(r.lead, r.targetDate) })))
    const missing = plan.filter((r) => r.lead.trim() === '' || r.targetDate.trim() === '').length
    return {
      lead: missing === 0 ? 'From the action plan.' : `From the action plan. ${plural(missing, 'step still needs', 'steps still need')} a lead or a date.`,
      items: rows.shown,
      more: rows.more,
    }
  }
  const items: SlideItem[] = []
  for (const flag of result.flags.filter((f) => f.severity === 'critical').slice(0, 2)) items.push({ title: flag.action, detail: leadAndDate('', '') })
  const weakest = result.themes.find((t) => t.id === result.headline.weakestThemeId)
  if (weakest?.nextLevel) items.push({ title: `Strengthen ${weakest.title}`, detail: leadAndDate('', '') })
  const gaps = result.themes.reduce((sum, t) => sum + t.gaps.length, 0)
  if (gaps > 0) items.push({ title: `Find out the ${plural(gaps, 'answer', 'answers')} recorded as “Don’t know” or not answered`, detail: leadAndDate('', '') })
  items.push({ title: 'Agree an action plan, with a lead and a date for each action, and a date to assess again.' })
  const rows = cut(items)
  return { lead: 'Suggested from the results. Agree a lead and a date for each.', items: rows.shown, more: rows.more }
}
