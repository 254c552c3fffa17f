/**
 * What the tool says about saved answers it could not all read, and how it describes a kept
 * copy of them. Pure: the store decides, this only words it.
 */

/** What the start page and the banner say about saved answers that could not all be read. */
export interface RestoreNotice {
  /** `unreadable`: nothing could be read; `partial`: some parts were set aside. */
  kind: 'unreadable' | 'partial'
  /** The reason, for `unreadable`. */
  reason: string
  /** One sentence per part set aside, for `partial`. */
  setAside: string[]
  /** Whether a copy of the stored text as it was is kept in this browser. */
  copyKept: boolean
}

/** The one-paragraph version of a notice, for the banner on every page. */
export function noticeText(notice: RestoreNotice): string {
  const copy = notice.copyKept
    ? 'A copy of the saved answers as they were is kept in this browser: you can download it or try to recover it from the start page.'
    : 'The tool could not keep a copy of them, so it will not save over them: download your answers before you change anything.'
  if (notice.kind === 'unreadable') return `Your saved answers could not be read. ${notice.reason} ${copy}`
  const n = notice.setAside.length
  return `${n === 1 ? 'One part' : `${n} parts`} of your saved answers could not be read and ${n === 1 ? 'was' : 'were'} left out. Every other answer is kept. ${copy}`
}

/** A short description of a kept copy for the start page: its size, council and last change when it says. */
export interface CopyInfo {
  key: string
  number: number
  characters: number
  council: string | null
  updatedAt: string | null
}

export function describeCopy(key: string, number: number, text: string): CopyInfo {
  // The copy could not be read as a whole, so look for the two facts a person recognises it by.
  const council = /"council-name"\s*:\s*"((?:[^"\\]|\\.){1,200})"/.exec(text)?.[1] ?? null
  const updatedAt = /"updatedAt"\s*:\s*"(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)"/.exec(text)?.[1] ?? null
  let name: string | null = null
  if (council !== null) {
    try {
      name = JSON.parse(`"${council}"`) as string
    } catch {
      name = null
    }
  }
  return { key, number, characters: text.length, council: name, updatedAt }
}
