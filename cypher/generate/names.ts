// Names derived from the model for generated artefacts: one rule, so GraphQL
// fields, union names and docs never disagree (MANDATES → mandates,
// SPOKE_AT → spokeAt / SpokeAt).

/** `SPOKE_AT` → `SpokeAt`. */
export function pascalCase(type: string): string {
  return type
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `SPOKE_AT` → `spokeAt`. */
export function camelCase(type: string): string {
  const p = pascalCase(type);
  return p.charAt(0).toLowerCase() + p.slice(1);
}
