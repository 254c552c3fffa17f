/** Storage keys used by the workshop tools, listed on the cookies page. */

/** The workshop: the files added, whether names are hidden, the agreed answers, and the earlier assessment to compare with. */
export const WORKSHOP_KEY = 'library-self-assessment:workshop:v1'
/** A copy of a saved workshop the tool could not read, so it is not lost. */
export const WORKSHOP_BACKUP_KEY = 'library-self-assessment:workshop:unreadable-backup'

export const WORKSHOP_KEYS: { name: string; purpose: string; lasts: string }[] = [
  {
    name: WORKSHOP_KEY,
    purpose:
      'A workshop: the answer files added, whether names are hidden, the agreed answers, notes and dissent, and an earlier assessment loaded to compare with',
    lasts: 'Until you select “Clear the workshop” or clear your browser’s data',
  },
  {
    name: WORKSHOP_BACKUP_KEY,
    purpose: 'A copy of a saved workshop the tool could not read, so it is not lost. Only created if that happens',
    lasts: 'Until you select “Clear the workshop” or clear your browser’s data',
  },
]
