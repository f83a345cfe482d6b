/**
 * The shipped schemas stand alone: `schemas/` keeps one definition of what
 * they share (common.schema.json, and the claim inside a reconciliation),
 * referenced by `$id`, and the build writes each schema with what it
 * references copied into its own `$defs` and every `$ref` rewritten to point
 * there. So `new Ajv2020().compile(schema)` needs no other schema, and any
 * set of them can be compiled into one Ajv instance: the copies carry no
 * `$id` of their own to collide.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

/** The name a referenced schema gets under `$defs`: `urn:claim-reconciler:schema:common` → `common`. */
function defName(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1);
}

/** Every `$ref` in a schema, with the resource it points into (its own id for a local `#/...`). */
function refsOf(node: Json, ownId: string, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsOf(item, ownId, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value.split('#')[0] || ownId);
      else refsOf(value, ownId, found);
    }
  }
  return found;
}

/** A copy of `node` whose refs point into the bundle of `rootId`; `ownId` is the resource the node came from. */
function rewrite(node: Json, ownId: string, rootId: string): Json {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, ownId, rootId));
  if (node === null || typeof node !== 'object') return node;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const [base = '', fragment = ''] = value.split('#');
      const target = base || ownId;
      copy[key] = target === rootId ? `#${fragment}` : `#/$defs/${defName(target)}${fragment}`;
    } else {
      copy[key] = rewrite(value, ownId, rootId);
    }
  }
  return copy;
}

/** One schema with everything it references, directly or not, under its `$defs`. */
export function bundleSchema(rootId: string, byId: ReadonlyMap<string, Schema>): Schema {
  const root = byId.get(rootId);
  if (root === undefined) throw new Error(`no schema with $id ${rootId}`);
  const needed = new Set<string>();
  const pending = [rootId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    const schema = byId.get(id);
    if (schema === undefined) throw new Error(`${rootId} references ${id}, which no schema in schemas/ defines`);
    for (const target of refsOf(schema, id)) {
      if (target !== rootId && !needed.has(target)) {
        needed.add(target);
        pending.push(target);
      }
    }
  }
  const bundled = rewrite(root, rootId, rootId) as Schema;
  const defs = { ...((bundled.$defs as Schema | undefined) ?? {}) };
  for (const id of [...needed].sort()) {
    const name = defName(id);
    if (Object.prototype.hasOwnProperty.call(defs, name)) throw new Error(`${rootId} already has $defs/${name}; rename one of them`);
    const { $id: _id, $schema: _dialect, ...body } = byId.get(id)!;
    defs[name] = rewrite(body, id, rootId);
  }
  if (needed.size > 0) bundled.$defs = defs;
  return bundled;
}

/** The schemas of a folder by `$id`, with their file names. */
export function readSchemas(folder: string): { byId: Map<string, Schema>; files: Map<string, string> } {
  const byId = new Map<string, Schema>();
  const files = new Map<string, string>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Schema;
    byId.set(String(schema.$id), schema);
    files.set(String(schema.$id), file);
  }
  return { byId, files };
}

/** Write every schema of `from`, bundled, to `to` under its own file name. */
export function writeBundledSchemas(from: string, to: string): void {
  const { byId, files } = readSchemas(from);
  mkdirSync(to, { recursive: true });
  for (const [id, file] of files) writeFileSync(join(to, file), `${JSON.stringify(bundleSchema(id, byId), null, 2)}\n`);
}
