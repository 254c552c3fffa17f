/**
 * activity.csv for the council-data loader (read-council-data.ts): one row for each authority, of
 * the stated edition, with visits and e-loans equal to the sum of their parts, and suspect
 * measures that match their quality flags.
 *
 * Exported API: `readActivity(reader, editions, authorities): Map<string, Activity>` (by ONS code)
 */
import { ACTIVITY_MEASURES, type Activity, type ActivityMeasure, type Authority } from '../src/engine/council/types.ts'
import { activityColumns, ACTIVITY_PARTS } from './council-columns.mjs'
import type { CouncilDataReader, Row } from './council-data-reader.ts'

export function readActivity(
  { problem, readCsv, count }: CouncilDataReader,
  editions: Record<string, unknown>,
  authorities: Authority[],
): Map<string, Activity> {
  const codes = new Set(authorities.map((a) => a.code))
  const VF = 'activity.csv'
  const activityRows = readCsv(VF, activityColumns(ACTIVITY_MEASURES))
  const activityByCode = new Map<string, Activity>()
  const notes = (r: Row, column: string): Partial<Record<ActivityMeasure, string[]>> => {
    const out: Partial<Record<ActivityMeasure, string[]>> = {}
    for (const part of (r[column] ?? '').split('; ').filter(Boolean)) {
      const m = /^([a-z_]+): (.+)$/.exec(part)
      if (!m) problem(VF, `row ${r._line}`, `${column} entry "${part}" does not start with "<measure>: "`)
      else if ((ACTIVITY_MEASURES as readonly string[]).includes(m[1]!)) (out[m[1] as ActivityMeasure] ??= []).push(m[2]!)
    }
    return out
  }
  for (const r of activityRows) {
    const at = `row ${r._line}`
    if (!codes.has(r.ons_code ?? '')) problem(VF, at, `${r.ons_code} is not in authorities.csv`)
    if (activityByCode.has(r.ons_code ?? '')) problem(VF, at, `repeats ${r.ons_code}`)
    const counts = Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, count(VF, r, m)])) as Activity['counts']
    const reported = r.in_ace_activity_data === 'yes'
    if (!reported && r.in_ace_activity_data !== 'no') problem(VF, at, `in_ace_activity_data "${r.in_ace_activity_data}" is not yes or no`)
    if (!reported && ACTIVITY_MEASURES.some((m) => counts[m] !== null)) problem(VF, at, 'has figures but is marked as not in the ACE file')
    if (reported && r.data_year !== editions.activity)
      problem(VF, at, `data_year "${r.data_year}" is not the edition in editions.json (${String(editions.activity)})`)
    const [lib = null, co = null, eb = null, ea = null] = ACTIVITY_PARTS.map((c) => count(VF, r, c))
    const visits = lib === null && co === null ? null : (lib ?? 0) + (co ?? 0)
    if (visits !== counts.physical_visits)
      problem(VF, at, `physical_visits ${counts.physical_visits ?? 'is empty but'} is not library-only ${lib ?? 'none'} + co-located ${co ?? 'none'}`)
    const eloans = eb === null || ea === null ? null : eb + ea
    if (eloans !== counts.loans_electronic)
      problem(VF, at, `loans_electronic ${counts.loans_electronic ?? 'is empty but'} is not eBooks ${eb ?? 'none'} + eAudio ${ea ?? 'none'}`)
    const suspect = notes(r, 'quality_flags')
    const listed = (r.suspect_measures ?? '').split(' ').filter((m): m is ActivityMeasure => (ACTIVITY_MEASURES as readonly string[]).includes(m))
    const flagged = Object.keys(suspect)
    if (listed.sort().join() !== flagged.sort().join())
      problem(VF, at, `suspect_measures (${listed.join(' ') || 'none'}) do not match quality_flags (${flagged.join(' ') || 'none'})`)
    activityByCode.set(r.ons_code ?? '', {
      code: r.ons_code ?? '',
      reported,
      service: r.ace_library_service || null,
      counts,
      suspect,
      unusual: notes(r, 'unusual_values'),
    })
  }
  for (const a of authorities) if (activityRows.length > 0 && !activityByCode.has(a.code)) problem(VF, '', `has no row for ${a.code} ${a.name}`)
  return activityByCode
}
