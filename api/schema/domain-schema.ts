// The executable domain schema: domain.graphql (the contract with web/) plus
// the typed fields derived from the model, with the resolvers of
// api/resolvers. Engine-neutral: resolved through the Store interface.

import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { queryResolvers } from '../resolvers/query.ts';
import { typeResolvers } from '../resolvers/types.ts';
import { JSONScalar } from './json-scalar.ts';
import { typedFieldsSdl } from './typed-fields.ts';

const DOMAIN_SDL_URL = new URL('./domain.graphql', import.meta.url);

export function domainTypeDefs(): string {
  return `${readFileSync(DOMAIN_SDL_URL, 'utf8')}\n${typedFieldsSdl()}`;
}

export const domainResolvers = {
  JSON: JSONScalar,
  Query: queryResolvers,
  ...typeResolvers,
};

export function buildDomainSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: domainTypeDefs(), resolvers: domainResolvers });
}
