/**
 * Answer sets the reference councils are built from (questions/CALIBRATION.md). A reference
 * council is a base set plus the answers that make it the council it is.
 */
import type { AnswerValue } from '../../../src/engine/core/assessment'

export type Answers = Record<string, AnswerValue>

/** Everyday practice of a well-evidenced service, reviewed everywhere: every question that is always shown. */
export const wellEvidenced: Answers = {
  // duty
  'duty-understood': 'reviewed',
  'duty-who-is-covered': 'yes',
  'duty-local-definition': 'reviewed',
  'duty-decision-papers': ['s7-duty', 'needs-evidence', 'remaining-service', 'equality-analysis', 'consultation-responses', 'alternatives', 'linked-effects'],
  'duty-monitoring': 'reviewed',
  // needs
  'needs-assessment-current': 'reviewed',
  'needs-children': 'reviewed',
  'needs-groups': ['older-people', 'disabled-people', 'out-of-work', 'ethnicity-language', 'young-people', 'pregnancy-new-parents', 'other-protected'],
  'needs-non-users': 'in-place',
  'needs-travel-access': 'reviewed',
  'needs-deprivation': 'yes',
  'needs-service-picture': 'reviewed',
  // strategy
  'strategy-plan': 'reviewed',
  'strategy-evidence-based': 'yes',
  'strategy-council-plans': ['corporate-plan', 'health-wellbeing', 'economy-skills', 'children-families'],
  'strategy-libraries-deliver': 'yes',
  'strategy-universal-offers': ['reading', 'digital-information', 'culture-creativity', 'health-wellbeing', 'childrens-promise'],
  'strategy-measures': 'in-place',
  'strategy-resources': 'yes',
  // consultation
  'consultation-formative-stage': 'reviewed',
  'consultation-information': 'in-place',
  'consultation-time': 'yes',
  'consultation-conscientious': 'reviewed',
  'consultation-reach': ['users', 'non-users', 'children-young-people', 'disabled-people', 'protected-groups', 'staff-volunteers', 'partners'],
  'consultation-community-proposals': 'in-place',
  // equality
  'equality-analysis-options': 'reviewed',
  'equality-characteristics': ['age', 'disability', 'race', 'religion-belief', 'sex', 'sexual-orientation', 'gender-reassignment', 'pregnancy-maternity'],
  'equality-evidence': 'in-place',
  'equality-mitigations': 'reviewed',
  'equality-decision-makers': 'yes',
  'equality-kept-current': 'yes',
  'equality-linked-services': 'yes',
  // access
  'access-travel-standard': 'reviewed',
  'access-weekly-hours': 480,
  'access-hours-pattern': ['evenings', 'saturdays', 'sundays', 'hours-from-evidence'],
  'access-home-library': 'reviewed',
  'access-mobile-outreach': ['mobile-library', 'care-settings', 'children-settings', 'outreach-plan'],
  'access-digital': ['wifi', 'public-computers', 'e-resources', 'digital-help', 'offline-routes'],
  'access-buildings-disabled': 'in-place',
  'access-print-impaired': ['large-print', 'audiobooks', 'assistive-technology', 'accessible-information', 'home-delivery'],
  // stock
  'stock-book-lending-free': 'yes',
  'stock-charges-within-regulations': 'yes',
  'stock-range-adults-children': 'reviewed',
  'stock-children-needs-checked': 'yes',
  'stock-special-requirements': ['sight-print-impaired', 'send', 'other-languages', 'wellbeing'],
  'stock-formats': ['print-books', 'e-books', 'news-magazines', 'information', 'computers'],
  'stock-requests-whole-collection': 'yes',
  // delivery: run by the council itself
  'delivery-current-model': ['in-house'],
  'delivery-model-considered': ['none'],
  'delivery-duty-retained': 'yes',
  'delivery-options-appraisal': 'in-place',
  'delivery-service-specification': 'reviewed',
  // community
  'community-volunteers-role': 'yes',
  'community-volunteer-support': 'reviewed',
  'community-friends-groups': 'yes',
  'community-volunteering-skills': 'yes',
  // partnerships
  'partnerships-policy-areas': ['health-wellbeing', 'jobs-business', 'children-schools', 'adult-social-care'],
  'partnerships-agreements': 'reviewed',
  'partnerships-funded-by-partners': 'yes',
  'partnerships-other-authorities': 'yes',
  'partnerships-data-sharing': 'partly',
  'partnerships-national-programmes': ['summer-reading-challenge', 'reading-well', 'reading-friends', 'universal-offers'],
  // efficiency
  'efficiency-shared-services': ['stock-buying', 'library-system', 'library-card'],
  'efficiency-co-location': 'in-place',
  'efficiency-income': 'in-place',
  'efficiency-external-funding': ['libraries-improvement-fund', 'arts-council', 'partner-funding'],
  'efficiency-self-service': 'yes',
  'efficiency-costs-understood': 'reviewed',
  // performance
  'performance-cipfa-return': 'yes',
  'performance-kpi-members': 'reviewed',
  'performance-measures-tracked': ['visits', 'members', 'loans', 'events', 'computers', 'costs', 'satisfaction'],
  'performance-benchmarking': 'in-place',
  'performance-external-assessment': 'yes',
  'performance-user-feedback': ['user-survey', 'non-users', 'children', 'particular-groups'],
  'performance-outcomes-evidence': 'in-place',
  // workforce
  'workforce-plan': 'reviewed',
  'workforce-skills': ['digital', 'health', 'children', 'dementia'],
  'workforce-staff-in-change': 'reviewed',
  'workforce-leadership': 'yes',
  'workforce-staffing-data': 'yes',
  'workforce-paid-staff': 120,
  'workforce-volunteers-count': 300,
  'workforce-development': 'yes',
}

/**
 * A strong steady-state service: the same practice written down, agreed and happening now
 * ("In place"), but not every part checked in the last 2 years, and one item short on each longer
 * checklist. Not the maximum on every answer.
 */
export const steadyInPlace: Answers = Object.fromEntries(
  Object.entries(wellEvidenced).map(([id, value]) => [
    id,
    value === 'reviewed' ? 'in-place' : Array.isArray(value) && value.length >= 4 ? value.slice(0, -1) : value,
  ]),
)

/** The questions shown when changes are planned, answered by a council that does the groundwork. */
export const changeGroundworkDone: Answers = {
  'duty-change-legal-advice': 'yes',
  'duty-remaining-service-checked': 'in-place',
  'needs-change-assessed': 'in-place',
  'consultation-change-stage': 'yes',
  'consultation-dcms-told': 'yes',
  'equality-chosen-option': 'in-place',
}

/** A council thinking about a new way to run the service, with the groundwork for the move done. */
export const modelChangeGroundworkDone: Answers = {
  'delivery-options-appraisal': 'in-place',
  'delivery-client-capacity': 'in-place',
  'delivery-exit-plan': 'in-place',
  'delivery-change-procurement': 'in-place',
  'delivery-change-staff-pensions': 'in-place',
  'delivery-change-duty-control': 'yes',
}

/** Every answer replaced by "Don't know", except those kept (questions that do not offer it). */
export function allDontKnow(answers: Answers, keep: string[] = []): Answers {
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, keep.includes(id) ? value : 'dont-know']))
}
