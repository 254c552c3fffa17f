/**
 * The assessment being completed in this browser. Thin: state, autosave, and getters that call
 * the engine. Every change is saved to localStorage at once; a failure is shown, never swallowed.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { content } from '@/content'
import { assess } from '@/engine/assess/assess'
import type { AnswerValue } from '@/engine/core/assessment'
import { newSavedAssessment, parseSavedAssessment, serialiseSavedAssessment, type ActionRow, type SavedAssessment } from '@/engine/files/saved-file'
import { diffResults, withAnswer } from '@/engine/compare/what-if'
import { mergeSuggestions, suggestActions } from '@/engine/assess/action-plan'
import { backupUnreadable, clearStored, readStored, writeStored } from './storage'

function now(): string {
  return new Date().toISOString()
}

function restore(): { file: SavedAssessment; problem: string | null; exists: boolean } {
  const text = readStored()
  if (text === null) return { file: newSavedAssessment(content, now()), problem: null, exists: false }
  const parsed = parseSavedAssessment(text, content)
  if (parsed.ok) return { file: parsed.file, problem: null, exists: true }
  backupUnreadable(text)
  return { file: newSavedAssessment(content, now()), problem: `Your saved answers could not be read. ${parsed.message} A copy has been kept in this browser.`, exists: false }
}

const topBandId = content.framework.bands[content.framework.bands.length - 1]!.id

export const useAssessmentStore = defineStore('assessment', () => {
  const restored = restore()
  const file = ref<SavedAssessment>(restored.file)
  const restoreProblem = ref<string | null>(restored.problem)
  const hasSaved = ref(restored.exists)
  const saveError = ref<string | null>(null)

  const result = computed(() => assess(content, file.value.assessment))

  // What-if: one trial answer, assessed beside the real one until it is kept or discarded.
  const whatIf = ref<{ questionId: string; value: AnswerValue | undefined } | null>(null)
  const whatIfResult = computed(() => (whatIf.value ? assess(content, withAnswer(file.value.assessment, whatIf.value.questionId, whatIf.value.value)) : null))
  const whatIfChange = computed(() => (whatIfResult.value ? diffResults(result.value, whatIfResult.value) : null))
  function tryAnswer(questionId: string, value: AnswerValue | undefined) {
    whatIf.value = { questionId, value }
  }
  function keepWhatIf() {
    if (!whatIf.value) return
    const { questionId, value } = whatIf.value
    setAnswer(questionId, value, file.value.assessment.answers[questionId]?.note)
    whatIf.value = null
  }
  function discardWhatIf() {
    whatIf.value = null
  }
  const assessment = computed(() => file.value.assessment)

  function save() {
    const outcome = writeStored(serialiseSavedAssessment(file.value))
    saveError.value = outcome.ok ? null : outcome.reason
    if (outcome.ok) hasSaved.value = true
  }

  watch(
    file,
    () => {
      file.value.updatedAt = now()
    },
    { deep: true, flush: 'sync' },
  )
  watch(file, save, { deep: true })

  function setProfile(id: string, value: string | number | undefined) {
    if (value === undefined || value === '') delete file.value.assessment.profile[id]
    else file.value.assessment.profile[id] = value
  }

  function setPriorities(ids: string[]) {
    file.value.assessment.priorities = [...ids]
  }

  function setAnswer(questionId: string, value: AnswerValue | undefined, note?: string) {
    const answers = file.value.assessment.answers
    const trimmed = note?.trim() ? note : undefined
    // A note typed before an answer is chosen is kept, with an empty value that counts as unanswered.
    if (value === undefined) {
      if (trimmed === undefined) delete answers[questionId]
      else answers[questionId] = { value: '', note: trimmed }
      return
    }
    answers[questionId] = trimmed === undefined ? { value } : { value, note: trimmed }
  }

  function setThemeCompleted(themeId: string, completed: boolean) {
    const list = file.value.completedThemes.filter((t) => t !== themeId)
    file.value.completedThemes = completed ? [...list, themeId] : list
  }

  function setActionPlan(rows: ActionRow[]) {
    file.value.actionPlan = rows.map((r) => ({ ...r }))
  }

  /** The action plan starts with suggestions from flags and weak themes, then belongs to the user. */
  function startActionPlan() {
    if (file.value.actionPlan.length === 0) setActionPlan(suggestActions(result.value, topBandId))
  }

  /** Add suggestions for risks and themes that are not in the plan yet. */
  function addSuggestedActions() {
    setActionPlan(mergeSuggestions(file.value.actionPlan, suggestActions(result.value, topBandId)))
  }

  /** Replace what is in this browser with a loaded file. */
  function replaceWith(loaded: SavedAssessment) {
    file.value = structuredClone(loaded)
    restoreProblem.value = null
  }

  function startAgain() {
    clearStored()
    file.value = newSavedAssessment(content, now())
    hasSaved.value = false
    restoreProblem.value = null
  }

  function downloadText(): string {
    return serialiseSavedAssessment(file.value)
  }

  return { file, assessment, result, whatIf, whatIfResult, whatIfChange, tryAnswer, keepWhatIf, discardWhatIf, restoreProblem, hasSaved, saveError, save, setProfile, setPriorities, setAnswer, setThemeCompleted, setActionPlan, startActionPlan, addSuggestedActions, replaceWith, startAgain, downloadText }
})
