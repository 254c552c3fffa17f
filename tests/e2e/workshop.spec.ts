/**
 * The workshop end to end, by role and label: five people's files and one broken file, names
 * hidden by default, a warning for a file from another council, the filters, a consensus, focus
 * on the success message after "Use the agreed position", no raw answer codes, axe in each state,
 * and no sideways scroll at 320 px on the workshop and compare pages. The slides are in
 * present.spec.ts.
 */
import { test, expect, type Page } from '@playwright/test'
import { content, questions, respondentFile as roomFile } from './room-files'
import { expectNoAxeViolations } from './support'

/**
 * Respondent `n`'s saved file: answers that agree on most questions and split on every third one.
 * Most of the room answers "Don't know" to number questions, so that is the agreed answer.
 */
function respondentFile(n: number, extraAnswers: Record<string, { value: string }> = {}, council = 'Anytown Borough Council'): string {
  return roomFile(n, { agreed: (values) => values[values.length - 2]!, numbersNotKnown: true, extraAnswers, council })
}

const files = [
  ...[1, 2, 3, 4].map((n) => ({ name: `respondent-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(respondentFile(n)) })),
  { name: 'respondent-5.json', mimeType: 'application/json', buffer: Buffer.from(respondentFile(5, { 'a-retired-question': { value: 'yes' } })) },
  { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ this is not JSON') },
]
const otherCouncil = { name: 'other-council.json', mimeType: 'application/json', buffer: Buffer.from(respondentFile(4, {}, 'Otherton District Council')) }

/** The page scrolls sideways by this many pixels (0 when it fits). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)
}

test.describe('the workshop', () => {
  test('combines five files for a room: names hidden, warnings, filters, a consensus and focus on the result', async ({ page }) => {
    // axe on a page of about 100 questions takes a few seconds each time.
    test.setTimeout(300_000)
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto('/workshop')
    await expect(page.getByRole('heading', { level: 1, name: 'Run a workshop' })).toBeVisible()
    await expectNoAxeViolations(page, 'the empty workshop')

    await page.getByLabel('Upload answer files').setInputFiles(files)

    const table = page.getByRole('table', { name: 'Files added' })
    await expect(table.getByRole('row')).toHaveCount(7)
    for (const n of [1, 2, 3, 4]) await expect(table.getByRole('row', { name: new RegExp(`respondent-${n}\\.json`) })).toContainText('Added')
    await expect(table.getByRole('row', { name: /respondent-5\.json/ })).toContainText('Added with warnings')
    await expect(table.getByRole('row', { name: /respondent-5\.json/ })).toContainText('a-retired-question')
    await expect(table.getByRole('row', { name: /broken\.json/ })).toContainText('Not added')
    const errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(errorSummary).toContainText('broken.json: The file is not a saved assessment: it is not in the JSON format this tool saves.')
    await expect(page.getByText('5 files added. The workshop now has 5 respondents.')).toBeVisible()
    await expect(page).toHaveTitle(/^Error: Run a workshop/)
    // Every file is from one council in one situation: no warning.
    await expect(page.getByRole('region', { name: 'Check the files before you combine them' })).toHaveCount(0)

    // Names are hidden by default: this page goes on a projector.
    const themes = page.getByRole('table', { name: /scores by theme/ })
    await expect(themes.getByRole('columnheader', { name: 'Respondent 5' })).toBeVisible()
    await expect(page.getByText('Councillor A')).toHaveCount(0)
    await expect(page.getByText('Question “a-retired-question”: Respondent 5')).toBeVisible()
    await expect(themes.getByRole('row', { name: /^Legal position/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Legal position of the agreed answers' })).toBeVisible()
    await expectNoAxeViolations(page, 'the workshop with names hidden')
    const showNames = page.getByLabel('Show respondents’ names')
    await showNames.check()
    await expect(themes.getByRole('columnheader', { name: 'Councillor A' })).toBeVisible()
    await showNames.uncheck()
    await expect(page.getByText('Councillor A')).toHaveCount(0)

    // No raw answer code anywhere: the agreed number box is empty and "Don't know" is ticked.
    await expect(page.getByText('dont-know')).toHaveCount(0)
    const boxes = await page.getByRole('textbox').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    expect(boxes.filter((v) => /dont-know|not-applicable/.test(v))).toEqual([])
    const numberQuestion = questions.find((q) => q.kind === 'number' && q.dontKnow)!
    await expect(page.getByRole('group', { name: `Or, for “${numberQuestion.short}”` }).getByLabel(/^Don.t know$/)).toBeChecked()

    // The biggest split comes first, pre-filled with the most common answer, not yet agreed.
    const topQuestion = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 3, name: /^1\. / }) })
    await expect(topQuestion.getByText(/Strong disagreement|Real disagreement/)).toBeVisible()
    await expect(topQuestion.getByText('(the most common answer, not yet agreed)')).toBeVisible()
    // The first single-choice question in the discussion.
    const first = page
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 3, name: /^\d+\. / }) })
      .filter({ has: page.getByRole('radio') })
      .first()
    const group = first.getByRole('group', { name: /^Agreed answer for/ })
    const options = group.getByRole('radio')
    const checked = await options.evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).checked))
    const choice = group.getByRole('radio').nth(checked === 0 ? 1 : 0)
    const choiceLabel = (
      await group
        .locator('label')
        .nth(checked === 0 ? 1 : 0)
        .innerText()
    ).trim()
    await choice.check()
    await expect(first.getByText('(recorded by the facilitator)')).toBeVisible()
    await expect(first.getByText(`Agreed: ${choiceLabel}`)).toBeVisible()
    await first.getByText(/^Add a note or record dissent/).click()
    await first.getByLabel('Note on the agreed answer (optional)').fill('The room accepted the officers’ evidence.')
    await first.getByLabel('Dissent (optional)').fill('Respondent 2 thinks this is not yet in place.')
    await expectNoAxeViolations(page, 'the workshop with an agreed answer')

    // The filters: disagreements only, then not yet agreed.
    const showing = page.getByText(/^Showing \d+ of \d+ questions\.$/)
    const all = Number(/of (\d+)/.exec(await showing.innerText())![1])
    await page.getByLabel(/^Disagreements only/).check()
    const shown = Number(/^Showing (\d+)/.exec(await showing.innerText())![1])
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(all)
    const tags = await page.locator('.app-workshop-question__tag').allInnerTexts()
    expect(tags).toHaveLength(shown)
    expect(tags.every((t) => /^(Strong disagreement|Some disagreement|Real disagreement)/.test(t))).toBe(true)
    await expectNoAxeViolations(page, 'the workshop showing disagreements only')

    await page.getByLabel(/^Not yet agreed/).check()
    const before = Number(/^Showing (\d+)/.exec(await showing.innerText())![1])
    await expect(page.getByText('(recorded by the facilitator)')).toHaveCount(0)
    await page
      .getByRole('button', { name: /^Agree this answer for/ })
      .first()
      .click()
    await expect(showing).toHaveText(`Showing ${before - 1} of ${all} questions.`)
    await expectNoAxeViolations(page, 'the workshop showing questions not yet agreed')
    await page.getByLabel(/^All questions the room answered/).check()

    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: '/tmp/workshop-top-1280.png' })
    await themes.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: '/tmp/workshop-themes-1280.png' })
    await first.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: '/tmp/workshop-question-1280.png' })

    // "Use the agreed position": focus moves to the success message at the top.
    await page.getByRole('button', { name: 'Use the agreed position' }).click()
    const success = page.getByRole('alert').filter({ hasText: 'The agreed position, combined from 5 respondents, is now the assessment in this browser.' })
    await expect(success).toBeVisible()
    await expect(success).toBeFocused()
    await expect(success).toBeInViewport()
    await page.screenshot({ path: '/tmp/workshop-after-use-1280.png' })
    await expectNoAxeViolations(page, 'the workshop after using the agreed position')

    // The workshop survives a reload, names still hidden, and the broken file's message does not.
    await page.reload()
    await expect(page.getByRole('table', { name: 'Files added' }).getByRole('row')).toHaveCount(6)
    await expect(page.getByLabel('Show respondents’ names')).not.toBeChecked()

    // A file from another council: a warning before combining, counted by file, never by name.
    await page.getByLabel('Upload answer files').setInputFiles([otherCouncil])
    const warning = page.getByRole('region', { name: 'Check the files before you combine them' })
    await expect(warning).toContainText(
      'These files come from 2 different councils: “Anytown Borough Council” (5 files) and “Otherton District Council” (1 file).',
    )
    await expect(page.getByText('The files do not all describe the same council in the same situation.')).toBeVisible()
    await expectNoAxeViolations(page, 'the workshop with a warning')
    await page.getByRole('button', { name: 'Remove other-council.json' }).click()
    await expect(warning).toHaveCount(0)

    // At 320 px, and at 375 px, the page never scrolls sideways.
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 800 })
      expect(await sidewaysOverflow(page), `the workshop at ${width} px`).toBeLessThanOrEqual(0)
    }
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: '/tmp/workshop-top-375.png' })
    await page.setViewportSize({ width: 375, height: 800 })
    await page.getByRole('table', { name: /scores by theme/ }).evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: '/tmp/workshop-themes-375.png' })
    await page
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { level: 3, name: /^1\. / }) })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: '/tmp/workshop-question-375.png' })

    // Compare the agreed position with one person's answers, as if they were last year's.
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto('/compare')
    await expect(page.getByRole('heading', { level: 1, name: 'Compare with an earlier assessment' })).toBeVisible()
    await page.getByLabel('Upload the earlier assessment').setInputFiles([files[0]!])
    const changes = page.getByRole('table', { name: /Change in each theme’s score/ })
    await expect(changes.getByRole('row')).toHaveCount(content.themes.length + 2)
    await expect(changes.getByRole('row', { name: /^Overall/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Answers that changed' })).toBeVisible()
    await expectNoAxeViolations(page, 'the compare view')
    await page.screenshot({ path: '/tmp/compare-1280.png' })
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 800 })
      expect(await sidewaysOverflow(page), `the compare page at ${width} px`).toBeLessThanOrEqual(0)
    }
    await page.screenshot({ path: '/tmp/compare-320.png' })
    await page.getByLabel('Upload the earlier assessment').setInputFiles([files[5]!])
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('broken.json: The file is not a saved assessment')
  })
})
