/**
 * The report sections that carry the judgement: the executive summary (legal position first, then
 * the overall level and service maturity), the findings for each theme, and the questions to ask
 * officers. Part of the report model made by build-report.ts; nothing here scores or ranks.
 */
import type { Result, ThemeResult } from '@/engine/core'
import { completenessText } from '@/engine/assess'
import type { OfficerQuestionsSection, Rag, SummarySection, ThemeFinding } from './report-model'

export const NOT_LEGAL_ADVICE =
  'This self-assessment is not legal advice. It does not decide whether your council meets its statutory duty. Take your own legal advice before making decisions about the library service.'

export function ragWordOf(rag: Rag | null | undefined): string {
  return rag ?? 'No score'
}

export function summary(result: Result): SummarySection {
  const { overall, headline, legal, maturity } = result
  const ragWord = ragWordOf(overall.band?.rag)
  const overallText =
    overall.score === null || !overall.band
      ? 'Overall level: No score. No answered question counts towards a score yet.'
      : `Overall level: ${ragWord} (${overall.band.name}), with a score of ${overall.score} out of 100.` + (overall.capReason ? ` ${overall.capReason}` : '')
  const essentials = {
    total: headline.essentialsTotal,
    met: headline.essentialsMet,
    partlyMet: headline.essentialsPartlyMet,
    notMet: headline.essentialsNotMet,
    unknown: headline.essentialsUnknown,
  }
  const completeness = { ...result.completeness, text: `${completenessText(result.completeness)}.` }
  const paragraphs = [
    `${legal.label}. ${legal.summary}`,
    overallText,
    `Statutory essentials: ${essentials.met} met, ${essentials.partlyMet} partly met, ${essentials.notMet} not met and ${essentials.unknown} not known, out of ${essentials.total}.`,
    `Critical risks raised: ${headline.criticalFlags}.`,
    completeness.text,
  ]
  return {
    id: 'summary',
    title: 'Executive summary',
    headline: headline.text,
    legal: { level: legal.level, label: legal.label, summary: legal.summary, reasons: [...legal.reasons] },
    maturityText: maturity.text,
    completeness,
    overall: { score: overall.score, rag: overall.band?.rag ?? null, ragWord, bandName: overall.band?.name ?? null, capped: overall.capped, text: overallText },
    essentials,
    criticalRisks: headline.criticalFlags,
    paragraphs,
    notLegalAdvice: NOT_LEGAL_ADVICE,
  }
}

export function officerQuestions(result: Result): OfficerQuestionsSection {
  const items = result.officerQuestions.map((q, i) => ({
    number: i + 1,
    questionId: q.questionId,
    themeTitle: q.themeTitle,
    short: q.short,
    prompt: q.prompt,
    label: q.essential ? 'Statutory essential' : q.legal ? 'Decides the legal position' : null,
  }))
  return {
    id: 'officer-questions',
    title: 'Questions to ask your officers',
    intro: `Every question answered “Don’t know”, to take to the officers responsible. Statutory essentials come first: find these out before any decision.`,
    items,
    emptyText: 'No question was answered “Don’t know”.',
  }
}

export function finding(theme: ThemeResult): ThemeFinding {
  return {
    id: theme.id,
    title: theme.title,
    score: theme.score,
    scoreText: theme.score === null ? 'No score' : `${theme.score} out of 100`,
    rag: theme.band?.rag ?? null,
    ragWord: ragWordOf(theme.band?.rag),
    bandName: theme.band?.name ?? null,
    capped: theme.capped,
    capReason: theme.capReason,
    explanation: [...theme.explanation],
    gaps: theme.gaps.map((g) => `${g.short} (${g.reason === 'dont-know' ? 'Don’t know' : 'not answered'})`),
    nextLevel: theme.nextLevel,
  }
}
