/** Answer values that mean "Don't know" and "Not applicable". No option may use them. */
export const DONT_KNOW = 'dont-know'
export const NOT_APPLICABLE = 'not-applicable'
