// The parts of the ZAF client (zendesk_app_framework_sdk, which ships no
// types) that the sidebar uses.
export interface ZafClient {
  get(path: string | readonly string[]): Promise<Record<string, unknown>>
  set(path: string, value: unknown): Promise<unknown>
  on(event: string, handler: (...args: unknown[]) => unknown): void
  invoke(name: string, ...args: unknown[]): Promise<unknown>
  metadata(): Promise<{settings?: Record<string, unknown>}>
}

export interface ZafClientFactory {
  init(callback?: (context: unknown) => void): ZafClient | false
}
