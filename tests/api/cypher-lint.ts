// Neo4j's own linter over Cypher that @neo4j/graphql generated or that we hand it
// (ENGINES.md "Neo4j linter"): diagnostics as "line:col severity message", the
// `$param` errors it reports when no parameter values are given left out.

import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { NODE_LABELS } from '../../cypher/model/labels.ts';
import { RELATIONSHIP_TYPES } from '../../cypher/model/relationships.ts';

const dbSchema = { labels: [...NODE_LABELS], relationshipTypes: [...RELATIONSHIP_TYPES] };

export function lintNeo4j(cypher: string): string[] {
  return lintCypherQuery(cypher, dbSchema)
    .diagnostics.filter((d) => isNotParamError(d as Parameters<typeof isNotParamError>[0]))
    .map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} severity ${d.severity}: ${d.message}`,
    );
}
