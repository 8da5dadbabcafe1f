/**
 * Queries built and compiled once per dialect, then run with new values: for the few statements
 * every autosave runs. Kysely builds a tree of frozen nodes for each query and compiles it to SQL
 * every time; for these, that was more work than SQLite running the statement. The SQL text stays
 * the same string, so the SQLite driver's statement cache finds it without hashing a new one.
 *
 * On PostgreSQL the statement is also kept prepared on each connection, by a name
 * ({@link preparedStatementName}): PostgreSQL then parses and plans it once per connection
 * instead of at every run. A kept plan whose columns change (a migration while the app runs) is
 * refused by PostgreSQL, so such a statement must name its columns: `*` is refused here.
 *
 * The query is built with a marker in place of each value. Kysely sends a value as a parameter,
 * so each marker turns up among the compiled parameters, where it is swapped for the value of the
 * run. Only a query whose shape does not depend on its values fits: no `in` lists, no optional
 * clauses. A marker that ends up in the SQL text, or one that does not turn up at all, fails at
 * the first run, in every test that runs the query.
 */
import { createQueryId, type CompiledQuery, type QueryResult } from 'kysely';
import type { Db } from './create-store.js';
import { isPostgres } from './dialect.js';

const MARKER = '\u0000tilskudd:value:';

/** The values of one run, by name: what a parameter can be. */
type Values<V> = { [K in keyof V]: string | number | null };

export interface CompiledOnce<V extends Values<V>, R> {
  (db: Db, values: V): Promise<QueryResult<R>>;
}

/** A query builder, or `sql` (which compiles for the database it is given). */
interface Buildable<R> {
  compile(db: Db): CompiledQuery<R>;
}

/** Statements kept prepared on PostgreSQL connections, by SQL text. */
const preparedNames = new Map<string, string>();

/** The name a statement is kept prepared by on PostgreSQL connections, if it is one of them. */
export function preparedStatementName(sql: string): string | undefined {
  return preparedNames.get(sql);
}

export function compiledOnce<V extends Values<V>, R>(
  names: readonly (keyof V & string)[],
  build: (db: Db, values: V) => Buildable<R>,
): CompiledOnce<V, R> {
  const byDialect = new Map<'postgres' | 'sqlite', CompiledQuery<R>>();
  const compile = (db: Db): CompiledQuery<R> => {
    // Markers stand in for values of any type: the builder only passes them on, and each one is
    // checked below to have become a parameter.
    const markers = Object.fromEntries(names.map((name) => [name, `${MARKER}${name}`])) as V;
    const compiled = build(db, markers).compile(db);
    const used = new Set(compiled.parameters.filter((p) => isMarker(p)));
    if (
      compiled.sql.includes(MARKER) ||
      used.size !== names.length ||
      compiled.parameters.includes(undefined)
    ) {
      throw new Error(
        `compiledOnce: every value must be a parameter, once or more: ${compiled.sql}`,
      );
    }
    if (isPostgres(db)) {
      if (compiled.sql.includes('*')) {
        throw new Error(
          `compiledOnce: a statement kept prepared names its columns: ${compiled.sql}`,
        );
      }
      preparedNames.set(compiled.sql, `tilskudd_${preparedNames.size + 1}`);
    }
    return compiled;
  };
  return async (db, values) => {
    const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      compiled = compile(db);
      byDialect.set(dialect, compiled);
    }
    const parameters = compiled.parameters.map((p) =>
      isMarker(p) ? values[p.slice(MARKER.length) as keyof V] : p,
    );
    return db.executeQuery<R>({ ...compiled, parameters, queryId: createQueryId() });
  };
}

function isMarker(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(MARKER);
}
