/** The "About your council" field ids the workshop reads, written once. */

/** The council's name: files naming different councils are not combined without a warning. */
export const COUNCIL_NAME_FIELD = 'council-name'
export const COUNCIL_TYPE_FIELD = 'council-type'
/** Whether changes are planned: it decides the questions asked and the legal risks. */
export const CHANGES_PLANNED_FIELD = 'changes-planned'
/** Fields about the person, not the council: left out of the combined profile. */
export const RESPONDENT_NAME_FIELD = 'respondent-name'
export const RESPONDENT_ROLE_FIELD = 'respondent-role'
/** The role the combined assessment records, where the content offers it. */
export const FACILITATOR_ROLE = 'facilitator'
