#!/usr/bin/env node
// Build the browser parts from the one browser entry (src/browser/):
//   node scripts/build-browser.mjs playground   → playground/dist/ (a static site)
//   node scripts/build-browser.mjs zendesk      → integrations/zendesk/dist/app/ and
//                                                 integrations/zendesk/dist/replylint-zendesk.zip
// esbuild bundles each page into one classic script (no modules, so the
// playground also opens from file:// and needs no server or network).
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {deflateSync} from 'node:zlib'
import {build} from 'esbuild'
import {zipSync} from 'fflate'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sharedCss = path.join(root, 'src/browser/findings.css')

/** esbuild settings for a page script: browsers only, so a Node built-in fails the build. */
export function pageOptions(entry, outfile) {
  return {
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning'
  }
}

export async function buildPlayground(outdir = path.join(root, 'playground/dist')) {
  fresh(outdir)
  const result = await build(pageOptions('playground/src/main.ts', path.join(outdir, 'playground.js')))
  for (const file of ['index.html', 'style.css'])
    fs.copyFileSync(path.join(root, 'playground', file), path.join(outdir, file))
  fs.copyFileSync(sharedCss, path.join(outdir, 'findings.css'))
  return {outdir, metafile: result.metafile}
}

export async function buildZendesk(outdir = path.join(root, 'integrations/zendesk/dist')) {
  const source = path.join(root, 'integrations/zendesk')
  const app = path.join(outdir, 'app')
  fresh(app)
  const result = await build(pageOptions('integrations/zendesk/src/main.ts', path.join(app, 'assets/app.js')))
  // Zendesk's app layout: manifest.json and translations/ at the root, the
  // iframe page and everything it loads under assets/.
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8'))
  manifest.version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version
  fs.writeFileSync(path.join(app, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  fs.mkdirSync(path.join(app, 'translations'), {recursive: true})
  fs.copyFileSync(path.join(source, 'translations/en.json'), path.join(app, 'translations/en.json'))
  fs.copyFileSync(path.join(source, 'assets/iframe.html'), path.join(app, 'assets/iframe.html'))
  fs.copyFileSync(sharedCss, path.join(app, 'assets/findings.css'))
  fs.copyFileSync(path.join(source, 'assets/style.css'), path.join(app, 'assets/style.css'))
  // Zendesk requires both logos; drawn here so no binary lives in the repo.
  fs.writeFileSync(path.join(app, 'assets/logo.png'), logo(320))
  fs.writeFileSync(path.join(app, 'assets/logo-small.png'), logo(128))

  const files = {}
  for (const file of walk(app)) files[path.relative(app, file).split(path.sep).join('/')] = fs.readFileSync(file)
  const zip = path.join(outdir, 'replylint-zendesk.zip')
  // A fixed date keeps the zip the same from build to build.
  fs.writeFileSync(zip, zipSync(files, {mtime: new Date('2020-01-01T00:00:00Z')}))
  return {outdir: app, zip, files: Object.keys(files).sort(), metafile: result.metafile}
}

function fresh(folder) {
  fs.rmSync(folder, {recursive: true, force: true})
  fs.mkdirSync(folder, {recursive: true})
}

function* walk(folder) {
  for (const entry of fs.readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else yield full
  }
}

/** A square PNG: a blue rounded tile with a white check mark. */
function logo(size) {
  const rows = []
  const s = size
  const stroke = s * 0.09
  const segments = [
    [0.26, 0.53, 0.43, 0.69],
    [0.43, 0.69, 0.75, 0.33]
  ].map((points) => points.map((value) => value * s))
  for (let y = 0; y < s; y++) {
    const row = Buffer.alloc(1 + s * 4)
    for (let x = 0; x < s; x++) {
      const corner = s * 0.18
      const dx = Math.max(corner - x, x - (s - 1 - corner), 0)
      const dy = Math.max(corner - y, y - (s - 1 - corner), 0)
      const inside = dx * dx + dy * dy <= corner * corner
      const check = segments.some(([x1, y1, x2, y2]) => distance(x, y, x1, y1, x2, y2) <= stroke / 2)
      const [r, g, b] = check ? [255, 255, 255] : [26, 86, 219]
      row.set([r, g, b, inside ? 255 : 0], 1 + x * 4)
    }
    rows.push(row)
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(s, 0)
  header.writeUInt32BE(s, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

function distance(px, py, x1, y1, x2, y2) {
  const [dx, dy] = [x2 - x1, y2 - y1]
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))
}

function crc32(buffer) {
  let crc = ~0
  for (const byte of buffer) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = process.argv[2]
  if (what === 'playground') {
    const {outdir} = await buildPlayground()
    console.log(`Playground written to ${path.relative(process.cwd(), outdir) || '.'}/`)
  } else if (what === 'zendesk') {
    const {outdir, zip} = await buildZendesk()
    console.log(
      `Zendesk app written to ${path.relative(process.cwd(), outdir)}/ and ${path.relative(process.cwd(), zip)}`
    )
  } else {
    console.error('Usage: node scripts/build-browser.mjs playground|zendesk')
    process.exitCode = 2
  }
}
