/** Reference councils drawn from guidance and practice (questions/CALIBRATION.md, rows 9 to 15). */
import { allDontKnow, changeGroundworkDone, modelChangeGroundworkDone, steadyInPlace, wellEvidenced } from './answers'
import { council, reductions, type ReferenceCouncil, without } from './council'

export const practiceCouncils: ReferenceCouncil[] = [
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
