// The small runner shape both adapters give the shared steps (cypher/embedded/connections.ts for
// LadybugDB, cypher/neo4j/neo4j-connections.ts for Neo4j): the steps say which operation a statement
// is and what text to run; the adapter says how it runs. Rows come back as plain values in one shape
// (nodes and relationships as property maps with `_label`), whatever the engine.

type Params = Record<string, unknown>;
export type Record_ = Record<string, unknown>;

/** Runs one statement; `op` names the operation for error messages. */
export type Exec = (op: string, text: string, params?: Params) => Promise<Record_[]>;

export interface Connections {
  /** Runs `job` alone on the write connection (the write queue). */
  write<T>(job: (exec: Exec) => Promise<T>): Promise<T>;
  /** Runs one read statement. */
  read: Exec;
  close(): Promise<void>;
}
