import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

/**
 * Serves the built site from a folder that rebuilds swap wholesale. `dev: true`
 * makes sirv look files up on each request instead of caching a listing, so a
 * swapped-in build is live at once without a restart. Unknown paths get the
 * site's 404 page with status 404.
 */
export function startStaticServer(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const serve = sirv(root, {
    dev: true,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      if (pathname.endsWith('.csv')) res.setHeader('Content-Type', 'text/csv; charset=utf-8')
      // Downloads are saved under their own name rather than shown as text (a release's file is named for its dataset).
      const download = pathname.match(/([^/]+\.(?:csv|xlsx))$/)?.[1]
      if (download) res.setHeader('Content-Disposition', `attachment; filename="${download}"`)
      if (pathname.endsWith('.jsonld')) res.setHeader('Content-Type', 'application/ld+json')
      // sirv would serve feed.xml as text/xml; feed readers and browsers expect Atom's own type (RFC 4287).
      if (pathname.endsWith('/feed.xml')) res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8')
      res.setHeader('X-Content-Type-Options', 'nosniff')
    },
  })
  const server = createServer((req, res) =>
    serve(req, res, () => {
      const notFound = resolve(root, '404.html')
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found')
    }),
  )
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolvePromise(server))
  })
}
