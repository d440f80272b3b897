import type {BuildOptions, Metafile} from 'esbuild'

export function pageOptions(entry: string, outfile: string): BuildOptions & {metafile: true}
export function buildPlayground(outdir?: string): Promise<{outdir: string; metafile: Metafile}>
export function buildZendesk(
  outdir?: string
): Promise<{outdir: string; zip: string; files: string[]; metafile: Metafile}>
