/**
 * Turn the options of a govuk-frontend Nunjucks macro (as its fixtures.json gives them) into our
 * components' props, and find a control by its label text.
 */
import type { VueWrapper } from '@vue/test-utils'

type Size = 'xl' | 'l' | 'm' | 's'

/** The options govuk's radios and checkboxes macros share, the items aside. */
export interface FieldsetOptions {
  name: string
  idPrefix?: string
  fieldset: { legend: { text: string; classes?: string; isPageHeading?: boolean } }
  hint?: { text: string }
  errorMessage?: { text: string }
}

/** The options govuk's input and textarea macros share. */
export interface LabelOptions {
  id?: string
  name: string
  label: { text: string; classes?: string; isPageHeading?: boolean }
  hint?: { text: string }
  errorMessage?: { text: string }
}

/** GovRadios' and GovCheckboxes' props for the fieldset part of the options. */
export function fieldsetProps(options: FieldsetOptions) {
  const { legend } = options.fieldset
  return {
    name: options.name,
    idPrefix: options.idPrefix,
    legend: legend.text,
    legendSize: legend.classes?.match(/govuk-fieldset__legend--(xl|l|m|s)\b/)?.[1] as Size | undefined,
    legendIsHeading: legend.isPageHeading,
    hint: options.hint?.text,
    errorMessage: options.errorMessage?.text,
  }
}

/** GovInput's and GovTextarea's props for the label part of the options. */
export function labelProps(options: LabelOptions) {
  return {
    // govuk falls back to the name when no id is given; our fields always take an id.
    id: options.id ?? options.name,
    name: options.name,
    label: options.label.text,
    labelSize: options.label.classes?.match(/govuk-label--(xl|l|m|s)\b/)?.[1] as Size | undefined,
    hint: options.hint?.text,
    errorMessage: options.errorMessage?.text,
  }
}

/** The label whose text is exactly `text`; throws when there is none. */
export function labelled(wrapper: VueWrapper, text: string) {
  const label = wrapper.findAll('label').find((l) => l.text() === text)
  if (!label) throw new Error(`no label "${text}"`)
  return label
}
