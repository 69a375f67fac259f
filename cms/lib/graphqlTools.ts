import { GraphQLError, type ValidationRule } from 'graphql'
import { config } from '../../domain/config'

/**
 * GraphQL's introspection and playground map the whole API for whoever asks.
 * They are for developers: on only under `next dev` (NODE_ENV=development).
 * Payload's own switches turn them off only when NODE_ENV is exactly
 * "production", which leaves them on for any other value or none.
 */
export const graphqlToolsEnabled = (nodeEnv: string | undefined = config.nodeEnv): boolean => nodeEnv === 'development'

export const refuseIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type')
      context.reportError(new GraphQLError('GraphQL introspection is available in development only.', { nodes: [node] }))
  },
})

export const graphqlValidationRules = (): ValidationRule[] => (graphqlToolsEnabled() ? [] : [refuseIntrospection])
