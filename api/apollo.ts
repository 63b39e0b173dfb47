// Apollo Server 5 with the hardening of issue 4: depth, alias, cost and
// directive limits from graphql-armor (its max-depth ≥ 2.4.1 has the fix for
// GHSA-224p-v68g-5g8f; tests/api/armor.test.ts checks the bypass stays shut),
// a token limit in graphql-js's parser, CSRF prevention, no batching, no stack
// traces, masked errors, introspection switchable, and no landing page (it
// loads from a CDN; the tool works offline).

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { ApiConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import { formatError } from './errors.ts';

export type ArmorSettings = Pick<
  ApiConfig,
  'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxCost' | 'introspection'
>;

export function createApollo(schema: GraphQLSchema, settings: ArmorSettings): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: settings.maxDepth, flattenFragments: false, exposeLimits: true },
    maxAliases: { n: settings.maxAliases, exposeLimits: true },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's token
    // plugin throws from a plugin hook, which Apollo answers with a 500, even for a typo.
    maxTokens: { enabled: false },
    costLimit: { maxCost: settings.maxCost, exposeLimits: true },
    maxDirectives: { n: 20, exposeLimits: true },
    blockFieldSuggestion: { enabled: !settings.introspection },
  });
  const protection = armor.protect();
  return new ApolloServer<ApiContext>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints (answers are no-store) and no reporting to Apollo's cloud: less work per field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
    validationRules: protection.validationRules,
    introspection: settings.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    formatError,
    // The request body limit (server.ts) bounds the document; no persisted-query cache to fill.
    persistedQueries: false,
    parseOptions: { maxTokens: settings.maxTokens },
    // Compact JSON: Apollo's default indents every response (more bytes and CPU per request).
    stringifyResult: (value) => JSON.stringify(value),
    // main.ts handles SIGINT/SIGTERM: Apollo's own handler re-raises the signal and
    // kills the process before the embedded store has checkpointed (corrupt WAL).
    stopOnTerminationSignals: false,
  });
}
