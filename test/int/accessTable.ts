/**
 * The intended answer of every role, for every collection and operation: the
 * table the access matrix (accessMatrix.int.test.ts) checks, cell by cell,
 * through the REST and GraphQL API. A collection added to the config without a
 * row here fails the matrix.
 *
 * Reads say which records a role sees:
 *   all · none · published (published now; plain records without drafts count as
 *   published) · published+own (and every record of the role's organisation) ·
 *   self (the role's own account) · own-user (records belonging to the role's account) ·
 *   staff-users (records belonging to staff accounts) ·
 *   unreachable (no API route at all)
 * Versions say which versions a role sees:
 *   all · none · publishedNow (published versions of records published now) ·
 *   publishedNow+own (and every version of the organisation's records) · no versions
 * Writes:
 *   allowed · denied · own (only the role's organisation's or account's records) ·
 *   own-draft (own organisation's records, saved as a draft the public does not see) ·
 *   own-unpublished-draft (the same, and not once published) · unreachable
 */
export type Role = 'anonymous' | 'reporterA' | 'reporterB' | 'curator' | 'admin'
export const ROLES: Role[] = ['anonymous', 'reporterA', 'reporterB', 'curator', 'admin']

export type Read = 'all' | 'none' | 'published' | 'published+own' | 'self' | 'own-user' | 'own-user+staff' | 'staff-users' | 'unreachable'
export type Versions = 'all' | 'none' | 'publishedNow' | 'publishedNow+own' | 'no versions'
export type Write = 'allowed' | 'denied' | 'own' | 'own-draft' | 'own-unpublished-draft' | 'self' | 'unreachable'

export interface Row {
  read: Record<Role, Read>
  versions: Record<Role, Versions>
  create: Record<Role, Write>
  update: Record<Role, Write>
  delete: Record<Role, Write>
  restore: Record<Role, Write | 'no versions'>
  /** POST /api/users/unlock, for the auth collection. */
  unlock?: Record<Role, Write>
}

/** One answer per role, in the order anonymous, reporter A, reporter B, curator, admin. */
const by = <T>(anonymous: T, reporterA: T, reporterB: T, curator: T, admin: T): Record<Role, T> => ({
  anonymous,
  reporterA,
  reporterB,
  curator,
  admin,
})
const every = <T>(answer: T) => by(answer, answer, answer, answer, answer)
const staff = <T>(yes: T, no: T) => by(no, no, no, yes, yes)

/** Records an organisation reports: its reporters draft, curators publish (commitments, pay gaps, workforce). */
const reviewed: Row = {
  read: by('published', 'published+own', 'published+own', 'all', 'all'),
  versions: by('publishedNow', 'publishedNow+own', 'publishedNow+own', 'all', 'all'),
  create: by('denied', 'own-draft', 'own-draft', 'allowed', 'allowed'),
  update: by('denied', 'own-draft', 'own-draft', 'allowed', 'allowed'),
  delete: staff('allowed', 'denied'),
  restore: by('denied', 'own-draft', 'own-draft', 'allowed', 'allowed'),
}

/** Public data only staff change (the plan; grants and funding figures, whose versions are staff's). */
const publicData = (versions: boolean): Row => ({
  read: every('all'),
  versions: versions ? staff('all', 'none') : every('no versions'),
  create: staff('allowed', 'denied'),
  update: staff('allowed', 'denied'),
  delete: staff('allowed', 'denied'),
  restore: versions ? staff('allowed', 'denied') : every('no versions'),
})

export const ACCESS_TABLE: Record<string, Row> = {
  organisations: {
    ...reviewed,
    create: staff('allowed', 'denied'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
  },
  commitments: reviewed,
  // Annual returns hold their metric answers, so one row covers both (a return's answers are never read apart from it).
  returns: reviewed,
  metrics: publicData(false),
  'pay-gap-reports': reviewed,
  'workforce-profiles': reviewed,
  resources: {
    ...reviewed,
    update: by('denied', 'own-unpublished-draft', 'own-unpublished-draft', 'allowed', 'allowed'),
    restore: by('denied', 'own-unpublished-draft', 'own-unpublished-draft', 'allowed', 'allowed'),
  },
  'resource-files': {
    read: by('published', 'published+own', 'published+own', 'all', 'all'),
    versions: every('no versions'),
    create: by('denied', 'allowed', 'allowed', 'allowed', 'allowed'),
    update: staff('allowed', 'denied'),
    delete: staff('allowed', 'denied'),
    restore: every('no versions'),
  },
  'case-studies': {
    read: staff('all', 'published'),
    versions: staff('all', 'none'),
    create: staff('allowed', 'denied'),
    update: staff('allowed', 'denied'),
    delete: staff('allowed', 'denied'),
    restore: staff('allowed', 'denied'),
  },
  'tri-actions': { ...publicData(true), versions: every('all') },
  grants: publicData(true),
  'funding-applications': publicData(true),
  'funding-targets': publicData(true),
  // Levels 1 and 2 of the programme's metrics: public figures curators enter or import.
  'city-indicators': publicData(true),
  'survey-results': publicData(true),
  // A public body's PSED publications: its reporter drafts, a curator publishes.
  'equality-publications': reviewed,
  imports: {
    read: staff('all', 'none'),
    versions: every('no versions'),
    create: staff('allowed', 'denied'),
    update: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    restore: every('no versions'),
  },
  // Written only by the CMS itself (the corrections hooks, the site build's release step): public to read, closed to writes.
  corrections: {
    read: every('all'),
    versions: every('no versions'),
    create: every('denied'),
    update: every('denied'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    restore: every('no versions'),
  },
  'dataset-releases': {
    read: every('all'),
    versions: every('no versions'),
    create: every('denied'),
    update: every('denied'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    restore: every('no versions'),
  },
  // Sent by the public through the collection's own endpoint; curators read and close them.
  'problem-reports': {
    read: staff('all', 'none'),
    versions: every('no versions'),
    create: every('denied'),
    update: staff('allowed', 'denied'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    restore: every('no versions'),
  },
  // Written by imports when a match needs a person; curators decide, nobody else sees them.
  'match-reviews': {
    read: staff('all', 'none'),
    versions: every('no versions'),
    create: every('denied'),
    update: staff('allowed', 'denied'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    restore: every('no versions'),
  },
  priorities: publicData(false),
  actions: publicData(false),
  steps: publicData(false),
  stages: publicData(false),
  users: {
    read: by('none', 'self', 'self', 'all', 'all'),
    versions: every('no versions'),
    create: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    update: by('denied', 'self', 'self', 'self', 'allowed'),
    delete: by('denied', 'denied', 'denied', 'denied', 'allowed'),
    restore: every('no versions'),
    unlock: by('denied', 'denied', 'denied', 'denied', 'allowed'),
  },
  'payload-locked-documents': {
    // Staff do not see reporters' locks, which hold no one off (Payload's admin would offer "Take over").
    read: by('none', 'own-user', 'own-user', 'staff-users', 'staff-users'),
    versions: every('no versions'),
    // A reporter locks only records they may edit, in their own name.
    create: by('denied', 'own', 'own', 'allowed', 'allowed'),
    update: by('denied', 'own', 'own', 'allowed', 'allowed'),
    delete: by('denied', 'own', 'own', 'allowed', 'allowed'),
    restore: every('no versions'),
  },
  'payload-preferences': {
    read: by('none', 'own-user', 'own-user', 'own-user', 'own-user'),
    versions: every('no versions'),
    create: by('denied', 'allowed', 'allowed', 'allowed', 'allowed'),
    update: by('denied', 'own', 'own', 'own', 'own'),
    delete: by('denied', 'own', 'own', 'own', 'own'),
    restore: every('no versions'),
  },
  // Payload's key-value store for its own use: closed to everyone.
  'payload-kv': {
    read: every('none'),
    versions: every('no versions'),
    create: every('denied'),
    update: every('denied'),
    delete: every('denied'),
    restore: every('no versions'),
  },
  // Payload's record of applied migrations: no API route at all.
  'payload-migrations': {
    read: every('unreachable'),
    versions: every('no versions'),
    create: every('unreachable'),
    update: every('unreachable'),
    delete: every('unreachable'),
    restore: every('no versions'),
  },
}
