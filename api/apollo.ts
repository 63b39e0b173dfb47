// Apollo Server 5 with the hardening of issue 4: graphql-armor's depth, alias,
// token, cost and directive limits (max-depth ≥ 2.4.1 has the fix for
// GHSA-224p-v68g-5g8f; tests/api/armor.test.ts checks the bypass stays shut),
// CSRF prevention, no batching, no stack traces, masked errors, introspection
// switchable, and no landing page (it loads from a CDN; the tool works offline).

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { formatError } from './errors.ts';

export type ArmorSettings = Pick<ApiConfig, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxCost' | 'introspection'>;

export function createApollo(schema: GraphQLSchema, settings: ArmorSettings): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: settings.maxDepth, flattenFragments: false, exposeLimits: true },
    maxAliases: { n: settings.maxAliases, exposeLimits: true },
    maxTokens: { n: settings.maxTokens, exposeLimits: true },
    costLimit: { maxCost: settings.maxCost, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    blockFieldSuggestion: { enabled: !settings.introspection },
  });
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginLandingPageDisabled()],
    validationRules: protection.validationRules,
    introspection: settings.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    formatError,
    // The request body limit (server.ts) bounds the document; no persisted-query cache to fill.
    persistedQueries: false,
  });
}
