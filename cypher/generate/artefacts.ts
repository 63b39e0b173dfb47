// Every artefact generated from the model, with the path it is committed at
// (relative to the repository root). The CLI writes them; the "is it fresh"
// test regenerates them in memory and compares (DEVELOPERS.md "Style").

import { generateTypeDefs } from './graphql-typedefs.ts';
import { generateLadybugSchema } from './ladybug-ddl.ts';
import { generateModelDoc } from './model-doc.ts';
import { generateNeo4jSchema } from './neo4j-schema.ts';

export interface Artefact {
  readonly path: string;
  readonly generate: () => string;
}

export const ARTEFACTS: readonly Artefact[] = [
  { path: 'cypher/generated/typedefs.graphql', generate: generateTypeDefs },
  { path: 'cypher/neo4j/schema.cypher', generate: generateNeo4jSchema },
  { path: 'cypher/embedded/schema.cypher', generate: generateLadybugSchema },
  { path: 'docs/model.md', generate: generateModelDoc },
];
