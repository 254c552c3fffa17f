/** The static-library counts, all given or none. */
export const LIBRARY_COUNT_COLUMNS: string[]
/** authorities.csv, in the file's order. */
export const AUTHORITY_COLUMNS: string[]
/** The parts physical visits and e-loans add up from. */
export const ACTIVITY_PARTS: string[]
/** activity.csv, in the file's order, around the headline measures. */
export function activityColumns(measures: readonly string[]): string[]
