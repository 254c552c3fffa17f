/**
 * The workshop in this browser: the respondents' files, whether names are hidden, the
 * facilitator's agreed answers, notes and dissent, and an earlier assessment to compare with.
 * Thin: the engine reads files, aggregates and builds the combined assessment. Saved to
 * localStorage on every change; a failure to save or restore is shown, never swallowed.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { content } from '@/content'
import { aggregate as aggregateRespondents, displayNames, type Respondent } from '@/engine/workshop/aggregate'
import type { AnswerValue } from '@/engine/core/assessment'
import { agreedAnswers, buildCombinedAssessment, emptyDecisions, type ConsensusDecisions } from '@/engine/workshop/consensus'
import { parseSavedAssessment, serialiseSavedAssessment, type SavedAssessment } from '@/engine/files/saved-file'
import { readRespondentFile, respondentName, tooLargeMessage, withinSizeLimit } from '@/engine/workshop/respondent-files'
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

interface Stored {
  version: 1
  nextId: number
  files: { id: string; name: string; messages: string[]; file: SavedAssessment }[]
  hideNames: boolean
  decisions: ConsensusDecisions
  earlier: { name: string; file: SavedAssessment } | null
}

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function readSaved(text: string): SavedAssessment | null {
  const parsed = parseSavedAssessment(text, content)
  return parsed.ok ? parsed.file : null
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string')
}

// Every stored file is checked again with the same reader as an upload, so a damaged store
// cannot put a bad assessment into the workshop.
function restore(): { state: Omit<Stored, 'version'>; problem: string | null } {
  const empty = { nextId: 1, files: [], hideNames: false, decisions: emptyDecisions(), earlier: null }
  let text: string | null = null
  try {
    text = storage()?.getItem(WORKSHOP_KEY) ?? null
  } catch {
    text = null
  }
  if (text === null) return { state: empty, problem: null }
  try {
    const data = JSON.parse(text) as Partial<Stored>
    if (data.version !== 1 || !Array.isArray(data.files)) throw new Error('not a workshop')
    const files = data.files.map((f) => {
      const file = readSaved(JSON.stringify(f.file))
      if (!file || typeof f.id !== 'string' || typeof f.name !== 'string') throw new Error('bad file')
      return { id: f.id, name: f.name, messages: Array.isArray(f.messages) ? f.messages.filter((m) => typeof m === 'string') : [], file }
    })
    const d = data.decisions
    const decisions = d && typeof d.agreed === 'object' && d.agreed !== null && isRecordOfStrings(d.notes) && isRecordOfStrings(d.dissent) ? { agreed: d.agreed, notes: d.notes, dissent: d.dissent } : emptyDecisions()
    const earlierFile = data.earlier ? readSaved(JSON.stringify(data.earlier.file)) : null
    return {
      state: {
        nextId: typeof data.nextId === 'number' ? data.nextId : files.length + 1,
        files,
        hideNames: data.hideNames === true,
        decisions,
        earlier: earlierFile && data.earlier ? { name: String(data.earlier.name), file: earlierFile } : null,
      },
      problem: null,
    }
  } catch {
    try {
      storage()?.setItem(WORKSHOP_BACKUP_KEY, text)
    } catch {
      // Nothing more can be done: the message below already says the workshop could not be read.
    }
    return { state: empty, problem: 'The workshop saved in this browser could not be read, so a new one has started. A copy has been kept in this browser.' }
  }
}

export const useWorkshopStore = defineStore('workshop', () => {
  const restored = restore()
  const nextId = ref(restored.state.nextId)
  const files = ref<WorkshopFile[]>(restored.state.files.map((f) => ({ ...f, status: 'accepted' as const })))
  const hideNames = ref(restored.state.hideNames)
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

  function save() {
    const s = storage()
    if (!s) {
      saveError.value = 'This browser does not let the tool save the workshop (browser storage is turned off). Keep this tab open until you have downloaded the agreed answers.'
      return
    }
    const data: Stored = {
      version: 1,
      nextId: nextId.value,
      files: accepted.value.map((f) => ({ id: f.id, name: f.name, messages: f.messages, file: f.file })),
      hideNames: hideNames.value,
      decisions: decisions.value,
      earlier: earlier.value,
    }
    try {
      s.setItem(WORKSHOP_KEY, JSON.stringify(data))
      saveError.value = null
    } catch (e) {
      const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
      saveError.value = `${full ? 'Browser storage is full, so the workshop is not saved.' : 'This browser did not let the tool save the workshop.'} Keep this tab open until you have downloaded the agreed answers.`
    }
  }
  watch([files, hideNames, decisions, earlier], save, { deep: true })

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
      added.push(read.ok ? { id, name: f.name, status: 'accepted', messages: read.warnings, file: read.file } : { id, name: f.name, status: 'refused', messages: [read.message], file: null })
    }
    files.value = [...kept, ...added]
    return { accepted: added.filter((f) => f.status === 'accepted').length, refused: added.filter((f) => f.status === 'refused').length }
  }

  function removeFile(id: string) {
    files.value = files.value.filter((f) => f.id !== id)
  }

  function setHideNames(hide: boolean) {
    hideNames.value = hide
  }

  /** Set the agreed answer; null records "no agreed answer". */
  function setAgreed(questionId: string, value: AnswerValue | null) {
    decisions.value.agreed[questionId] = value
  }

  /** Go back to the room's most common answer. */
  function resetAgreed(questionId: string) {
    delete decisions.value.agreed[questionId]
  }

  function setNote(questionId: string, note: string) {
    if (note === '') delete decisions.value.notes[questionId]
    else decisions.value.notes[questionId] = note
  }

  function setDissent(questionId: string, text: string) {
    if (text === '') delete decisions.value.dissent[questionId]
    else decisions.value.dissent[questionId] = text
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
    hideNames.value = false
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
    save,
    addFiles,
    removeFile,
    setHideNames,
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
