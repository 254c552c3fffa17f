/**
 * Reading the saved answers when the page loads, and describing the copies of unreadable ones.
 * Nothing here changes the stored answers; a copy is kept before anything could.
 */
import type { Content } from '@/content/schema'
import { newSavedAssessment, readSavedAssessment, setAsideSentence, type SavedAssessment } from '@/engine/files'
import type { RestoreNotice } from '@/engine/files'
import { keepCopy, readStored, storageAvailable } from './storage'

export interface Restored {
  file: SavedAssessment
  /** The stored text as read, to tell this tab's saves from another tab's. */
  stored: string | null
  notice: RestoreNotice | null
  exists: boolean
  /** True when unreadable answers could not be copied aside, so they must not be saved over. */
  protect: boolean
  storageOff: boolean
}

export function restore(content: Content, now: string): Restored {
  const storageOff = !storageAvailable()
  const stored = readStored()
  const fresh = newSavedAssessment(content, now)
  if (stored === null) return { file: fresh, stored, notice: null, exists: false, protect: false, storageOff }
  const read = readSavedAssessment(stored, content)
  if (read.ok && read.setAside.length === 0) return { file: read.file, stored, notice: null, exists: true, protect: false, storageOff }
  const copy = keepCopy(stored)
  if (read.ok) {
    return {
      file: read.file,
      stored,
      notice: { kind: 'partial', reason: '', setAside: read.setAside.map(setAsideSentence), copyKept: copy.ok },
      exists: true,
      protect: !copy.ok,
      storageOff,
    }
  }
  return {
    file: fresh,
    stored,
    notice: { kind: 'unreadable', reason: read.message, setAside: [], copyKept: copy.ok },
    exists: false,
    protect: !copy.ok,
    storageOff,
  }
}
