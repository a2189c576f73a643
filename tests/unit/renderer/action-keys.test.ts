// Keys of the actions layer: text combinations match key presses exactly, modifiers
// included, and read back as the keys a user presses.

import { describe, expect, it } from 'vitest'
import { keyLabel, matchesKey } from '../../../renderer/src/actions/keys'

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('action keys', () => {
  it('matches modifiers exactly', () => {
    expect(matchesKey('Mod+Z', press('z', { ctrlKey: true }))).toBe(true)
    expect(matchesKey('Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(matchesKey('Mod+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matchesKey('Tab', press('Tab', { shiftKey: true }))).toBe(false)
    expect(matchesKey('M', press('m'))).toBe(true)
    expect(matchesKey('M', press('m', { ctrlKey: true }))).toBe(false)
    expect(keyLabel('Mod+Shift+Z')).toBe('Ctrl+Shift+Z')
  })
})
