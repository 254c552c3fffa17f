/**
 * Turns the parsed YAML files into typed Content, or throws one ContentError listing every
 * problem: schema mistakes, duplicate ids, unknown ids, conditions that cannot work and figures
 * without a declared source. Each kind of check is one pass in ./validate/, sharing a Checker.
 */
import type { Content } from './schema.ts'
import { ContentError, type ContentProblem } from './content-error.ts'
import { Checker, formatPath, type RawContent, type RawFile } from './validate/context.ts'
import { parseFiles } from './validate/parse-files.ts'
import { checkIds } from './validate/check-ids.ts'
import { conditionChecker, indexQuestions } from './validate/check-conditions.ts'
import { checkQuestions } from './validate/check-questions.ts'
import { checkRecommendations } from './validate/check-recommendations.ts'
import { FACT_RULE_PENDING, factProblems, factRulePending } from './validate/check-facts.ts'

export type { RawContent, RawFile }
export { formatPath }

export interface Validated {
  content: Content
  /** Problems that do not fail the build yet: the figure rule in files still being brought up to it. */
  warnings: ContentProblem[]
}

/**
 * Validate every file and check the ids they use against each other, returning the warnings too.
 * `pending` lists the files whose figure-rule problems are warnings (default FACT_RULE_PENDING).
 * @throws ContentError listing every problem found
 */
export function validateContentWithWarnings(raw: RawContent, pending: readonly string[] = FACT_RULE_PENDING): Validated {
  const ck = new Checker()
  const parsed = parseFiles(raw, ck)
  const known = checkIds(raw, parsed, ck)
  const index = indexQuestions(parsed)
  const checkCondition = conditionChecker(parsed, known, index, ck)
  checkQuestions(parsed, known, index, checkCondition, ck)
  checkRecommendations(raw, parsed, known, checkCondition, ck)
  const facts = factProblems(raw, parsed)
  const warnings = facts.filter((f) => factRulePending(f.file, pending))
  ck.problems.push(...facts.filter((f) => !factRulePending(f.file, pending)))

  if (ck.problems.length > 0 || parsed.anyBroken) throw new ContentError(ck.problems)

  const content: Content = {
    framework: parsed.framework,
    profile: parsed.profile,
    themes: index.order.map((t) => t.theme),
    priorities: parsed.priorities,
    references: parsed.okRefs.map((r) => r.ref),
    flags: parsed.okRules.map((r) => r.flag),
    caseStudies: parsed.caseStudies,
    governanceModels: parsed.governanceModels,
    smarterServices: parsed.smarterServices,
    legalContext: parsed.legalContext ?? [],
  }
  return { content, warnings }
}

/**
 * Validate every file and check the ids they use against each other.
 * @throws ContentError listing every problem found
 */
export function validateContent(raw: RawContent, pending: readonly string[] = FACT_RULE_PENDING): Content {
  return validateContentWithWarnings(raw, pending).content
}
