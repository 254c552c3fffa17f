/**
 * Renders the workshop view's components to HTML with Vue's server renderer, for
 * scripts/bench-workshop.ts. Loaded through Vite with the Vue plugin, because the components are
 * single-file components. Not part of the app.
 */
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import WorkshopThemeTable from '../src/components/workshop/WorkshopThemeTable.vue'
import WorkshopQuestion from '../src/components/workshop/WorkshopQuestion.vue'
import type { WorkshopAggregate } from '../src/engine/workshop/aggregate'
import type { AgreedAnswer, AnswerChoice } from '../src/engine/workshop/consensus'

export interface RenderInput {
  aggregate: WorkshopAggregate
  agreed: Map<string, AgreedAnswer>
  choices: Map<string, AnswerChoice[]>
  names: Record<string, string>
}

/** The theme table and every answered question, in discussion order, as the page shows them. */
export async function renderWorkshopView(input: RenderInput): Promise<string> {
  const { aggregate, agreed, choices, names } = input
  const questions = aggregate.byDisagreement.map((id) => aggregate.questions.find((q) => q.id === id)!).filter((q) => q.answered > 0)
  const app = createSSRApp({
    render: () =>
      h('div', [
        h(WorkshopThemeTable, {
          themes: aggregate.themes,
          overall: aggregate.overall,
          respondents: aggregate.respondents.map((r) => ({ id: r.id, name: names[r.id] ?? r.name })),
        }),
        ...questions.map((q, i) =>
          h(WorkshopQuestion, {
            key: q.id,
            question: q,
            rank: i + 1,
            agreed: agreed.get(q.id)!,
            agreedText: String(agreed.get(q.id)?.value ?? ''),
            choices: choices.get(q.id) ?? [],
            names,
            showWho: false,
          }),
        ),
      ]),
  })
  return renderToString(app)
}
