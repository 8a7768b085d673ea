// Random ids without crypto.randomUUID, which an intranet served over plain http does not have.
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `e-${Date.now().toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
