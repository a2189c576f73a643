// The name others see for this participant: remembered in this browser, "Guest N" at first.
const KEY = 'org-workbench/live-name'

export function myName(client: number, host: boolean): string {
  try {
    const saved = localStorage.getItem(KEY)
    if (saved) return saved
  } catch {
    // Storage may be off (private windows): a guest name will do.
  }
  return host ? 'Facilitator' : `Guest ${(client % 90) + 10}`
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(KEY, name)
  } catch {
    // Not remembered; it still applies to this session.
  }
}
