import { chromium, type Browser, type Page } from 'playwright-core'

/**
 * Debian's Chromium (Playwright cannot download browsers on these machines). The
 * flags keep it from reaching for the network it does not have.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/** Signs `page` in through the admin's own form, as a person does, and waits until the admin has left the login page. */
export async function signInToAdmin(page: Page, cmsUrl: string, email: string, password: string): Promise<Page> {
  await page.goto(cmsUrl + '/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return page
}
