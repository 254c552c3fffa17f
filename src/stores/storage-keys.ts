/** Storage keys used by the workshop tools, listed on the cookies page. */
export const WORKSHOP_KEYS: { name: string; purpose: string; lasts: string }[] = []
