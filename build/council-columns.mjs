// The columns of data/authorities.csv and data/activity.csv, shared by the build's loader
// (build/read-authorities.ts, build/read-activity.ts) and the data update script
// (scripts/data-update.mjs, plain Node). Plain JavaScript; types in council-columns.d.mts.

const STATIC_COUNTS = [
  'static_libraries_total',
  'council_run',
  'community_run_or_managed',
  'commissioned_or_other',
  'temporarily_closed',
  'independent_community_libraries',
  'statutory_static_libraries',
]

/** The static-library counts, all given or none: the statutory ones, then the closures. */
export const LIBRARY_COUNT_COLUMNS = [...STATIC_COUNTS, 'closed_since', 'status_unknown']

/** authorities.csv, in the file's order. */
export const AUTHORITY_COLUMNS = [
  'ons_code',
  'authority_name',
  'council_name',
  'authority_type',
  'population',
  'population_year',
  ...STATIC_COUNTS,
  'mobile_libraries',
  'closed_since',
  'status_unknown',
  'data_date',
]

/** The parts physical visits and e-loans add up from. */
export const ACTIVITY_PARTS = ['physical_visits_library_only_sites', 'physical_visits_colocated_sites', 'loans_ebooks', 'loans_eaudiobooks']

/**
 * activity.csv, in the file's order, around the headline measures.
 * @param {readonly string[]} measures
 */
export const activityColumns = (measures) => [
  'ons_code',
  'data_year',
  'in_ace_activity_data',
  'ace_library_service',
  ...measures,
  ...ACTIVITY_PARTS,
  'suspect_measures',
  'quality_flags',
  'unusual_values',
]
