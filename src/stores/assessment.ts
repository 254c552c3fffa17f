/**
 * The assessment being completed in this browser. Thin: state, saving, and getters that call
 * the engine.
 *
 * Every change goes through an action here, which stamps `updatedAt` and saves at once (no
 * watcher writes into what it watches). Saving never overwrites answers another tab saved:
 * before each write the stored text is compared with what this tab last read or wrote, and a
 * `storage` event from another tab stops saving too. Then `conflict` says so and the page
 * offers to reload. A failure to save is shown, never swallowed.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { content } from '@/content'
import { assess } from '@/engine/assess'
import type { AnswerValue } from '@/engine/core'
import { newSavedAssessment, readSavedAssessment, serialiseSavedAssessment, setAsideSentence, type ActionRow, type SavedAssessment } from '@/engine/files'
import { diffResults, withAnswer } from '@/engine/compare'
import { mergeSuggestions, suggestActions } from '@/engine/assess'
import { STORAGE_KEY, STORAGE_OFF, clearStored, keepCopy, listCopies, readCopy, readStored, removeCopy, writeStored } from './storage'
import { describeCopy, noticeText, type CopyInfo, type RestoreNotice } from '@/engine/files'
import { restore } from './assessment-restore'
import type { SimilarCouncils } from '@/engine/assess'

function now(): string {
  return new Date().toISOString()
}

const topBandId = content.framework.bands[content.framework.bands.length - 1]!.id
const PROTECTED = 'Your earlier saved answers could not be read, and the tool could not keep a copy of them, so it is not saving over them.'

function isEmpty(file: SavedAssessment): boolean {
  const a = file.assessment
  return Object.keys(a.answers).length === 0 && Object.keys(a.profile).length === 0 && a.priorities.length === 0 && file.actionPlan.length === 0
}

export const useAssessmentStore = defineStore('assessment', () => {
  const restored = restore(content, now())
  const file = ref<SavedAssessment>(restored.file)
  const restoreNotice = ref<RestoreNotice | null>(restored.notice)
  const restoreProblem = computed(() => (restoreNotice.value ? noticeText(restoreNotice.value) : null))
  const hasSaved = ref(restored.exists)
  const saveError = ref<string | null>(restored.storageOff ? STORAGE_OFF : null)
  /** Another tab changed (or deleted) the saved answers; this tab has stopped saving. */
  const conflict = ref<'changed' | 'deleted' | null>(null)
  /** The stored text this tab last read or wrote. */
  let known: string | null = restored.stored
  let protect = restored.protect

  const copies = ref<CopyInfo[]>([])
  function refreshCopies() {
    copies.value = listCopies().map((c, i) => describeCopy(c.key, i + 1, c.text))
  }
  refreshCopies()

  // The national data load only when a result is asked for and the profile names a council (by
  // dynamic import, so they stay out of the first load); then case studies about similar councils
  // gain their reason.
  const similarTo = shallowRef<((code: string) => SimilarCouncils) | undefined>()
  let councilAsked = false
  function similarFor(profile: SavedAssessment['assessment']['profile']) {
    const code = profile['council-code']
    if (typeof code !== 'string' || code === '') return undefined
    if (!similarTo.value && !councilAsked) {
      councilAsked = true
      void Promise.all([import('@/council'), import('@/engine/council/similar')])
        .then(async ([{ councilIndexFor }, { similarCaseStudies }]) => {
          const index = await councilIndexFor(profile)
          if (index) similarTo.value = (c) => similarCaseStudies(index, c)
        })
        // Offline or a new deployment: try again the next time a result is worked out.
        .catch(() => (councilAsked = false))
    }
    return similarTo.value?.(code)
  }
  const result = computed(() => assess(content, file.value.assessment, { similar: similarFor(file.value.assessment.profile) }))

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

  /** Write the answers, unless another tab has written since this one last read or wrote. */
  function save(force = false) {
    if (protect && !force) {
      saveError.value = PROTECTED
      return
    }
    if (!force && conflict.value) return
    const current = readStored()
    if (!force && current !== known) {
      const other = otherWrite(current)
      if (other !== 'unreadable') {
        conflict.value = other
        return
      }
      // Not answers at all (damaged in storage): keep a copy, then write the answers over it.
      if (!keepCopy(current!).ok) {
        saveError.value = PROTECTED
        return
      }
      refreshCopies()
    }
    const text = serialiseSavedAssessment(file.value)
    const outcome = writeStored(text)
    saveError.value = outcome.ok ? null : outcome.reason
    if (outcome.ok) {
      known = text
      hasSaved.value = true
      protect = false
    }
  }

  /** Every change ends here: stamp the time and save. */
  function changed() {
    file.value.updatedAt = now()
    save()
  }

  /** What another writer did to the stored answers: deleted them, saved answers, or left something unreadable. */
  function otherWrite(current: string | null): 'deleted' | 'changed' | 'unreadable' {
    if (current === null) return 'deleted'
    return readSavedAssessment(current, content).ok ? 'changed' : 'unreadable'
  }

  function onStorage(event: StorageEvent) {
    if (event.key !== STORAGE_KEY && event.key !== null) return
    const current = readStored()
    if (current === known) return
    const other = otherWrite(current)
    // Something unreadable is not newer answers: the next save keeps a copy of it and repairs it.
    if (other !== 'unreadable') conflict.value = other
  }
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage)

  /** Take the answers another tab saved, dropping this tab's unsaved ones (the page offers a download first). */
  function adoptStored() {
    const text = readStored()
    const read = text === null ? null : readSavedAssessment(text, content)
    file.value = read?.ok ? read.file : newSavedAssessment(content, now())
    known = text
    hasSaved.value = read?.ok ?? false
    conflict.value = null
  }

  function setProfile(id: string, value: string | number | undefined) {
    if (value === undefined || value === '') delete file.value.assessment.profile[id]
    else file.value.assessment.profile[id] = value
    changed()
  }

  function setPriorities(ids: string[]) {
    file.value.assessment.priorities = [...ids]
    changed()
  }

  function setAnswer(questionId: string, value: AnswerValue | undefined, note?: string) {
    const answers = file.value.assessment.answers
    const trimmed = note?.trim() ? note : undefined
    // A note typed before an answer is chosen is kept, with an empty value that counts as unanswered.
    if (value === undefined) {
      if (trimmed === undefined) delete answers[questionId]
      else answers[questionId] = { value: '', note: trimmed }
    } else answers[questionId] = trimmed === undefined ? { value } : { value, note: trimmed }
    changed()
  }

  function setThemeCompleted(themeId: string, completed: boolean) {
    const list = file.value.completedThemes.filter((t) => t !== themeId)
    file.value.completedThemes = completed ? [...list, themeId] : list
    changed()
  }

  function setActionPlan(rows: ActionRow[]) {
    file.value.actionPlan = rows.map((r) => ({ ...r }))
    file.value.actionPlanStarted = true
    changed()
  }

  /** The action plan starts once with suggestions from flags and weak themes, then belongs to the user. */
  function startActionPlan() {
    if (file.value.actionPlanStarted) return
    if (file.value.actionPlan.length === 0) setActionPlan(suggestActions(result.value, topBandId))
    // A plan from before the flag existed already has rows: mark it, and save with the next change.
    else file.value.actionPlanStarted = true
  }

  /** Add suggestions for risks and themes that are not in the plan yet. */
  function addSuggestedActions() {
    setActionPlan(mergeSuggestions(file.value.actionPlan, suggestActions(result.value, topBandId)))
  }

  /** Replace what is in this browser with a loaded file: the person asked, so it is saved even over another tab's answers. */
  function replaceWith(loaded: SavedAssessment) {
    file.value = structuredClone(loaded)
    restoreNotice.value = null
    conflict.value = null
    save(true)
  }

  function startAgain() {
    clearStored()
    known = null
    protect = false
    file.value = newSavedAssessment(content, now())
    hasSaved.value = false
    restoreNotice.value = null
    conflict.value = null
    refreshCopies()
  }

  function downloadText(): string {
    return serialiseSavedAssessment(file.value)
  }

  function copyText(key: string): string | null {
    return readCopy(key)
  }

  /**
   * Load what can be read from a kept copy. The answers in this browser are kept as a copy first,
   * so recovering never loses anything.
   */
  function recoverCopy(key: string): { ok: true; setAside: string[] } | { ok: false; message: string } {
    const text = readCopy(key)
    if (text === null) return { ok: false, message: 'That copy is no longer in this browser.' }
    const read = readSavedAssessment(text, content)
    if (!read.ok) return { ok: false, message: `This copy cannot be recovered. ${read.message} You can still download it.` }
    if (!isEmpty(file.value)) {
      const kept = keepCopy(downloadText())
      if (!kept.ok)
        return {
          ok: false,
          message: `The answers in this browser could not be kept as a copy first, so nothing was changed. ${kept.reason} Download your answers, then delete them and try again.`,
        }
    }
    replaceWith(read.file)
    refreshCopies()
    return { ok: true, setAside: read.setAside.map(setAsideSentence) }
  }

  function deleteCopy(key: string) {
    removeCopy(key)
    refreshCopies()
  }

  return {
    file,
    assessment,
    result,
    whatIf,
    whatIfResult,
    whatIfChange,
    tryAnswer,
    keepWhatIf,
    discardWhatIf,
    restoreNotice,
    restoreProblem,
    hasSaved,
    saveError,
    conflict,
    copies,
    save,
    adoptStored,
    setProfile,
    setPriorities,
    setAnswer,
    setThemeCompleted,
    setActionPlan,
    startActionPlan,
    addSuggestedActions,
    replaceWith,
    startAgain,
    downloadText,
    copyText,
    recoverCopy,
    deleteCopy,
  }
})
