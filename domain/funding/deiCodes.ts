/**
 * The 360Giving DEI extension's closed codelists (askedStatus.csv and
 * replyStatus.csv in 360giving/dei-extension/codelists, CC BY 4.0): whether a
 * question about who leads, or who is served by, the funded organisation was
 * asked, and how it was answered. Measures use them to state their base.
 */
export const ASKED_STATUSES = [
  { value: 'AS100', label: 'Not asked: not applicable' },
  { value: 'AS101', label: 'Not asked: made before any DEI process' },
  { value: 'AS200', label: 'Asked during the application' },
  { value: 'AS201', label: 'Asked after the application' },
] as const

export const REPLY_STATUSES = [
  { value: 'RS100', label: 'No reply' },
  { value: 'RS200', label: 'Reply received' },
  { value: 'RS201', label: 'Reply was general (no specific group)' },
  { value: 'RS202', label: 'Reply was prefer not to say' },
] as const

/** The three questions the extension asks about each grant. */
export const DEI_AREAS = [
  { value: 'leadership', label: 'Leadership', description: 'whether the organisation is led by the communities it names' },
  { value: 'mission', label: 'Mission', description: 'whether its mission is to serve them' },
  { value: 'project', label: 'Project', description: 'whether the funded project serves them' },
] as const
