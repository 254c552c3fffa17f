/**
 * The browser storage this app uses. Every key is listed on the cookies and storage page.
 * Failures (storage full, disabled or blocked) are reported, never swallowed.
 *
 * Copies of saved answers the tool could not read are never overwritten: the first goes to
 * BACKUP_KEY, later ones to BACKUP_KEY + ":2", ":3" and so on, and the same text is never
 * kept twice.
 */
export const STORAGE_KEY = 'library-self-assessment:v1'
export const BACKUP_KEY = 'library-self-assessment:unreadable-backup'
/** The most copies kept; past this a new copy is not made and the saved answers are not overwritten. */
export const MAX_COPIES = 10

export type WriteOutcome = { ok: true } | { ok: false; reason: string }

export const STORAGE_OFF = 'This browser does not let the tool save answers (browser storage is turned off).'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Whether this browser lets the tool use storage at all. */
export function storageAvailable(): boolean {
  const s = storage()
  if (!s) return false
  try {
    s.getItem(STORAGE_KEY)
    return true
  } catch {
    return false
  }
}

export function readStored(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

function fullError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
}

export function writeStored(text: string): WriteOutcome {
  const s = storage()
  if (!s) return { ok: false, reason: STORAGE_OFF }
  try {
    s.setItem(STORAGE_KEY, text)
    return { ok: true }
  } catch (e) {
    return { ok: false, reason: fullError(e) ? 'Browser storage is full.' : 'This browser did not let the tool save your answers.' }
  }
}

/** The key of copy number `n` (1 is the first). */
export function copyKey(n: number): string {
  return n === 1 ? BACKUP_KEY : `${BACKUP_KEY}:${n}`
}

/** Every copy kept, oldest first. */
export function listCopies(): { key: string; text: string }[] {
  const s = storage()
  if (!s) return []
  const out: { key: string; text: string }[] = []
  try {
    for (let n = 1; n <= MAX_COPIES; n++) {
      const text = s.getItem(copyKey(n))
      if (text !== null) out.push({ key: copyKey(n), text })
    }
  } catch {
    return out
  }
  return out
}

export function readCopy(key: string): string | null {
  if (!key.startsWith(BACKUP_KEY)) return null
  try {
    return storage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

/**
 * Keep a copy of `text` beside the others, never over one. Returns where it is, or why it
 * could not be kept. The same text already kept counts as kept.
 */
export function keepCopy(text: string): { ok: true; key: string } | { ok: false; reason: string } {
  const s = storage()
  if (!s) return { ok: false, reason: STORAGE_OFF }
  const same = listCopies().find((c) => c.text === text)
  if (same) return { ok: true, key: same.key }
  try {
    for (let n = 1; n <= MAX_COPIES; n++) {
      if (s.getItem(copyKey(n)) !== null) continue
      s.setItem(copyKey(n), text)
      return { ok: true, key: copyKey(n) }
    }
    return { ok: false, reason: `There are already ${MAX_COPIES} copies in this browser.` }
  } catch (e) {
    return { ok: false, reason: fullError(e) ? 'Browser storage is full.' : 'This browser did not let the tool keep a copy.' }
  }
}

export function removeCopy(key: string): void {
  if (!key.startsWith(BACKUP_KEY)) return
  try {
    storage()?.removeItem(key)
  } catch {
    // Storage is unavailable, so there is nothing stored to delete.
  }
}

/** Delete the saved answers and every copy: "Delete your answers from this browser". */
export function clearStored(): void {
  try {
    storage()?.removeItem(STORAGE_KEY)
    for (let n = 1; n <= MAX_COPIES; n++) storage()?.removeItem(copyKey(n))
  } catch {
    // Storage is unavailable, so there is nothing stored to delete.
  }
}
