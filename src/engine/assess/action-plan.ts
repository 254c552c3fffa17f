/**
 * The action plan: rows suggested from raised flags (critical first) and from themes below the
 * top band, which the user edits and keeps with the assessment. Each row is something a council
 * does, with a suggested lead role and a measure a committee can check: never score advice.
 */
import type { QuestionResult, Result, ThemeResult } from '../core/result'
import type { ActionRow } from '../files/saved-file'

/** The role that usually leads work in each theme (a role, never a person's name). */
const LEADS: Record<string, string> = {
  duty: 'Monitoring officer, with the head of libraries',
  needs: 'Head of libraries',
  strategy: 'Head of libraries',
  consultation: "Head of libraries, with the council's consultation lead",
  equality: 'Equality lead, with the head of libraries',
  access: 'Head of libraries',
  stock: 'Head of libraries',
  delivery: 'Director responsible for libraries',
  community: 'Head of libraries',
  partnerships: 'Head of libraries',
  efficiency: 'Finance business partner, with the head of libraries',
  performance: 'Head of libraries',
  workforce: 'Head of libraries, with HR',
  'local-priorities': 'Portfolio holder for libraries',
}
const DEFAULT_LEAD = 'Head of libraries'

/** The first sentence of a text, without its full stop. */
function firstSentence(text: string): string {
  const s = text.trim().split(/(?<=\.)\s+/)[0] ?? text
  return s.replace(/\.$/, '')
}

/** A label as a phrase inside quotation marks: no closing full stop. */
const phrase = (text: string) => text.trim().replace(/\.$/, '')

function leadFor(themeId: string | undefined): string {
  return (themeId && LEADS[themeId]) || DEFAULT_LEAD
}

/** Up to two of the theme's weakest answers that have a clear better answer, worst first. */
function weakest(theme: ThemeResult, byId: Map<string, QuestionResult>): QuestionResult[] {
  return theme.weaknesses
    .flatMap((d) => {
      const q = byId.get(d.questionId)
      return q?.goal && q.points < q.max ? [q] : []
    })
    .slice(0, 2)
}

/** Suggested rows, one per raised flag and one per theme that is not yet at the top band. */
export function suggestActions(result: Result, topBandId: string): ActionRow[] {
  const byId = new Map(result.questions.map((q) => [q.id, q]))
  const fromFlags = result.flags.map((f) => {
    const themeId = f.questionIds.map((id) => byId.get(id)?.themeId).find(Boolean)
    return {
      id: `flag-${f.id}`,
      action: f.action,
      lead: leadFor(themeId),
      targetDate: '',
      measure: `A dated committee or decision paper shows this is done: ${firstSentence(f.action).replace(/^./, (c) => c.toLowerCase())}`,
      source: f.id,
    }
  })
  const fromThemes = result.themes
    .filter((t) => t.band && (t.band.id !== topBandId || t.capped))
    .flatMap((t) => {
      const picks = weakest(t, byId)
      if (picks.length === 0) return []
      const action = `${t.title}: ${picks.map((q) => `for “${q.short}”, get from “${phrase(q.answerText)}” to “${phrase(q.goal!)}”`).join('; ')}.`
      const measure = `The committee sees the evidence: ${picks.map((q) => `“${phrase(q.goal!)}”`).join(' and ')}`
      return [{ id: `theme-${t.id}`, action, lead: leadFor(t.id), targetDate: '', measure, source: t.id }]
    })
  return [...fromFlags, ...fromThemes]
}

/** Add suggestions that are not in the plan yet, keeping every row the user has. */
export function mergeSuggestions(plan: ActionRow[], suggestions: ActionRow[]): ActionRow[] {
  const have = new Set(plan.map((r) => r.id))
  return [...plan, ...suggestions.filter((s) => !have.has(s.id))]
}
