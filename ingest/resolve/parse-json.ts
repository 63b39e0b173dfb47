// The reviewable data files of entity resolution (seeds/decisions.json,
// seeds/given-names.json) are edited by hand: a file that is not JSON gets an
// error naming the file and what the parser saw.

export function parseJson(json: string, where: string): unknown {
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
}
