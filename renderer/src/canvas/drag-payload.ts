// What travels in an HTML5 drag: a Library card or a duty already on a role.
// Only ids and labels go into dataTransfer; the drop reads the rest from the store.

export const CARD_MIME = 'application/x-org-workbench-card'
export const DUTY_MIME = 'application/x-org-workbench-duty'

export interface CardPayload {
  readonly label: string
  readonly kind: 'duty' | 'function'
  readonly group?: string
  readonly category?: string
  readonly cardId?: string
}

export type DragPayload = { readonly type: 'card'; readonly card: CardPayload } | { readonly type: 'duty'; readonly dutyId: string }

export function startCardDrag(e: React.DragEvent, card: CardPayload): void {
  e.dataTransfer.setData(CARD_MIME, JSON.stringify(card))
  e.dataTransfer.setData('text/plain', card.label)
  e.dataTransfer.effectAllowed = 'copy'
}

export function startDutyDrag(e: React.DragEvent, dutyId: string, label: string): void {
  e.dataTransfer.setData(DUTY_MIME, dutyId)
  e.dataTransfer.setData('text/plain', label)
  e.dataTransfer.effectAllowed = 'move'
}

export function carriesWork(e: React.DragEvent): boolean {
  const types = e.dataTransfer.types
  return types.includes(CARD_MIME) || types.includes(DUTY_MIME)
}

export function readPayload(e: React.DragEvent): DragPayload | null {
  const dutyId = e.dataTransfer.getData(DUTY_MIME)
  if (dutyId) return { type: 'duty', dutyId }
  const raw = e.dataTransfer.getData(CARD_MIME)
  if (!raw) return null
  try {
    const card = JSON.parse(raw) as CardPayload
    return typeof card.label === 'string' && card.label.trim() ? { type: 'card', card } : null
  } catch {
    return null
  }
}
