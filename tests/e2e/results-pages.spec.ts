/**
 * The results' detail pages (issue 16 item 4): each on a page of its own under /results, reached
 * from the results page and by Previous / Next, with its own title, caption and back link; each
 * says there is nothing to show before any answer, is axe-clean in both states, fits 320 pixels,
 * reloads, and is reached and left by keyboard alone.
 */
import { test, expect, type Page } from '@playwright/test'
import { STORAGE_KEY } from '@/stores/storage'
import { DETAIL_TEXT, RESULTS_DETAIL, type ResultsDetail } from '@/components/results/detail-pages'
import { realContent } from '../support/content'
import { fullyAnswered } from '../support/full-assessment'
import { expectNoAxeViolations, expectNoSidewaysScroll, savedFile, seedStorage } from './support'

const title = (part: ResultsDetail) => DETAIL_TEXT[part].title
const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' })
/** "Next page: <title>" in the pagination (the browser reads a space before the colon, as on GOV.UK). */
const paging = (page: Page, word: 'Previous' | 'Next', part: ResultsDetail) =>
  pagination(page).getByRole('link', { name: new RegExp(`^${word} page ?: ${title(part)}$`) })

/** Every question answered, two of them "Don't know", for a council with published figures. */
function filledFile() {
  const content = realContent()
  const file = fullyAnswered(content, { profile: { 'council-name': 'Hampshire County Council', 'council-code': 'E10000014', 'council-type': 'county' } })
  const scales = content.themes.flatMap((t) => t.questions).filter((q) => q.kind === 'scale')
  for (const q of scales.slice(0, 2)) file.assessment.answers[q.id] = { value: 'dont-know' }
  return file
}

async function openWith(page: Page, file: unknown, path: string) {
  await seedStorage(page, { [STORAGE_KEY]: JSON.stringify(file) })
  await page.goto(path)
  await expect(heading(page)).toBeVisible()
}

test.describe('with answers', () => {
  test.beforeEach(() => test.setTimeout(120_000))

  test('each detail page is linked from the results, with its title, caption and back link, and no axe violations', async ({ page }) => {
    await openWith(page, filledFile(), '/results')
    const detail = page.getByRole('navigation', { name: 'The detail' })
    await expect(detail.getByRole('link')).toHaveCount(RESULTS_DETAIL.length)
    for (const part of RESULTS_DETAIL) {
      await detail.getByRole('link', { name: title(part), exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/results/${part}$`))
      await expect(heading(page)).toHaveText(title(part))
      await expect(page).toHaveTitle(`${title(part)} – Library service self-assessment`)
      await expect(page.getByText('Hampshire County Council', { exact: true }).first()).toBeVisible()
      await expect(page.getByText('There is nothing to show yet.')).toHaveCount(0)
      await expectNoAxeViolations(page, `${title(part)}, with answers`)
      await page.getByRole('link', { name: 'Back to your results' }).click()
      await expect(heading(page)).toHaveText('Your results')
    }
  })

  test('Previous and Next go through the detail pages in order, there and back', async ({ page }) => {
    await openWith(page, filledFile(), `/results/${RESULTS_DETAIL[0]}`)
    await expect(pagination(page).getByRole('link', { name: /Previous/ })).toHaveCount(0)
    for (const [i, part] of RESULTS_DETAIL.entries()) {
      await expect(heading(page)).toHaveText(title(part))
      const next = RESULTS_DETAIL[i + 1]
      if (!next) break
      await paging(page, 'Next', next).click()
    }
    await expect(pagination(page).getByRole('link', { name: /Next/ })).toHaveCount(0)
    for (const part of [...RESULTS_DETAIL].reverse().slice(1)) {
      await paging(page, 'Previous', part).click()
      await expect(heading(page)).toHaveText(title(part))
    }
  })

  test('pages with nothing for this council are left out of the list and of Previous / Next', async ({ page }) => {
    await openWith(page, savedFile(), '/results')
    const detail = page.getByRole('navigation', { name: 'The detail' })
    await expect(detail.getByRole('link', { name: 'Case studies for you' })).toBeVisible()
    await expect(detail.getByRole('link', { name: title('council-numbers') })).toHaveCount(0)
    await expect(detail.getByRole('link', { name: title('questions-for-officers') })).toHaveCount(0)
    await page.goto('/results/themes')
    await expect(paging(page, 'Next', 'case-studies')).toBeVisible()
    await page.goto('/results/action-plan')
    await expect(paging(page, 'Next', 'try-another-answer')).toBeVisible()
    // Opened directly, a page with nothing to show says why.
    await page.goto('/results/council-numbers')
    await expect(page.getByText('There are no published figures to show.')).toBeVisible()
  })

  test('by keyboard alone: from the results to a detail page, on with Next, and back', async ({ page }) => {
    await openWith(page, filledFile(), '/results')
    const focusOn = async (name: RegExp) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate((re) => new RegExp(re).test(document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? ''), name.source)) return
      }
      throw new Error(`Tab never reached "${name}"`)
    }
    await focusOn(new RegExp(`^${title('risks')}$`))
    await page.keyboard.press('Enter')
    await expect(heading(page)).toHaveText(title('risks'))
    await expect(heading(page)).toBeFocused()
    await focusOn(new RegExp(`^Next page ?: ?${title('themes')}$`))
    await page.keyboard.press('Enter')
    await expect(heading(page)).toHaveText(title('themes'))
    await expect(heading(page)).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('link', { name: 'Back to your results' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(heading(page)).toHaveText('Your results')
    await expect(heading(page)).toBeFocused()
  })

  test('no detail page scrolls sideways at 320 pixels wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await openWith(page, filledFile(), '/results')
    for (const part of RESULTS_DETAIL) {
      await page.goto(`/results/${part}`)
      await expect(heading(page)).toHaveText(title(part))
      await expectNoSidewaysScroll(page, `/results/${part}`)
    }
  })

  test('a detail page reloads where it was, with what was changed on it', async ({ page }) => {
    await openWith(page, savedFile(), '/results/action-plan')
    await page.getByText('Change the action plan').click()
    await page.getByLabel("Lead (a role, not a person's name)").first().fill('Head of libraries')
    await page.reload()
    await expect(heading(page)).toHaveText(title('action-plan'))
    await expect(page.getByRole('table', { name: /^Action plan/ })).toContainText('Head of libraries')
  })
})

test('before any answer, each detail page says there is nothing to show yet, with no axe violations', async ({ page }) => {
  for (const part of RESULTS_DETAIL) {
    await page.goto(`/results/${part}`)
    await expect(heading(page)).toHaveText(title(part))
    await expect(page.getByText('There is nothing to show yet.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to your results' })).toBeVisible()
    await expect(pagination(page)).toHaveCount(0)
    await expectNoAxeViolations(page, `${title(part)}, before any answer`)
  }
})
