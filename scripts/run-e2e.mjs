// Runs the Playwright end-to-end tests in a real Chromium. It finds a browser by itself:
// CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own managed browser. When
// none is there and it runs as root on Debian, it installs Debian's chromium with apt.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { chromium } from '@playwright/test'

function managedBrowser() {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : null
  } catch {
    return null
  }
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`)
    process.exit(1)
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return managedBrowser()
}

let browser = findBrowser()
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!browser && isRoot && existsSync('/etc/debian_version')) {
  console.log("No Chromium found: installing Debian's chromium package with apt (about a minute).")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env })
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }) : update
  if (install.status === 0 && existsSync('/usr/bin/chromium')) browser = '/usr/bin/chromium'
}
if (!browser) {
  console.error(
    "No Chromium browser was found: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable, then run npm test again.",
  )
  process.exit(1)
}

console.log(`End-to-end tests use the browser at ${browser}`)
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
})
process.exit(result.status ?? 1)
