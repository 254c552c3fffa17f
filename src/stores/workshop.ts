/**
 * The workshop in this browser: the respondents' files, whether names are hidden, the
 * facilitator's agreed answers, notes and dissent, and an earlier assessment to compare with.
 * Thin: the engine reads files, aggregates, checks the room and builds the combined assessment. Saved to
 * localStorage on every change; a failure to save or restore is shown, never swallowed.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { content } from '@/content'
import type { AnswerValue } from '@/engine/core'
import { parseSavedAssessment, serialiseSavedAssessment, type SavedAssessment } from '@/engine/files'
import {
  aggregate as aggregateRespondents,
  agreedAnswers,
  agreedLegalPosition,
  buildCombinedAssessment,
  displayNames,
  emptyDecisions,
  emptyWorkshopState,
  readRespondentFile,
  readWorkshopState,
  respondentName,
  roomWarnings,
  serialiseWorkshopState,
  tooLargeMessage,
  withinSizeLimit,
  type ConsensusDecisions,
  type Respondent,
  type WorkshopState,
} from '@/engine/workshop'
import { WORKSHOP_BACKUP_KEY, WORKSHOP_KEY } from './storage-keys'

/** One file the facilitator added: accepted (perhaps with warnings) or refused with a message. */
export interface WorkshopFile {
  id: string
  name: string
  status: 'accepted' | 'refused'
  /** The refusal, or the warnings of an accepted file. Each names the file. */
  messages: string[]
  file: SavedAssessment | null
}

/** A file as the page hands it over: `text` is null when the file was too large to read. */
export interface IncomingFile {
  name: string
  size: number
  text: string | null
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

// The stored workshop is read through its schema (engine/workshop/workshop-state.ts); one that
// cannot be read is kept aside and a new workshop starts, with a message.
function restore(): { state: WorkshopState; problem: string | null } {
  let text: string | null = null
  try {
    text = storage()?.getItem(WORKSHOP_KEY) ?? null
  } catch {
    text = null
  }
  if (text === null) return { state: emptyWorkshopState(), problem: null }
  const state = readWorkshopState(text, content)
  if (state) return { state, problem: null }
  try {
    storage()?.setItem(WORKSHOP_BACKUP_KEY, text)
  } catch {
    // Nothing more can be done: the message below already says the workshop could not be read.
  }
  return {
    state: emptyWorkshopState(),
    problem: 'The workshop saved in this browser could not be read, so a new one has started. A copy has been kept in this browser.',
  }
}

export const useWorkshopStore = defineStore('workshop', () => {
  const restored = restore()
  const nextId = ref(restored.state.nextId)
  const files = ref<WorkshopFile[]>(restored.state.files.map((f) => ({ ...f, status: 'accepted' as const })))
  // Names are hidden unless the facilitator shows them: this page goes on a projector.
  const showNames = ref(restored.state.showNames)
  const hideNames = computed(() => !showNames.value)
  const decisions = ref<ConsensusDecisions>(restored.state.decisions)
  const earlier = ref<{ name: string; file: SavedAssessment } | null>(restored.state.earlier)
  const restoreProblem = ref<string | null>(restored.problem)
  const saveError = ref<string | null>(null)

  const accepted = computed(() => files.value.filter((f): f is WorkshopFile & { file: SavedAssessment } => f.status === 'accepted' && f.file !== null))
  const refused = computed(() => files.value.filter((f) => f.status === 'refused'))
  const respondents = computed<Respondent[]>(() => accepted.value.map((f) => ({ id: f.id, name: respondentName(f.file, f.name), file: f.file })))
  const aggregate = computed(() => aggregateRespondents(content, respondents.value))
  const names = computed(() => displayNames(aggregate.value.respondents, hideNames.value))
  const agreed = computed(() => agreedAnswers(aggregate.value, decisions.value))
  const warnings = computed(() => roomWarnings(content, respondents.value))
  /** The legal position the agreed answers give, as the results page will show it. */
  const agreedLegal = computed(() => agreedLegalPosition(content, respondents.value, aggregate.value, decisions.value))

  function save() {
    const s = storage()
    if (!s) {
      saveError.value =
        'This browser does not let the tool save the workshop (browser storage is turned off). Keep this tab open until you have downloaded the agreed answers.'
      return
    }
    const data: WorkshopState = {
      nextId: nextId.value,
      files: accepted.value.map((f) => ({ id: f.id, name: f.name, messages: f.messages, file: f.file })),
      showNames: showNames.value,
      decisions: decisions.value,
      earlier: earlier.value,
    }
    try {
      s.setItem(WORKSHOP_KEY, serialiseWorkshopState(data))
      saveError.value = null
    } catch (e) {
      const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
      saveError.value = `${full ? 'Browser storage is full, so the workshop is not saved.' : 'This browser did not let the tool save the workshop.'} Keep this tab open until you have downloaded the agreed answers.`
    }
  }
  // Every change replaces the value, so a shallow watch sees it without walking every file.
  watch([files, showNames, decisions, earlier], save)

  /**
   * Add files. Each is read on its own: refused files are listed with their message and change
   * nothing else. The refusals of an earlier batch are cleared. Returns how many were accepted.
   */
  function addFiles(incoming: IncomingFile[]): { accepted: number; refused: number } {
    const kept = files.value.filter((f) => f.status === 'accepted')
    const added: WorkshopFile[] = []
    for (const f of incoming) {
      const id = `file-${nextId.value++}`
      if (f.text === null || !withinSizeLimit(f.size)) {
        added.push({ id, name: f.name, status: 'refused', messages: [tooLargeMessage(f.name)], file: null })
        continue
      }
      const existing = [...kept, ...added].flatMap((e) => (e.status === 'accepted' && e.file ? [{ name: e.name, file: e.file }] : []))
      const read = readRespondentFile(f.name, f.text, content, existing)
      added.push(
        read.ok
          ? { id, name: f.name, status: 'accepted', messages: read.warnings, file: read.file }
          : { id, name: f.name, status: 'refused', messages: [read.message], file: null },
      )
    }
    files.value = [...kept, ...added]
    return { accepted: added.filter((f) => f.status === 'accepted').length, refused: added.filter((f) => f.status === 'refused').length }
  }

  function removeFile(id: string) {
    files.value = files.value.filter((f) => f.id !== id)
  }

  function setShowNames(show: boolean) {
    showNames.value = show
  }

  function setHideNames(hide: boolean) {
    showNames.value = !hide
  }

  // Decisions are replaced, never changed in place, so the engine reads plain data.
  function withEntry<T>(record: Record<string, T>, id: string, value: T | undefined): Record<string, T> {
    const next = { ...record }
    if (value === undefined) delete next[id]
    else next[id] = value
    return next
  }

  /** Record the agreed answer; null records "no agreed answer". */
  function setAgreed(questionId: string, value: AnswerValue | null) {
    decisions.value = { ...decisions.value, agreed: withEntry(decisions.value.agreed, questionId, value) }
  }

  /** Go back to the room's most common answer, not yet agreed. */
  function resetAgreed(questionId: string) {
    decisions.value = { ...decisions.value, agreed: withEntry(decisions.value.agreed, questionId, undefined) }
  }

  function setNote(questionId: string, note: string) {
    decisions.value = { ...decisions.value, notes: withEntry(decisions.value.notes, questionId, note === '' ? undefined : note) }
  }

  function setDissent(questionId: string, text: string) {
    decisions.value = { ...decisions.value, dissent: withEntry(decisions.value.dissent, questionId, text === '' ? undefined : text) }
  }

  /** The agreed position as a saved assessment. `now` is an ISO date-time. Needs one accepted file. */
  function combinedAssessment(now: string): SavedAssessment | null {
    if (respondents.value.length === 0) return null
    return buildCombinedAssessment(content, respondents.value, aggregate.value, decisions.value, now)
  }

  /** Load the earlier assessment to compare with. Returns the problem, or null when it was read. */
  function setEarlier(name: string, size: number, text: string | null): string | null {
    if (text === null || !withinSizeLimit(size)) return tooLargeMessage(name)
    const parsed = parseSavedAssessment(text, content)
    if (!parsed.ok) return `${name}: ${parsed.message}`
    earlier.value = { name, file: parsed.file }
    return null
  }

  function clearEarlier() {
    earlier.value = null
  }

  function clearWorkshop() {
    files.value = []
    decisions.value = emptyDecisions()
    showNames.value = false
    earlier.value = null
    restoreProblem.value = null
    try {
      storage()?.removeItem(WORKSHOP_KEY)
      storage()?.removeItem(WORKSHOP_BACKUP_KEY)
    } catch {
      // Storage is unavailable, so there is nothing stored to delete.
    }
  }

  /** The text of the combined assessment's file, for download. */
  function combinedText(now: string): string | null {
    const file = combinedAssessment(now)
    return file ? serialiseSavedAssessment(file) : null
  }

  return {
    files,
    nextId,
    hideNames,
    showNames,
    decisions,
    earlier,
    restoreProblem,
    saveError,
    accepted,
    refused,
    respondents,
    aggregate,
    names,
    agreed,
    warnings,
    agreedLegal,
    save,
    addFiles,
    removeFile,
    setHideNames,
    setShowNames,
    setAgreed,
    resetAgreed,
    setNote,
    setDissent,
    combinedAssessment,
    combinedText,
    setEarlier,
    clearEarlier,
    clearWorkshop,
  }
})
