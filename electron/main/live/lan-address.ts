// The address participants type or scan: the host's IPv4 address on the room's network,
// preferring private ranges (the Wi-Fi or the host's hotspot) over anything else.

import { networkInterfaces } from 'node:os'

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./]

export function lanAddress(interfaces = networkInterfaces()): string | null {
  const v4 = Object.values(interfaces)
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address)
  return v4.find((a) => PRIVATE.some((p) => p.test(a))) ?? v4[0] ?? null
}

/** The host part of the join link for a server listening on `bind`. */
export function linkHost(bind: string, interfaces = networkInterfaces()): string {
  if (bind === '0.0.0.0' || bind === '::') return lanAddress(interfaces) ?? '127.0.0.1'
  return bind.includes(':') ? `[${bind}]` : bind
}
