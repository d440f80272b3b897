export function buildFingerprint(from?: string): string
