import { test, expect, type Page } from '@playwright/test'
import { andWaitForNewPage, answerQuestion, completeAssessment, completeProfile, completeTheme, expectNoAxeViolations } from './support'
import type { Locator } from '@playwright/test'

/** Press Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 400) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`

async function startTheme(page: Page, name: RegExp) {
  await andWaitForNewPage(page, () => page.getByRole('link', { name }).click())
}

async function pressContinue(page: Page) {
  await andWaitForNewPage(page, () => page.getByRole('button', { name: 'Continue' }).click())
}

test.describe('a councillor completing an assessment', () => {
  test('goes from the start page to "See your results", with no request to any other origin', async ({ page }) => {
    test.setTimeout(240_000)
    const foreign: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url())
    })
    const { questions } = await completeAssessment(page)
    expect(questions).toBeGreaterThan(70)
    await page.getByRole('link', { name: 'Why', exact: true }).click()
    await expect(page.getByText(/Meets \d+ of \d+ statutory essentials/).first()).toBeVisible()
    expect(foreign).toEqual([])
  })

  test('shows errors GOV.UK style when a required answer is missing', async ({ page }) => {
    await page.goto('/about-your-council')
    await page.getByRole('button', { name: 'Continue' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    // The error summary takes focus, so screen readers announce it first.
    await expect(page.locator(':focus')).toContainText('There is a problem')
    await expect(summary.getByRole('link', { name: 'Enter the name of your council' })).toBeVisible()
    await expect(page).toHaveTitle(/^Error: About your council/)
    await expectNoAxeViolations(page, 'the profile page with errors')
    await summary.getByRole('link', { name: 'Select the type of council' }).click()
    await expect(page.getByLabel('County council')).toBeFocused()
  })

  test('restores the same page and answers after a reload mid-theme', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Start now' }).click()
    await completeProfile(page)
    await pressContinue(page)
    await startTheme(page, /Assess local needs/)
    await answerQuestion(page, 1)
    await pressContinue(page)
    await answerQuestion(page, 2)
    const url = page.url()
    const heading = await page.getByRole('heading', { level: 1 }).innerText()
    const checked = await page.getByRole('radio', { checked: true }).getAttribute('value')
    await page.reload()
    expect(page.url()).toBe(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(page.getByRole('radio', { checked: true })).toHaveAttribute('value', checked ?? '')
    await page.goBack()
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1)
    await page.goForward()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  })

  test('keeps a note typed before an answer is chosen, without counting the question as answered', async ({ page }) => {
    await page.goto('/themes/needs/needs-assessment-current')
    await page.getByLabel('Add a note (optional)').fill('The 2019 assessment is on the intranet.')
    await page.reload()
    await expect(page.getByLabel('Add a note (optional)')).toHaveValue('The 2019 assessment is on the intranet.')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Select an answer')
  })

  test('shows follow-up questions only while their condition holds, keeping their answers', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Start now' }).click()
    await completeProfile(page, 'Yes, reductions')
    await page.goto('/tasks')
    const withChanges = await page
      .getByText(/of \d+ questions answered/)
      .first()
      .innerText()
    await page.goto('/about-your-council')
    await page
      .getByRole('group', { name: /changes.*next 2 years/ })
      .getByLabel('No changes are planned')
      .check()
    await page.goto('/tasks')
    const without = await page
      .getByText(/of \d+ questions answered/)
      .first()
      .innerText()
    const total = (text: string) => Number(/of (\d+) questions/.exec(text)?.[1])
    expect(total(without)).toBeLessThan(total(withChanges))
  })

  test('says so and still offers the download when browser storage is disabled', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
    })
    await page.goto('/about-your-council')
    await page.getByLabel('What is the name of your council?').fill('Blocked Storage Council')
    const banner = page.getByRole('region', { name: 'Important' })
    await expect(banner).toContainText('Your answers are not being saved in this browser')
    await expectNoAxeViolations(page, 'the storage failure banner')
    const downloading = page.waitForEvent('download')
    await banner.getByRole('button', { name: 'Download your answers' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^library-self-assessment-answers-blocked-storage-council-\d{4}-\d{2}-\d{2}\.json$/)
    const text = await (await download.createReadStream()).toArray()
    const saved = JSON.parse(Buffer.concat(text).toString('utf8'))
    expect(saved.assessment.profile['council-name']).toBe('Blocked Storage Council')
  })

  test('uploads saved answers, and refuses a broken file with a message naming it', async ({ page }) => {
    await page.goto('/upload')
    await page.getByLabel('Upload a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') })
    await page.getByRole('button', { name: 'Upload answers' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('broken.json')
    await expectNoAxeViolations(page, 'the upload page with an error')
    const saved = {
      format: 'library-self-assessment',
      formatVersion: 1,
      contentVersion: '1.0.0',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      assessment: { profile: { 'council-name': 'Uploaded Council' }, priorities: [], answers: { 'retired-question': { value: 'yes' } } },
      completedThemes: [],
      actionPlan: [],
    }
    await page.getByLabel('Upload a file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) })
    await page.getByRole('button', { name: 'Upload answers' }).click()
    const success = page.getByRole('alert').filter({ hasText: 'Answers uploaded from good.json' })
    await expect(success).toBeVisible()
    await expect(success).toContainText('retired-question')
  })
})

test.describe('accessibility of every page type', () => {
  test('axe finds no violations on each page and state', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/')
    await page.getByRole('button', { name: 'Start now' }).click()
    await expectNoAxeViolations(page, 'the profile page')
    await completeProfile(page)
    await expectNoAxeViolations(page, 'the priorities page')
    await pressContinue(page)
    await expectNoAxeViolations(page, 'the task list')
    await startTheme(page, /Understand the duty/)
    await expectNoAxeViolations(page, 'a question page')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page).toHaveTitle(/^Error: /)
    await expectNoAxeViolations(page, 'a question page with an error')
    await page.getByText('Why we ask this').click()
    await expectNoAxeViolations(page, 'a question page with "Why we ask this" open')
    await completeTheme(page)
    await startTheme(page, /Make the service easy to reach/)
    for (let i = 0; i < 12; i++) {
      await expectNoAxeViolations(page, `access question ${i + 1}`)
      await answerQuestion(page)
      await pressContinue(page)
      if (!page.url().includes('/themes/access/')) break
    }
    await page.goto('/themes/access/check')
    await expectNoAxeViolations(page, 'a section check page')
    await page.goto('/check-your-answers')
    await expectNoAxeViolations(page, 'check your answers')
    await page.goto('/results')
    await expectNoAxeViolations(page, 'the results page')
    for (const path of ['/upload', '/accessibility', '/privacy', '/cookies', '/help', '/missing']) {
      await page.goto(path)
      await expectNoAxeViolations(page, path)
    }
  })

  test('no page scrolls sideways at 320 pixels wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto('/')
    await page.getByRole('button', { name: 'Start now' }).click()
    await completeProfile(page)
    await pressContinue(page)
    const paths = [
      '/',
      '/about-your-council',
      '/priorities',
      '/tasks',
      '/check-your-answers',
      '/results',
      '/upload',
      '/accessibility',
      '/privacy',
      '/cookies',
      '/help',
    ]
    await startTheme(page, /Understand the duty/)
    paths.push(new URL(page.url()).pathname)
    for (const path of paths) {
      await page.goto(path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320)
    }
  })
})

test.describe('a keyboard-only journey', () => {
  test('completes the profile, one theme and check answers with Tab, Space, Enter and arrow keys', async ({ page }) => {
    await page.goto('/')
    // The skip link comes first.
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    await tabTo(page, page.getByRole('button', { name: 'Start now' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'About your council' })).toBeFocused()

    // The council autocomplete (when its data loads) comes before the typed name.
    await tabTo(page, page.getByLabel('What is the name of your council?'), 5)
    await page.keyboard.type('Keyboard County Council')
    // Tab into each radio group, then move with the arrow keys and choose with Space.
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('County council')).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page.getByLabel('County council')).toBeChecked()
    // The optional figures (population, libraries) come next; Tab past them to the role.
    await tabTo(page, page.getByLabel('Portfolio holder for libraries'), 12)
    await page.keyboard.press('ArrowDown')
    await expect(page.getByLabel('Another councillor')).toBeChecked()
    await tabTo(page, page.getByLabel('Yes, reductions'), 5)
    await page.keyboard.press('Space')
    await expect(page.getByLabel('Yes, reductions')).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: 'Choose your local priorities' })).toBeFocused()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await tabTo(page, page.getByRole('button', { name: 'Continue' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Your library service self-assessment' })).toBeFocused()

    await tabTo(page, page.getByRole('link', { name: /Consult fairly/ }))
    await andWaitForNewPage(page, () => page.keyboard.press('Enter'))
    // After the section's last question the journey goes straight on to the next section (issue 16).
    for (let i = 0; i < 40 && page.url().includes('/themes/consultation/'); i++) {
      const h1 = page.getByRole('heading', { level: 1 })
      await expect(h1).toBeFocused()
      await page.keyboard.press('Tab')
      const focused = page.locator(':focus')
      const type = await focused.getAttribute('type')
      if (type === 'radio') {
        await page.keyboard.press('ArrowDown')
      } else if (type === 'checkbox') {
        await page.keyboard.press('Space')
      } else {
        await page.keyboard.type('12')
      }
      await tabTo(page, page.getByRole('button', { name: 'Continue' }))
      await andWaitForNewPage(page, () => page.keyboard.press('Enter'))
    }
    await expect(page).toHaveURL(/\/themes\/equality\//)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    // Back up through the page to the service navigation, where the task list stays.
    const tasks = page.getByRole('link', { name: 'Your assessment' })
    for (let i = 0; i < 20 && !(await tasks.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab')
    await expect(tasks).toBeFocused()
    await andWaitForNewPage(page, () => page.keyboard.press('Enter'))
    await expect(page.getByRole('heading', { level: 1, name: 'Your library service self-assessment' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Consult fairly/ })).toHaveAccessibleDescription(/Completed/)

    await tabTo(page, page.getByRole('link', { name: 'Check your answers' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before you see your results' })).toBeFocused()
    await tabTo(page, page.getByRole('link', { name: 'See your results' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeFocused()
  })
})
