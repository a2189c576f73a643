// Key combinations as text ("Mod+Shift+Z") and how a key press is matched against them.

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

interface Combo {
  readonly key: string
  readonly mod: boolean
  readonly shift: boolean
  readonly alt: boolean
}

function parse(text: string): Combo {
  const parts = text.split('+')
  const key = parts.pop()!.toLowerCase()
  return { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') }
}

export function matchesKey(text: string, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const c = parse(text)
  const mod = isMac ? e.metaKey : e.ctrlKey
  // Letters compare case-insensitively (Shift changes `key`); Shift itself must match.
  return e.key.toLowerCase() === c.key && mod === c.mod && e.shiftKey === c.shift && e.altKey === c.alt && !(isMac ? e.ctrlKey : e.metaKey)
}

const NAMES: Record<string, string> = { arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→', escape: 'Esc', delete: 'Del' }

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on a Mac), for tooltips and menus. */
export function keyLabel(text: string): string {
  const c = parse(text)
  const key = NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key[0].toUpperCase() + c.key.slice(1))
  if (isMac) return `${c.mod ? '⌘' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${key}`
  return [c.mod && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+')
}
