// The JSON scalar of domain.graphql (properties, model). Output only in
// practice; literals are accepted for completeness and bounded by the
// request body limit.

import { GraphQLScalarType, Kind, type ValueNode } from 'graphql/index.js';

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      // Variables inside a JSON literal are not supported: say so instead of guessing.
      throw new TypeError('JSON literals cannot contain variables');
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});
