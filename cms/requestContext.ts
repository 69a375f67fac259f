/**
 * The flags the portal passes in a Payload request's `context`, declared once on
 * Payload's own RequestContext so hooks read them without casts.
 */
declare module 'payload' {
  export interface RequestContext {
    /** Seeds and bulk imports: do not rebuild the site per record (the import rebuilds once at the end). */
    disableSiteRebuild?: boolean
    /** Written by an importer: not a person's correction, and not an upload to start importing. */
    importing?: boolean
    /** Tests and fixtures: do not fetch a resource’s external link (the machine may be offline). */
    skipLinkCheck?: boolean
    /** Set while a published annual return writes its commitments, which may then differ from the return they come from no longer. */
    writingFromReturn?: boolean
  }
}

export {}
