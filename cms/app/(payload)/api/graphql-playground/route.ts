/* The GraphQL playground, in development only (cms/lib/graphqlTools.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'
import { graphqlToolsEnabled } from '../../../../lib/graphqlTools'

const playground = GRAPHQL_PLAYGROUND_GET(config)

export const GET = (request: Request) => (graphqlToolsEnabled() ? playground(request) : new Response('Not found', { status: 404 }))
