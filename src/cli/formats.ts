// The formats the CLI reads, by extension: light, so that a run whose every
// file is a cache hit never loads the parsers (document.ts) to know them.
import type {VFile} from 'vfile'

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'yaml'

export const formats: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml'
}

export const extensions = Object.keys(formats)

export function formatOf(file: VFile): Format {
  return formats[(file.extname ?? '').slice(1).toLowerCase()] ?? 'text'
}
