/**
 * The reference councils of questions/CALIBRATION.md, as test fixtures. Each one is drawn from a
 * case or a piece of guidance in the research, and carries the verdict a library-law specialist
 * would expect. tests/content/calibration.spec.ts runs each through the real content and engine.
 */
import type { Assessment } from '../../../src/engine/core/assessment'
import { allDontKnow, changeGroundworkDone, modelChangeGroundworkDone, steadyInPlace, wellEvidenced, type Answers } from './answers'

export type LegalLevel = 'High' | 'Medium' | 'Low'
export type Rag = 'Red' | 'Amber' | 'Green'

export interface Expected {
  legal: LegalLevel
  overall: Rag
  /** Flags that must be raised. */
  flags?: string[]
  /** Flags that must be raised as critical. */
  critical?: string[]
  /** Flags that must not be raised at all. */
  absent?: string[]
  /** Flags that may be raised, but must not be critical. */
  notCritical?: string[]
  /** The flag listed first. */
  firstFlag?: string
  red?: string[]
  green?: string[]
  /** At least this many themes Green. */
  minGreen?: number
  /** Case studies that must be among the first six recommended. */
  topCaseStudies?: string[]
  /** The governance model ranked first. */
  topModel?: string
  /** At least this many "questions to ask your officers". */
  minOfficerQuestions?: number
}

export interface ReferenceCouncil {
  id: string
  name: string
  /** The facts, in a sentence or two. */
  facts: string
  /** Why a specialist expects this verdict, with the research it rests on. */
  why: string
  assessment: Assessment
  expected: Expected
}

function council(profile: Assessment['profile'], priorities: string[], ...sets: Answers[]): Assessment {
  const answers = Object.assign({}, ...sets) as Answers
  return {
    profile: { 'respondent-role': 'officer', ...profile },
    priorities,
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  }
}

const reductions = { 'changes-planned': 'reductions' }

function without(answers: Answers, ...ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)))
}

export const referenceCouncils: ReferenceCouncil[] = [
  {
    id: 'wirral-like',
    name: 'A metropolitan council closing branches with no needs assessment (Wirral 2009)',
    facts:
      'Plans to close 11 of 24 libraries to save money. No written needs assessment, no separate look at children, no strategy, no outreach plan; the choice of libraries rests on buildings and savings.',
    why: 'The Wirral inquiry found the plan in breach of section 7, chiefly because local needs were never assessed (dossier L1). Green v Gloucestershire calls the needs assessment essential (L3).',
    assessment: council(
      { 'council-name': 'Wirral-like Metropolitan Borough Council', 'council-type': 'metropolitan-district', ...reductions },
      [],
      steadyInPlace,
      changeGroundworkDone,
      {
        'needs-assessment-current': 'not-in-place',
        'needs-children': 'not-in-place',
        'needs-service-picture': 'started',
        'needs-change-assessed': 'not-in-place',
        'strategy-plan': 'not-in-place',
        'access-home-library': 'not-in-place',
        'access-mobile-outreach': ['mobile-library'],
        'duty-remaining-service-checked': 'started',
      },
    ),
    expected: {
      legal: 'High',
      overall: 'Red',
      critical: ['reductions-without-needs-assessment', 'remaining-service-not-checked'],
      flags: ['children-needs-not-assessed', 'no-strategic-plan'],
      red: ['needs'],
      topCaseStudies: ['lesson-wirral-2009'],
    },
  },
  {
    id: 'brent-like',
    name: 'A London borough closing branches after doing the groundwork (Brent 2011)',
    facts:
      'Closing 6 of 12 libraries to meet a share of council savings, after gathering needs evidence, an extensive consultation on real options, a detailed equality analysis and a proper look at community bids.',
    why: "Brent's decision was upheld in the High Court and the Court of Appeal because the council did this groundwork (dossier L2). Resources may be weighed. Legal exposure is low, though the change is a large one.",
    assessment: council(
      { 'council-name': 'Brent-like London Borough', 'council-type': 'london-borough', ...reductions },
      [],
      steadyInPlace,
      changeGroundworkDone,
    ),
    expected: {
      legal: 'Low',
      overall: 'Green',
      absent: ['reductions-without-needs-assessment', 'consultation-after-decision', 'no-equality-analysis-of-chosen-option'],
      minGreen: 10,
    },
  },
  {
    id: 'gloucestershire-somerset-like',
    name: 'A county cutting branches and mobiles with a generic equality screening (Gloucestershire and Somerset 2011)',
    facts:
      'Stops funding 10 of 38 libraries and ends the mobiles. A needs assessment exists, but one general equality screening covers the whole programme, with little evidence and no analysis of the option now preferred.',
    why: 'The High Court found both decisions unlawful for breach of the equality duty: having an impact assessment does not prove due regard; substance and evidence count (dossier L3, 1.6).',
    assessment: council(
      { 'council-name': 'Gloucestershire-like County Council', 'council-type': 'county', ...reductions },
      [],
      steadyInPlace,
      changeGroundworkDone,
      {
        'equality-analysis-options': 'started',
        'equality-evidence': 'not-in-place',
        'equality-mitigations': 'started',
        'equality-chosen-option': 'started',
        'equality-decision-makers': 'partly',
        'access-mobile-outreach': ['care-settings'],
      },
    ),
    expected: {
      legal: 'High',
      overall: 'Red',
      critical: ['no-equality-analysis-of-chosen-option'],
      red: ['equality'],
      topCaseStudies: ['lesson-gloucestershire-somerset-2011'],
    },
  },
  {
    id: 'surrey-like',
    name: 'A county handing libraries to volunteers with training promised in general terms (Surrey 2012)',
    facts:
      'Reductions: 10 libraries to become volunteer-run. Papers say volunteers "will be trained" but there is no written plan for training or for users who need extra help.',
    why: "Surrey's decision was quashed: general assertions about training were not due regard to the effect on vulnerable users of losing paid staff (dossier L4).",
    assessment: council({ 'council-name': 'Surrey-like County Council', 'council-type': 'county', ...reductions }, [], steadyInPlace, changeGroundworkDone, {
      'delivery-current-model': ['in-house', 'community-managed'],
      'delivery-model-considered': ['community-managed'],
      'community-volunteers-role': 'no',
      'community-volunteer-support': 'started',
      'community-libraries-statutory-status': 'yes',
      'community-library-support-package': ['stock-systems', 'funding'],
      'community-libraries-monitored': 'started',
      'equality-mitigations': 'started',
      'delivery-client-capacity': 'started',
      'delivery-change-duty-control': 'yes',
    }),
    expected: {
      legal: 'High',
      overall: 'Red',
      critical: ['volunteers-replace-staff-without-support'],
      flags: ['equality-mitigations-not-specific'],
      red: ['community'],
      topCaseStudies: ['lesson-surrey-2012'],
    },
  },
  {
    id: 'surrey-pattern-no-changes',
    name: 'A unitary with long-standing volunteer-run libraries, weak support, and no changes planned',
    facts: 'Some libraries have been volunteer-run for years; training is informal. No changes to the service are planned.',
    why: 'The Surrey lesson is about a decision to move libraries to volunteers without due regard (dossier L4). With no decision coming, the gap is a real weakness to fix, a warning, not the critical risk of the case.',
    assessment: council({ 'council-name': 'Steadyshire Council', 'council-type': 'unitary', 'changes-planned': 'none' }, [], steadyInPlace, {
      'delivery-current-model': ['in-house', 'community-managed'],
      'community-volunteers-role': 'partly',
      'community-volunteer-support': 'started',
      'community-libraries-statutory-status': 'yes',
      'community-library-support-package': ['stock-systems', 'funding', 'agreement'],
      'community-libraries-monitored': 'in-place',
      'delivery-client-capacity': 'in-place',
    }),
    expected: {
      legal: 'Medium',
      overall: 'Amber',
      notCritical: ['volunteers-replace-staff-without-support', 'volunteer-support-gaps'],
      flags: ['volunteer-support-gaps'],
    },
  },
  {
    id: 'lincolnshire-2014-like',
    name: 'A county consulting when the core plan is already fixed (Lincolnshire 2014)',
    facts:
      'Options are called open, but the budget and timetable already assume 15 council libraries. An offer from an outside provider got no formal assessment.',
    why: "Lincolnshire's 2013 decision was quashed: consultation was not at a formative stage, and the provider's offer should have been explored as a Localism Act expression of interest (dossier L5, 1.5).",
    assessment: council(
      { 'council-name': 'Lincolnshire-like County Council', 'council-type': 'county', ...reductions },
      [],
      steadyInPlace,
      changeGroundworkDone,
      {
        'consultation-formative-stage': 'started',
        'consultation-change-stage': 'partly',
        'consultation-community-proposals': 'not-in-place',
      },
    ),
    expected: {
      legal: 'High',
      overall: 'Red',
      critical: ['consultation-after-decision', 'community-proposals-not-assessed'],
      red: ['consultation'],
      topCaseStudies: ['lesson-lincolnshire-2014'],
    },
  },
  {
    id: 'lincolnshire-2015-like',
    name: 'A county that re-consulted properly before deciding again (Lincolnshire 2015)',
    facts: "After the first decision was quashed, the council consulted again on real options, assessed the provider's offer and decided afresh.",
    why: 'The second decision was upheld: re-consultation cured the defects (dossier L6). Legal exposure is low.',
    assessment: council(
      { 'council-name': 'Lincolnshire-like County Council (second decision)', 'council-type': 'county', ...reductions },
      [],
      steadyInPlace,
      changeGroundworkDone,
    ),
    expected: { legal: 'Low', overall: 'Green', absent: ['consultation-after-decision', 'community-proposals-not-assessed'] },
  },
  {
    id: 'northamptonshire-like',
    name: 'A county in financial crisis switching to closures after consultation (Northamptonshire 2018)',
    facts:
      "After a section 114 notice, the council drops the option it consulted on and closes 21 of 36 libraries with no support. No check of the service left, an equality analysis of the earlier option only, responses not weighed, children's-centre grants not checked.",
    why: 'The High Court quashed the decision: no consideration of whether the remaining service was comprehensive and efficient, equality duty failed, consultation not properly weighed, grant clawback ignored; financial crisis is no excuse (dossier L7).',
    assessment: council(
      { 'council-name': 'Northamptonshire-like County Council', 'council-type': 'county', ...reductions, 'service-points': 36 },
      [],
      steadyInPlace,
      changeGroundworkDone,
      {
        'duty-decision-papers': ['s7-duty', 'consultation-responses'],
        'duty-remaining-service-checked': 'not-in-place',
        'needs-change-assessed': 'started',
        'consultation-conscientious': 'started',
        'consultation-change-stage': 'no',
        'equality-chosen-option': 'started',
        'equality-kept-current': 'no',
        'equality-linked-services': 'no',
        'equality-decision-makers': 'partly',
        'delivery-options-appraisal': 'not-in-place',
      },
    ),
    expected: {
      legal: 'High',
      overall: 'Red',
      critical: ['remaining-service-not-checked', 'no-equality-analysis-of-chosen-option', 'consultation-after-decision'],
      flags: ['linked-services-not-checked', 'consultation-responses-not-weighed'],
      red: ['duty', 'equality', 'consultation'],
      topCaseStudies: ['lesson-northamptonshire-2018'],
    },
  },
  {
    id: 'strong-steady-state',
    name: 'A strong unitary with no changes planned',
    facts:
      "A current needs assessment with a children's section, an approved strategy, KPIs reported to members, written and happening now; not every part re-checked in the last 2 years. No changes planned.",
    why: 'Practice that is in place, current and evidenced is what the guidance asks for (dossier 1.3, 4.3). Nothing in the cases puts such a council at legal risk. It should see mostly Green, without needing the top answer everywhere.',
    assessment: council({ 'council-name': 'Brookmere Council', 'council-type': 'unitary', 'changes-planned': 'none' }, [], steadyInPlace),
    expected: { legal: 'Low', overall: 'Green', minGreen: 11, absent: ['reductions-without-needs-assessment'] },
  },
  {
    id: 'book-charges',
    name: 'A unitary that charges some people to borrow books',
    facts: 'People who work in the area but live elsewhere pay a fee to borrow books. Otherwise a strong service with no changes planned.',
    why: 'Section 8, as rewritten in 1989, allows no charge for lending books to people the council must lend to (dossier 1.1). This is a breach now, not a risk in a future decision: it is the most serious legal risk and comes first.',
    assessment: council({ 'council-name': 'Westmoor Council', 'council-type': 'unitary', 'changes-planned': 'none' }, [], steadyInPlace, {
      'duty-who-is-covered': 'partly',
      'stock-book-lending-free': 'no',
      'stock-charges-within-regulations': 'no',
    }),
    expected: { legal: 'High', overall: 'Red', critical: ['charging-for-book-loans'], firstFlag: 'charging-for-book-loans', red: ['stock'] },
  },
  {
    id: 'commissioning-a-trust',
    name: 'A county preparing to commission a charitable trust, with gaps in the preparation',
    facts:
      'Other changes planned: the council is considering a trust. An options appraisal is in place, but there is no client-side capacity plan, no exit plan, the procurement route is not settled and staff transfer and pensions are unplanned.',
    why: 'The ADM toolkit asks for an options appraisal and business case (dossier 3.1); Inspire shows the council keeps the duty and control through an agreement (C3); Carillion and Suffolk show provider failure and failed procurement (M5, updates 5). These are serious gaps to close before the move, not yet unlawful.',
    assessment: council(
      { 'council-name': 'Trustshire County Council', 'council-type': 'county', 'changes-planned': 'other-changes' },
      [],
      steadyInPlace,
      changeGroundworkDone,
      modelChangeGroundworkDone,
      {
        'delivery-model-considered': ['trust'],
        'delivery-client-capacity': 'not-in-place',
        'delivery-exit-plan': 'not-in-place',
        'delivery-change-procurement': 'started',
        'delivery-change-staff-pensions': 'not-in-place',
      },
    ),
    expected: {
      legal: 'Medium',
      overall: 'Amber',
      flags: ['no-client-side-capacity', 'no-exit-plan-with-provider', 'delivery-change-procurement-unclear', 'delivery-change-staff-transfer-unplanned'],
      topModel: 'trust',
      topCaseStudies: ['inspire-nottinghamshire'],
    },
  },
  {
    id: 'exploring-a-mutual',
    name: 'A county exploring a public service mutual, groundwork done',
    facts:
      'Other changes planned: the council is exploring a staff and community mutual, with an options appraisal, commissioning capacity, exit plan, procurement advice and a TUPE and pensions plan in place.',
    why: 'Libraries Unlimited, Explore York and Inspire are the mutual and society models the ADM toolkit drew on (dossier C2, C10, C3, 3.1). A council that says it is considering the model should see it first, with its prerequisites and cautions, and those case studies.',
    assessment: council(
      { 'council-name': 'Mutualshire County Council', 'council-type': 'county', 'changes-planned': 'other-changes' },
      [],
      steadyInPlace,
      changeGroundworkDone,
      modelChangeGroundworkDone,
      {
        'delivery-model-considered': ['mutual'],
      },
    ),
    expected: {
      legal: 'Low',
      overall: 'Green',
      topModel: 'mutual',
      topCaseStudies: ['libraries-unlimited-devon', 'explore-york'],
      absent: ['delivery-change-procurement-unclear'],
    },
  },
  {
    id: 'lgr-merger',
    name: 'A new unitary merging two library services under local government reorganisation',
    facts:
      "Other changes: two services merge on vesting day. Lift-and-shift with a shared library system; each predecessor's needs assessment is current. A shared service is being considered; only the council-run parts have a named lead.",
    why: 'Libraries Connected warns LGR is not a simple "lift and drop"; Northamptonshire kept one service under a joint agreement to stay "safe and legal" (updates 1.5). The duty stays with the council whoever runs each part, so a gap in who answers for the whole service is a warning, not a breach.',
    assessment: council(
      { 'council-name': 'New Unitary Council', 'council-type': 'unitary', 'changes-planned': 'other-changes' },
      [],
      steadyInPlace,
      changeGroundworkDone,
      without(modelChangeGroundworkDone, 'delivery-exit-plan'),
      {
        'delivery-model-considered': ['shared-service'],
        'delivery-duty-retained': 'partly',
      },
    ),
    expected: { legal: 'Medium', overall: 'Amber', flags: ['statutory-duty-accountability-unclear'], topModel: 'shared-service' },
  },
  {
    id: 'dont-know-councillor',
    name: 'A councillor who answers "Don\'t know" almost everywhere while reductions are planned',
    facts:
      'Reductions planned. The councillor does not know whether there is a needs assessment, an equality analysis, where consultation stands, or whether the remaining service was checked.',
    why: 'Each of these is a precondition of a lawful decision (dossier 1.3, L1, L3, L5, L7). Not knowing is no reassurance: the council cannot show the tests are met, so the risk is high until officers answer.',
    assessment: council(
      { 'council-name': 'Unsure County Council', 'council-type': 'county', ...reductions, 'respondent-role': 'councillor' },
      [],
      allDontKnow({ ...wellEvidenced, ...changeGroundworkDone }, ['delivery-current-model']),
    ),
    expected: { legal: 'High', overall: 'Red', critical: ['essentials-not-known-before-decision'], minOfficerQuestions: 40 },
  },
  {
    id: 'health-priority',
    name: 'A strong unitary that chose "Healthier and happier lives"',
    facts: 'No changes planned; practice in place; the council chose health as its local priority and works with health partners.',
    why: "Recommendations should follow the council's own priorities (issue 10, item 6): where the library holds at least three health case studies, at least half the top six serve health.",
    assessment: council({ 'council-name': 'Healthton Council', 'council-type': 'unitary', 'changes-planned': 'none' }, ['health'], steadyInPlace, {
      'priority-health-partners': 'yes',
      'priority-health-activities': ['reading-well', 'wellbeing-groups', 'health-information', 'targeted'],
      'priority-health-outcomes': 'in-place',
    }),
    expected: { legal: 'Low', overall: 'Green' },
  },
]
