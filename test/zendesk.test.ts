// The Zendesk sidebar app in real Chromium, against a fake ZAF host
// (test/helpers/fake-zaf.js) that keeps the ticket's state; and the upload
// zip's layout.
import fs from 'node:fs'
import path from 'node:path'
import {unzipSync} from 'fflate'
import type {Page} from 'playwright-core'
import {checkReply, ruleIds} from 'replylint'
import {expect, test} from 'vitest'
import {buildZendesk} from '../scripts/build-browser.mjs'
import {builtPages, screenshots} from './helpers/browser.js'
import {root} from './helpers/cli.js'

// Rules added after these tests were written are turned off through the
// app's own setting, so the tests check the app, not the rule set.
const known = new Set(['banned-phrase', 'require-thanks', 'require-customer-name'])
const others = ruleIds.filter((id) => !known.has(id))
const draft = "Hi Sarah,\n\nNo, we can't refund orders after 30 days.\n\nThanks for writing in,\nSam"
const pages = builtPages('zendesk', buildZendesk)

interface Seed {
  comment?: string
  commentType?: 'publicReply' | 'internalNote'
  requester?: string
  settings?: Record<string, unknown>
}

async function sidebar(seed: Seed): Promise<Page> {
  const page = await pages.browser.newPage({viewport: {width: 340, height: 800}})
  page.on('pageerror', (error) => {
    throw error
  })
  const settings = {
    block_on_errors: true,
    ...seed.settings,
    rules_off: [...others, typeof seed.settings?.['rules_off'] === 'string' ? seed.settings['rules_off'] : '']
      .filter(Boolean)
      .join(',')
  }
  await page.addInitScript(`window.__zafSeed = ${JSON.stringify({...seed, settings})}`)
  await page.addInitScript({path: path.join(root, 'test/helpers/fake-zaf.js')})
  await page.goto(`${pages.url}assets/iframe.html`)
  return page
}

const ruleIdsOn = (page: Page) =>
  page.locator('li[data-rule-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id') ?? ''))
const comment = (page: Page) =>
  page.evaluate(() => (window as unknown as {__ticket: {comment: string}}).__ticket.comment)
const save = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as {__host: {save: () => Promise<{saved: boolean; message?: string}>}}).__host.save()
  )
const expected = (text: string) =>
  checkReply(text, {
    customerName: 'Dana Whitfield',
    rules: Object.fromEntries(others.map((id) => [id, 'off' as const]))
  }).messages.map((message) => String(message.ruleId))

test('reads the comment and the requester, lists findings, and applies a fix through client.set', async () => {
  const page = await sidebar({comment: draft, requester: 'Dana Whitfield'})
  await expect.poll(() => ruleIdsOn(page)).toEqual(expected(draft))
  expect(await ruleIdsOn(page)).toEqual(['require-customer-name', 'banned-phrase'])
  await expect.poll(() => page.locator('#summary').textContent()).toContain('2 errors')
  await page.screenshot({path: path.join(screenshots, 'zendesk-sidebar.png'), fullPage: true})

  await page.locator('li[data-rule-id="require-customer-name"]').getByRole('button', {name: 'Apply Dana'}).click()
  await expect.poll(() => comment(page)).toBe(draft.replace('Sarah', 'Dana'))
  expect(await page.evaluate(() => (window as unknown as {__ticket: {sets: string[]}}).__ticket.sets)).toEqual([
    draft.replace('Sarah', 'Dana')
  ])
  await expect.poll(() => ruleIdsOn(page)).toEqual(['banned-phrase'])
  await page.close()
})

test('re-checks when the comment changes in the editor', async () => {
  const page = await sidebar({comment: ''})
  await expect.poll(() => page.locator('#summary').textContent()).toContain('Write a reply')
  const next = 'Dear Customer,\n\nSorry, no.\n\nSam'
  await page.evaluate((text) => (window as unknown as {__host: {type: (text: string) => void}}).__host.type(text), next)
  await expect.poll(() => ruleIdsOn(page)).toEqual(expected(next))
  expect(await ruleIdsOn(page)).toContain('banned-phrase')
  await page.evaluate(() =>
    (window as unknown as {__host: {type: (text: string) => void}}).__host.type(
      'Hi Dana,\n\nThanks for writing! Your refund is on its way.\n\nSam'
    )
  )
  await expect.poll(() => ruleIdsOn(page)).toEqual([])
  expect(await page.locator('#summary').textContent()).toContain('No findings')
  await page.close()
})

test('the ticket.save hook stops a reply with errors, and lets a clean one through', async () => {
  const page = await sidebar({comment: draft})
  await expect.poll(() => ruleIdsOn(page)).toHaveLength(2)
  const blocked = await save(page)
  expect(blocked.saved).toBe(false)
  expect(blocked.message).toMatch(/^replylint: this reply has 2 errors: Unexpected name `Sarah`/)

  // Warnings alone never block.
  await page.evaluate(() =>
    (window as unknown as {__host: {type: (text: string) => void}}).__host.type(
      'Hi Dana,\n\nYour refund is on its way.\n\nBest,\nSam'
    )
  )
  await expect.poll(() => ruleIdsOn(page)).toEqual(['require-thanks'])
  expect(await save(page)).toEqual({saved: true})
  await page.close()
})

test('an internal note, or a save with no comment, is never held back', async () => {
  const note = await sidebar({comment: draft, commentType: 'internalNote'})
  await expect.poll(() => note.locator('#summary').textContent()).toContain('Internal note')
  expect(await ruleIdsOn(note)).toEqual([])
  expect(await save(note)).toEqual({saved: true})
  // Back to a public reply: checked, and held back again.
  await note.evaluate(() =>
    (window as unknown as {__host: {switchTo: (type: string) => void}}).__host.switchTo('publicReply')
  )
  await expect.poll(() => ruleIdsOn(note)).toEqual(expected(draft))
  expect((await save(note)).saved).toBe(false)
  await note.close()
  const empty = await sidebar({comment: ''})
  await expect.poll(() => empty.locator('#summary').textContent()).toContain('Write a reply')
  expect(await save(empty)).toEqual({saved: true})
  await empty.close()
})

test('an admin can turn the block off, and turn rules off', async () => {
  const page = await sidebar({comment: draft, settings: {block_on_errors: false, rules_off: 'require-customer-name'}})
  await expect.poll(() => ruleIdsOn(page)).toEqual(['banned-phrase'])
  expect(await save(page)).toEqual({saved: true})
  await page.close()
})

test('a rule id mistyped in the settings is named once, and the other rules still check and block', async () => {
  const page = await sidebar({comment: draft, settings: {rules_off: 'require-thank'}})
  await expect.poll(() => ruleIdsOn(page)).toEqual(expected(draft))
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toBe('Unknown rule require-thank in the setting “Rules to turn off”; did you mean require-thanks?')
  expect(await page.getByRole('alert').count()).toBe(1)
  expect(await page.getByRole('alert').locator('code').allTextContents()).toEqual(['require-thank', 'require-thanks'])
  const blocked = await save(page)
  expect(blocked.saved).toBe(false)
  expect(blocked.message).toMatch(/^replylint: this reply has 2 errors/)
  await page.close()
})

test('outside Zendesk, the bundled SDK finds no host and the app says so', async () => {
  const page = await pages.browser.newPage()
  await page.goto(`${pages.url}assets/iframe.html`)
  await expect
    .poll(() => page.locator('#summary').textContent())
    .toContain('Open this app from a ticket in Zendesk Support')
  await page.close()
})

test("the upload zip has Zendesk's app layout", () => {
  const files = unzipSync(fs.readFileSync(pages.built.zip))
  expect(Object.keys(files).sort()).toEqual([
    'assets/app.js',
    'assets/findings.css',
    'assets/iframe.html',
    'assets/logo-small.png',
    'assets/logo.png',
    'assets/style.css',
    'manifest.json',
    'translations/en.json'
  ])
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
  expect(manifest.location.support.ticket_sidebar.url).toBe('assets/iframe.html')
  expect(manifest.frameworkVersion).toBe('2.0')
  expect(manifest.version).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  const translations = JSON.parse(new TextDecoder().decode(files['translations/en.json']))
  for (const parameter of manifest.parameters) expect(translations.app.parameters[parameter.name].label).toBeTruthy()
  // The page loads only files of the app.
  const html = new TextDecoder().decode(files['assets/iframe.html'])
  for (const [, reference] of html.matchAll(/(?:src|href)="([^"]+)"/g))
    expect(Object.keys(files)).toContain(`assets/${reference}`)
  // PNG logos of the sizes Zendesk asks for.
  for (const [name, size] of [
    ['assets/logo.png', 320],
    ['assets/logo-small.png', 128]
  ] as const) {
    const png = Buffer.from(files[name]!)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size])
  }
})
