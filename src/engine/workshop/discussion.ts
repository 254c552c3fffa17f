/**
 * The questions a workshop talks through, in discussion order (biggest split first), and the
 * filters a facilitator uses in the room: every question the room answered, the disagreements
 * only (some or strong disagreement, which includes every split on a statutory essential), or
 * the questions not yet agreed.
 */
import type { AgreedAnswer } from './consensus'
import type { QuestionAggregate, WorkshopAggregate } from './workshop-model'

export const DISCUSSION_FILTERS = ['all', 'disagreements', 'not-agreed'] as const
export type DiscussionFilter = (typeof DISCUSSION_FILTERS)[number]

export interface DiscussionItem {
  question: QuestionAggregate
  agreed: AgreedAnswer
  /** Place in the discussion order of all the questions answered, from 1 (stays the same when filtered). */
  rank: number
}

/** Whether the room's answers to a question are some way apart. */
export function isDisagreement(q: QuestionAggregate): boolean {
  return q.essentialSplit || q.level === 'some' || q.level === 'strong'
}

function matches(filter: DiscussionFilter, item: DiscussionItem): boolean {
  if (filter === 'disagreements') return isDisagreement(item.question)
  if (filter === 'not-agreed') return !item.agreed.settled
  return true
}

/** Every question at least one respondent answered, in discussion order, with its agreed answer. */
export function discussionItems(aggregate: WorkshopAggregate, agreed: readonly AgreedAnswer[]): DiscussionItem[] {
  const questions = new Map(aggregate.questions.map((q) => [q.id, q]))
  const answers = new Map(agreed.map((a) => [a.questionId, a]))
  return aggregate.byDisagreement
    .map((id) => questions.get(id)!)
    .filter((q) => q.answered > 0 && answers.has(q.id))
    .map((question, i) => ({ question, agreed: answers.get(question.id)!, rank: i + 1 }))
}

/** The items a filter keeps, in discussion order. */
export function filterDiscussion(items: readonly DiscussionItem[], filter: DiscussionFilter): DiscussionItem[] {
  return items.filter((item) => matches(filter, item))
}

/** How many items each filter keeps, for the filter's labels. */
export function filterCounts(items: readonly DiscussionItem[]): Record<DiscussionFilter, number> {
  return {
    all: items.length,
    disagreements: items.filter((i) => matches('disagreements', i)).length,
    'not-agreed': items.filter((i) => matches('not-agreed', i)).length,
  }
}
