/**
 * The presentation of a workshop's agreed position, by role and label: the slide set for a room
 * (summary led by the legal position, all themes at a glance, one slide per Red theme, where the
 * room split, the agreed positions with dissent, next steps with leads and dates), no names on
 * any slide, the keyboard, no scrolling at 1280×720 and 1920×1080, no sideways scroll at 375 and
 * 320 px, and axe on every kind of slide.
 */
import { test, expect, type Page } from '@playwright/test'
import { content, respondentFile as roomFile } from './room-files'
import { expectNoAxeViolations, expectNoSidewaysScroll } from './support'

/** Respondent `n`: answers that agree on most questions (the weakest choice) and split on every third one. */
const respondentFile = (n: number) => roomFile(n, { agreed: (values) => values[0]! })

async function expectNoScrolling(page: Page, what: string) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, inner: window.innerHeight }))
  expect(scroll, `${what} scrolls (${scroll} > ${inner})`).toBeLessThanOrEqual(inner)
}

/** Step forward through every slide with the keyboard, checking each one. */
async function stepThroughSlides(page: Page, check: (title: string, index: number) => Promise<void>): Promise<string[]> {
  const counter = page.getByText(/^Slide \d+ of \d+$/)
  const total = Number(/of (\d+)/.exec(await counter.innerText())![1])
  const seen: string[] = []
  for (let i = 1; i <= total; i++) {
    await expect(counter).toHaveText(`Slide ${i} of ${total}`)
    const heading = page.getByRole('heading', { level: 1 })
    const title = (await heading.innerText()).trim()
    if (i > 1) await expect(heading).toBeFocused()
    seen.push(title)
    await check(title, i)
    if (i < total) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown')
  }
  return seen
}

test.describe('the presentation', () => {
  test('presents a workshop’s agreed position to a room', async ({ page }) => {
    test.setTimeout(300_000)
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto('/workshop')
    await page
      .getByLabel('Upload answer files')
      .setInputFiles([1, 2, 3].map((n) => ({ name: `respondent-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(respondentFile(n)) })))
    await expect(page.getByText('3 files added. The workshop now has 3 respondents.')).toBeVisible()
    const first = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 3, name: /^1\. / }) })
    await first.getByText(/^Add a note or record dissent/).click()
    await first.getByLabel('Dissent (optional)').fill('One councillor holds that the budget already assumes closures.')
    await page.getByRole('button', { name: 'Use the agreed position' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'is now the assessment in this browser' })).toBeFocused()

    await page.goto('/present')
    await expect(page.getByRole('heading', { level: 1, name: 'Library service self-assessment' })).toBeVisible()
    await expect(page.getByText('Combined from 3 respondents')).toBeVisible()
    await expect(page.getByRole('banner')).toHaveCount(0)

    const kinds = new Set<string>()
    let redThemes = 0
    const seen = await stepThroughSlides(page, async (title, i) => {
      await expectNoScrolling(page, `slide ${i} (${title}) at 1280×720`)
      await expect(page.getByText(/Councillor [ABC]/)).toHaveCount(0)
      const kind = await page.locator('section.app-slide').getAttribute('class')
      if (!kinds.has(kind!)) {
        kinds.add(kind!)
        await expectNoAxeViolations(page, `slide ${i} (${title})`)
      }
      if (title === 'Summary') {
        await expect(page.getByText(/^Legal position: (High|Medium|Low) legal risk$/)).toBeVisible()
        await page.screenshot({ path: '/tmp/slide-summary-1280.png' })
      }
      if (title === 'All themes at a glance') {
        redThemes = (await page.locator('.app-theme-bars__value').allInnerTexts()).filter((t) => t.endsWith('Red')).length
        await page.screenshot({ path: '/tmp/slide-overview-1280.png' })
      }
      if (title === 'Where the room split') {
        await expect(page.getByText(/Strong disagreement|Some disagreement/).first()).toBeVisible()
        await page.screenshot({ path: '/tmp/slide-split-1280.png' })
      }
      if (title === 'Agreed positions with dissent') await expect(page.getByText(/Dissent: One councillor holds/)).toBeVisible()
      if (title === 'Next steps') await expect(page.getByText(/Lead: .*\. By: .*\./).first()).toBeVisible()
    })

    const themeTitles = seen.filter((t) => content.themes.some((th) => th.title === t))
    expect(themeTitles).toHaveLength(redThemes)
    expect(seen.slice(0, 3)).toEqual(['Library service self-assessment', 'Summary', 'All themes at a glance'])
    expect(seen.slice(3 + redThemes)).toEqual([
      'Critical risks',
      'Where the room split',
      'Agreed positions with dissent',
      'Top recommendations',
      'Governance models',
      'Next steps',
    ])

    // The live region announces the slide; the other keys move as a clicker would.
    const total = seen.length
    await expect(page.locator('[aria-live="polite"]')).toHaveText(`Slide ${total} of ${total}: Next steps`)
    await page.keyboard.press('Home')
    await expect(page.getByText(`Slide 1 of ${total}`, { exact: true })).toBeVisible()
    await page.keyboard.press('End')
    await page.keyboard.press('PageUp')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowUp')
    await expect(page.getByText(`Slide ${total - 3} of ${total}`, { exact: true })).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    await expect(page.getByText(`Slide ${total - 1} of ${total}`, { exact: true })).toBeVisible()

    // 1920×1080: every slide fits. 375 and 320 px: every slide scrolls down only, never sideways.
    for (const [width, height] of [
      [1920, 1080],
      [375, 812],
      [320, 640],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.keyboard.press('Home')
      await page.getByRole('heading', { level: 1 }).focus()
      await stepThroughSlides(page, async (title, i) => {
        if (width === 1920) await expectNoScrolling(page, `slide ${i} (${title}) at 1920×1080`)
        else await expectNoSidewaysScroll(page, `slide ${i} (${title}) at ${width} px`)
        if (width === 375 && ['Summary', 'Where the room split'].includes(title))
          await page.screenshot({ path: `/tmp/slide-${title === 'Summary' ? 'summary' : 'split'}-375.png`, fullPage: true })
        if (width === 375 && i === 4) await page.screenshot({ path: '/tmp/slide-theme-375.png', fullPage: true })
      })
    }
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.screenshot({ path: '/tmp/slide-theme-1280.png' })
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/\/results$/)
  })
})
