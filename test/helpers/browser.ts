// Real Chromium for the browser tests: Debian's `chromium` (never a browser
// download), driven by playwright-core, and a static file server on
// 127.0.0.1 for the built pages.
import fs from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {root} from './cli.js'

/** Where the tests write screenshots (git-ignored). */
export const screenshots = path.join(root, 'test/screenshots')

export const chromiumPath = process.env['REPLYLINT_CHROMIUM'] ?? '/usr/bin/chromium'

export async function launch(): Promise<{browser: Browser; close: () => Promise<void>}> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's \`chromium\` (apt-get install -y chromium) or set REPLYLINT_CHROMIUM`
    )
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  const browser = context.browser()
  if (!browser) throw new Error('Chromium started without a browser handle')
  return {
    browser,
    close: async () => {
      await context.close()
      fs.rmSync(profile, {recursive: true, force: true})
    }
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png'
}

/** Serve a folder on 127.0.0.1, on a port the system picks. */
export async function serve(folder: string): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = path.join(folder, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    if (!file.startsWith(folder) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'})
    fs.createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

/** What a browser test file works with: Chromium, and its pages, built and served. */
export interface Pages<T> {
  browser: Browser
  /** Where the site (the build's `outdir`) is served, with a trailing slash. */
  url: string
  built: T
}

/**
 * For one test file: build the pages into a fresh folder, serve the build's
 * `outdir`, start Chromium; all of it undone after the file's tests.
 */
export function builtPages<T extends {outdir: string}>(name: string, build: (folder: string) => Promise<T>): Pages<T> {
  const pages = {} as Pages<T>
  let folder: string | undefined
  let site: {close: () => Promise<void>} | undefined
  let closeBrowser: (() => Promise<void>) | undefined
  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), `replylint-${name}-`))
    pages.built = await build(folder)
    const served = await serve(pages.built.outdir)
    site = served
    pages.url = served.url
    const launched = await launch()
    pages.browser = launched.browser
    closeBrowser = launched.close
    fs.mkdirSync(screenshots, {recursive: true})
  })
  afterAll(async () => {
    await closeBrowser?.()
    await site?.close()
    if (folder) fs.rmSync(folder, {recursive: true, force: true})
  })
  return pages
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
