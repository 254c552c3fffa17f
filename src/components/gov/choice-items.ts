/**
 * The items of GOV.UK radios and checkboxes, with the ids govuk's Nunjucks macros give them: the
 * first item takes the prefix, later items `<prefix>-<position>` (dividers counted), and an item's
 * hint `<id>-item-hint`. So an error summary can link to `#<prefix>`.
 */

/** One choice, or a divider ("or") between choices. */
export type ChoiceItem<Extra extends object = object> = ({ value: string; text: string; hint?: string } & Extra) | { divider: string }

/** The props GovRadios and GovCheckboxes share: the fieldset, its legend, hint and error. */
export interface ChoicesProps {
  name: string
  idPrefix?: string
  legend: string
  legendSize?: 'xl' | 'l' | 'm' | 's'
  legendIsHeading?: boolean
  caption?: string
  hint?: string
  errorMessage?: string
  small?: boolean
}

/** Small radios or checkboxes under a small legend, as for a filter or a secondary choice: `v-bind="SMALL_CHOICES"`. */
export const SMALL_CHOICES = { legendSize: 's', small: true } as const

export type ChoiceEntry<Item> = { key: string; divider: string } | { key: string; id: string; hintId: string; item: Exclude<Item, { divider: string }> }

export function choiceEntries<Item extends ChoiceItem>(prefix: string, items: readonly Item[]): ChoiceEntry<Item>[] {
  return items.map((item, index) => {
    const id = index === 0 ? prefix : `${prefix}-${index + 1}`
    return 'divider' in item ? { key: id, divider: item.divider } : { key: id, id, hintId: `${id}-item-hint`, item: item as Exclude<Item, { divider: string }> }
  })
}
