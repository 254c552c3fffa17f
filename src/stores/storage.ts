/**
 * The browser storage this app uses. Every key is listed on the cookies and storage page.
 * Failures (storage full, disabled or blocked) are reported, never swallowed.
 */
export const STORAGE_KEY = 'library-self-assessment:v1'
export const BACKUP_KEY = 'library-self-assessment:unreadable-backup'

export type WriteOutcome = { ok: true } | { ok: false; reason: string }

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function readStored(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

export function writeStored(text: string): WriteOutcome {
  const s = storage()
  if (!s) return { ok: false, reason: 'This browser does not let the tool save answers (browser storage is turned off).' }
  try {
    s.setItem(STORAGE_KEY, text)
    return { ok: true }
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
    return { ok: false, reason: full ? 'Browser storage is full.' : 'This browser did not let the tool save your answers.' }
  }
}

/** Keep unreadable saved data aside, so nothing is lost when a fresh assessment starts. */
export function backupUnreadable(text: string): void {
  try {
    storage()?.setItem(BACKUP_KEY, text)
  } catch {
    // Nothing more can be done: the banner already tells the user their saved answers could not be read.
  }
}

export function clearStored(): void {
  try {
    storage()?.removeItem(STORAGE_KEY)
    storage()?.removeItem(BACKUP_KEY)
  } catch {
    // Storage is unavailable, so there is nothing stored to delete.
  }
}
