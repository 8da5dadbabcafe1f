/**
 * A small JSON Patch (RFC 6902) applier for the rule cases: `add`, `replace` and `remove`, with
 * RFC 6901 paths ("/content/cluster/companies/3", "~1" for "/" and "~0" for "~"). It returns a
 * changed deep copy and throws on a path that does not exist, so a stale case fails loudly
 * instead of silently testing the base.
 */
export type ChangeOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

type Container = Record<string, unknown> | unknown[];

export function applyChange<T>(base: T, change: readonly ChangeOperation[]): T {
  let document: unknown = structuredClone(base);
  for (const operation of change) document = applyOperation(document, operation);
  return document as T;
}

function applyOperation(document: unknown, operation: ChangeOperation): unknown {
  const tokens = parsePointer(operation.path);
  const last = tokens.pop();
  if (last === undefined) {
    if (operation.op === 'remove') throw new Error('cannot remove the whole document');
    return structuredClone(operation.value);
  }
  const parent = resolve(document, tokens, operation.path);
  if (Array.isArray(parent)) applyToArray(parent, last, operation);
  else applyToObject(parent, last, operation);
  return document;
}

function applyToArray(array: unknown[], token: string, operation: ChangeOperation): void {
  const where = `${operation.op} ${operation.path}`;
  if (operation.op === 'add') {
    const index = token === '-' ? array.length : arrayIndex(token, array.length + 1, where);
    array.splice(index, 0, structuredClone(operation.value));
    return;
  }
  const index = arrayIndex(token, array.length, where);
  if (operation.op === 'replace') array[index] = structuredClone(operation.value);
  else array.splice(index, 1);
}

function applyToObject(
  object: Record<string, unknown>,
  key: string,
  operation: ChangeOperation,
): void {
  if (operation.op !== 'add' && !Object.hasOwn(object, key)) {
    throw new Error(`${operation.op} ${operation.path}: no member "${key}"`);
  }
  if (operation.op === 'remove') Reflect.deleteProperty(object, key);
  else object[key] = structuredClone(operation.value);
}

function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`a JSON Pointer starts with "/": ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function resolve(document: unknown, tokens: readonly string[], path: string): Container {
  let node = document;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[arrayIndex(token, node.length, path)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else throw new Error(`${path}: no member "${token}"`);
  }
  if (Array.isArray(node) || isObject(node)) return node;
  throw new Error(`${path}: the parent is not an object or array`);
}

function arrayIndex(token: string, length: number, where: string): number {
  const index = /^(0|[1-9]\d*)$/.test(token) ? Number(token) : NaN;
  if (!(index < length)) throw new Error(`${where}: index "${token}" is out of range`);
  return index;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
