// Argument schemas for every IPC channel. Main validates each call against these
// because the renderer is untrusted: a compromised page must not be able to pass
// paths, oversized payloads or unexpected shapes. The `satisfies` clause keeps the
// schemas and the signatures in contract.ts from drifting apart.
import { z } from 'zod'
import { EXPORT_MIME_TYPES, type ChannelKey, type IpcArgs } from './contract'

/** Upper bounds far above any real chart, low enough to stop a page from exhausting memory. */
export const IPC_LIMITS = {
  chartTextChars: 64 * 1024 * 1024,
  exportBytes: 256 * 1024 * 1024,
  nameChars: 255
} as const

/** Handles are tokens main generated; anything else (a path, a URL) is refused. */
export const handleSchema = z.string().regex(/^h_[A-Za-z0-9_-]{16,64}$/, 'not a file handle issued by the app')

const nameSchema = z.string().trim().min(1).max(IPC_LIMITS.nameChars)
const mimeSchema = z.enum(EXPORT_MIME_TYPES)

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= IPC_LIMITS.exportBytes, 'export is too large')

export const saveChartRequestSchema = z.strictObject({
  handle: handleSchema,
  text: z.string().max(IPC_LIMITS.chartTextChars)
})

export const saveChartAsRequestSchema = z.strictObject({
  text: z.string().max(IPC_LIMITS.chartTextChars),
  suggestedName: nameSchema
})

export const exportRequestSchema = z.union([
  z.strictObject({ bytes: bytesSchema, suggestedName: nameSchema, mime: mimeSchema }),
  z.strictObject({ text: z.string().max(IPC_LIMITS.chartTextChars), suggestedName: nameSchema, mime: mimeSchema })
])

const LIVE_FRAME_BYTES = 33 * 1024 * 1024

export const startLiveRequestSchema = z.strictObject({
  roomId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, 'not a live session id'),
  accessToken: z.instanceof(Uint8Array).refine((b) => b.byteLength === 32, 'not an access token'),
  hostToken: z.instanceof(Uint8Array).refine((b) => b.byteLength === 16, 'not a host token')
})

const liveFrameSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0 && b.byteLength <= LIVE_FRAME_BYTES, 'not a live-session frame')

/** One tuple schema per channel: the full argument list, so extra arguments are refused too. */
export const IPC_ARG_SCHEMAS = {
  openChartFile: z.tuple([]),
  saveChart: z.tuple([saveChartRequestSchema]),
  saveChartAs: z.tuple([saveChartAsRequestSchema]),
  listRecent: z.tuple([]),
  openRecent: z.tuple([handleSchema]),
  saveExport: z.tuple([exportRequestSchema]),
  appInfo: z.tuple([]),
  startLiveSession: z.tuple([startLiveRequestSchema]),
  endLiveSession: z.tuple([]),
  liveSend: z.tuple([liveFrameSchema])
} satisfies { readonly [K in ChannelKey]: z.ZodType<IpcArgs<K>> }

export type ParsedArgs<K extends ChannelKey> = z.output<(typeof IPC_ARG_SCHEMAS)[K]>

/** Validates a raw argument list; on failure says which part was wrong, for logs. */
export function parseIpcArgs<K extends ChannelKey>(
  key: K,
  raw: readonly unknown[]
): { ok: true; args: ParsedArgs<K> } | { ok: false; problem: string } {
  const result = IPC_ARG_SCHEMAS[key].safeParse(raw)
  if (result.success) return { ok: true, args: result.data as ParsedArgs<K> }
  const issue = result.error.issues[0]
  const where = issue?.path.length ? issue.path.join('.') : 'arguments'
  return { ok: false, problem: `${where}: ${issue?.message ?? 'invalid'}` }
}
