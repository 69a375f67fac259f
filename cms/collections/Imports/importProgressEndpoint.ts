import type { Endpoint } from 'payload'
import { progressOf } from '../../importers/importRuns'

/**
 * GET /api/imports/:id/progress: the import's status and, while it runs, its
 * phase and rows done. Reads the record through the collection's access rules,
 * so only curators and admins learn anything.
 */
export const importProgressEndpoint: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id as string | undefined
    if (!id) return Response.json({ error: 'Expected an import ID.' }, { status: 400 })
    try {
      const upload = await req.payload.findByID({ collection: 'imports', id, req, overrideAccess: false, depth: 0 })
      return Response.json({ status: upload.status, progress: progressOf(upload.id) ?? null })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      return Response.json({ error: status === 403 ? 'Not allowed.' : 'No such import.' }, { status: status === 403 ? 403 : 404 })
    }
  },
}
