/**
 * The realistic councils of scenarios.spec.ts, written out as full answer sets: the well-evidenced
 * and change-groundwork answers from the calibration builders, with each scenario's own facts on top.
 */
import type { AnswerValue, Assessment } from '../../src/engine/core/assessment'
import { assessmentWith } from '../support/content'
import { changeGroundworkDone, wellEvidenced } from './calibration/answers'

type Answers = Record<string, AnswerValue>

/** Wirral and Northamptonshire: closures driven by savings, decided before anyone is asked. */
const closingBranchesInAHurry: Answers = {
  'duty-local-definition': 'started',
  'duty-decision-papers': ['s7-duty', 'consultation-responses'],
  'duty-change-legal-advice': 'partly',
  'duty-remaining-service-checked': 'not-in-place',
  'needs-assessment-current': 'started',
  'needs-children': 'not-in-place',
  'needs-groups': ['older-people'],
  'needs-non-users': 'not-in-place',
  'needs-travel-access': 'started',
  'needs-deprivation': 'partly',
  'needs-service-picture': 'started',
  'needs-change-assessed': 'not-in-place',
  'strategy-plan': 'started',
  'consultation-formative-stage': 'not-in-place',
  'consultation-information': 'started',
  'consultation-time': 'partly',
  'consultation-conscientious': 'started',
  'consultation-reach': ['users'],
  'consultation-community-proposals': 'started',
  'consultation-change-stage': 'no',
  'consultation-dcms-told': 'no',
  'equality-analysis-options': 'started',
  'equality-characteristics': ['age', 'disability'],
  'equality-evidence': 'not-in-place',
  'equality-mitigations': 'not-in-place',
  'equality-decision-makers': 'partly',
  'equality-kept-current': 'no',
  'equality-linked-services': 'no',
  'equality-chosen-option': 'not-in-place',
  'delivery-options-appraisal': 'not-in-place',
}

/** Surrey: libraries handed to volunteers, with training promised only in general terms. */
const handingLibrariesToVolunteers: Answers = {
  'delivery-current-model': ['in-house', 'community-managed'],
  'delivery-client-capacity': 'started',
  'community-volunteers-role': 'no',
  'community-volunteer-support': 'started',
  'community-libraries-statutory-status': 'partly',
  'community-library-support-package': ['stock-systems'],
  'community-libraries-monitored': 'not-in-place',
  'equality-mitigations': 'started',
  'workforce-staff-in-change': 'started',
}

/** An outside provider runs the service, and nobody at the council is watching it. */
const providerWithoutOversight: Answers = {
  'delivery-current-model': ['commissioned'],
  'delivery-duty-retained': 'partly',
  'delivery-options-appraisal': 'started',
  'delivery-service-specification': 'in-place',
  'delivery-client-capacity': 'not-in-place',
  'delivery-provider-viability': 'started',
  'delivery-exit-plan': 'not-in-place',
}

/** People who work in the area but live elsewhere pay a membership fee to borrow books. */
const feeForBorrowing: Answers = {
  'duty-who-is-covered': 'partly',
  'stock-book-lending-free': 'no',
  'stock-charges-within-regulations': 'no',
}

const healthPriorityWork: Answers = {
  'priority-health-partners': 'yes',
  'priority-health-activities': ['reading-well', 'wellbeing-groups', 'health-information', 'targeted'],
  'priority-health-outcomes': 'in-place',
}

function council(profile: Assessment['profile'], priorities: string[], ...answerSets: Answers[]): Assessment {
  return assessmentWith(Object.assign({}, ...answerSets) as Answers, { profile: { 'respondent-role': 'officer', ...profile }, priorities })
}

export const scenarios = {
  'a county closing branches in a hurry': council(
    { 'council-name': 'Northvale County Council', 'council-type': 'county', 'changes-planned': 'reductions', 'service-points': 36 },
    [],
    wellEvidenced,
    changeGroundworkDone,
    closingBranchesInAHurry,
  ),
  'a well-evidenced unitary that chose health': council(
    { 'council-name': 'Brookmere Council', 'council-type': 'unitary', 'changes-planned': 'none' },
    ['health'],
    wellEvidenced,
    healthPriorityWork,
  ),
  'a metropolitan district handing libraries to volunteers': council(
    { 'council-name': 'Eastbridge Metropolitan Borough Council', 'council-type': 'metropolitan-district', 'changes-planned': 'reductions' },
    [],
    wellEvidenced,
    changeGroundworkDone,
    handingLibrariesToVolunteers,
  ),
  'a London borough with an unwatched provider': council(
    { 'council-name': 'London Borough of Riverside', 'council-type': 'london-borough', 'changes-planned': 'none' },
    [],
    wellEvidenced,
    providerWithoutOversight,
  ),
  'a unitary that charges some people to borrow books': council(
    { 'council-name': 'Westmoor Council', 'council-type': 'unitary', 'changes-planned': 'none' },
    [],
    wellEvidenced,
    feeForBorrowing,
  ),
}
export type Scenario = keyof typeof scenarios
