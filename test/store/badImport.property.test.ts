/**
 * Bad input, nothing lost: thousands of malformed bundles imported through the store are each
 * refused with their problems listed, and neither IndexedDB nor the store's project changes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_TYPES, parseProjectText, validateNumber } from '../../src/engine';
import { createProjectStore } from '../../src/store/projectStore';
import { StudioDB } from '../../src/store/db';
import type { ProjectStore } from '../../src/store/types';
import demo from '../fixtures/demo.json';
import { uniqueName } from './helpers';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const DEMO = demo as unknown as { [k: string]: Json };
const clone = (): { [k: string]: Json } => structuredClone(DEMO);

/** Every path in the demo bundle, with the JSON type found there. */
function pathsOf(v: Json, p: Path = [], out: { path: Path; type: string }[] = []) {
  const type = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  if (p.length > 0) out.push({ path: p, type });
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...p, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...p, k], out);
  return out;
}
const ALL = pathsOf(DEMO);
// Null is left out: some fields are nullable, so null can be a right type.
const TYPED = ALL.filter((e) => e.type !== 'null');
// Strings the format bounds (ids 200, names and labels 200, spoken text 2,000 characters).
const BOUNDED_STRINGS = ALL.filter((e) => e.type === 'string' && ['id', 'name', 'label', 'text'].includes(String(e.path.at(-1))));

function setAt(root: { [k: string]: Json }, path: Path, value: Json | undefined): { [k: string]: Json } {
  let cur = root as Json;
  for (const key of path.slice(0, -1)) cur = (cur as Record<string | number, Json>)[key] as Json;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete (cur as Record<string, Json>)[last];
  } else {
    (cur as Record<string | number, Json>)[last] = value;
  }
  return root;
}

/** A JSON value whose type differs from `type`, never null. */
const valueNotOf = (type: string): fc.Arbitrary<Json> => fc.oneof(
  ...([
    ['string', fc.string({ maxLength: 20 })],
    ['number', fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ['boolean', fc.boolean()],
    ['array', fc.array(fc.integer(), { maxLength: 3 })],
    ['object', fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 })],
  ] as const).filter(([t]) => t !== type).map(([, a]) => a as fc.Arbitrary<Json>),
);

/** Does the bundle load? Some "other types" are right after all: an answer may be a list, and `[]` is one. */
const loads = (text: string) => {
  try {
    parseProjectText(text);
    return true;
  } catch {
    return false;
  }
};

const wrongType = fc.constantFrom(...TYPED).chain(({ path, type }) =>
  valueNotOf(type).map((v) => ({ text: JSON.stringify(setAt(clone(), path, v)), why: `wrong type at ${path.join('.')}` })))
  .filter(({ text }) => !loads(text));

// Keys the format requires (no default): taking one away leaves a bundle that cannot load.
// (numbers, workspace.plan and a flow's nodes and edges have defaults, so they are not here.)
const REQUIRED: Path[] = [
  ['format'], ['version'], ['workspace'], ['workspace', 'name'],
  ...[0, 1, 2].flatMap((i) => [['id'], ['kind'], ['number'], ['name']].map((k) => ['numbers', i, ...k])),
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((j) => [['id'], ['type']].map((k) => ['numbers', 0, 'flow', 'nodes', j, ...k])),
  ...[0, 1, 2, 3, 4].flatMap((j) => [['id'], ['source'], ['target']].map((k) => ['numbers', 0, 'flow', 'edges', j, ...k])),
  ...[0, 1].flatMap((j) => [['id'], ['name']].map((k) => ['workspace', 'employees', j, ...k])),
];
const missingField = fc.constantFrom(...REQUIRED).map((path) => ({ text: JSON.stringify(setAt(clone(), path, undefined)), why: `missing ${path.join('.')}` }));

const KNOWN = new Set<string>(NODE_TYPES);
const NODES = ALL.filter((e) => e.path.length === 6 && e.path[3] === 'nodes' && e.path[5] === 'type').map((e) => e.path);
const unknownKind = fc.tuple(fc.constantFrom(...NODES), fc.string({ minLength: 0, maxLength: 30 }).filter((s) => !KNOWN.has(s)))
  .map(([path, kind]) => ({ text: JSON.stringify(setAt(clone(), path, kind)), why: `node kind ${JSON.stringify(kind)}` }));

const hugeString = fc.tuple(fc.constantFrom(...BOUNDED_STRINGS), fc.integer({ min: 2_001, max: 200_000 }), fc.string({ minLength: 1, maxLength: 3 }))
  .map(([{ path }, length, unit]) => {
    const huge = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return { text: JSON.stringify(setAt(clone(), path, huge)), why: `${length}-character string at ${path.join('.')}` };
  });

/** `[[[…]]]` or `{"a":{"a":…}}` `depth` levels deep, as text: building it as an object would overflow JSON.stringify. */
function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}
const deepNesting = fc.tuple(fc.constantFrom(...TYPED.filter((e) => e.type !== 'array' && e.type !== 'object')), fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('array' as const, 'object' as const))
  .map(([{ path }, depth, kind]) => {
    const marker = '"__DEEP__"';
    const text = JSON.stringify(setAt(clone(), path, '__DEEP__')).replace(marker, nested(depth, kind));
    return { text, why: `${depth}-deep ${kind} at ${path.join('.')}` };
  });

const isJson = (s: string) => { try { JSON.parse(s); return true; } catch { return false; } };
const DEMO_TEXT = JSON.stringify(DEMO);
const nonJson = fc.oneof(
  fc.string({ maxLength: 200 }).filter((s) => !isJson(s)),
  fc.integer({ min: 1, max: DEMO_TEXT.length - 1 }).map((n) => DEMO_TEXT.slice(0, n)),
  fc.constantFrom('', '<html></html>', 'undefined', "{'format':'x'}", '{"format":1,}', '\uFEFF{}', 'NaN'),
).map((text) => ({ text, why: 'not JSON' }));
const notABundle = fc.oneof(
  fc.jsonValue().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
).map((v) => ({ text: JSON.stringify(v), why: 'JSON but not a bundle' }));

let name: string;
let store: ProjectStore;

/** Every table of the database, as JSON, read through a connection of its own. */
async function dumpDatabase(): Promise<string> {
  const db = new StudioDB(name);
  try {
    await db.open();
    const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
    return JSON.stringify(tables.sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    db.close();
  }
}
const snapshotJson = () => {
  const { project, status, conflict, quarantined, assets } = store.getSnapshot();
  return JSON.stringify({ project, status, conflict, quarantined, assets });
};

beforeAll(async () => {
  name = uniqueName();
  store = createProjectStore({ name, seed: async () => demo, lifecycleTarget: null, watchOtherTabs: false });
  await store.ready();
});
afterAll(() => store.close());

describe('importing malformed bundles through the store', () => {
  let total = 0;
  afterAll(() => expect(total).toBeGreaterThanOrEqual(1_000));

  it.each([
    ['wrong types', wrongType, 300],
    ['missing required fields', missingField, 120],
    ['unknown node kinds', unknownKind, 150],
    ['huge strings', hugeString, 100],
    ['deep nesting', deepNesting, 60],
    ['text that is not JSON', nonJson, 200],
    ['JSON that is not a bundle', notABundle, 120],
  ] as const)('%s: refused with their problems, nothing stored or shown changes', async (_name, arb, numRuns) => {
    const dbBefore = await dumpDatabase();
    const snapBefore = snapshotJson();
    const projectBefore = store.getSnapshot().project;
    await fc.assert(fc.asyncProperty(arb as fc.Arbitrary<{ text: string; why: string }>, async ({ text }) => {
      total += 1;
      const result = await store.importBundle(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        // A path, a message, and for a file that is not JSON or from another version a code the screen words its own way.
        const { code, ...rest } = issue;
        expect(rest).toEqual({ path: expect.any(String), message: expect.any(String) });
        expect([undefined, 'not-json', 'version-newer', 'version-invalid']).toContain(code);
        expect(issue.path.length).toBeGreaterThan(0);
        expect(issue.message.length).toBeGreaterThan(0);
      }
      expect(store.getSnapshot().project).toBe(projectBefore);
      expect(snapshotJson()).toBe(snapBefore);
      expect(await dumpDatabase()).toBe(dbBefore);
    }), { numRuns });
    expect(snapshotJson()).toBe(snapBefore);
    expect(await dumpDatabase()).toBe(dbBefore);
    // Hundreds of imports, each with a database dump: seconds on a shared machine, not a timing check.
  }, 30_000);
});

describe('input nested too deep for the parser', () => {
  it('is refused with the problem at its path, not thrown, and nothing changes', async () => {
    const db = await dumpDatabase();
    const text = `{"format":${nested(100_000, 'array')},"version":1}`;
    const result = await store.importBundle(text);
    expect(result).toEqual({ ok: false, issues: [
      { path: 'format', message: 'is a list; must be "callflow-studio/project"' },
      { path: 'workspace', message: 'missing (expected an object)' },
    ] });
    expect(await dumpDatabase()).toBe(db);
  });
});

describe('dangling edges are well-formed: they load and validation reports them', () => {
  it('an edge to or from a missing node imports, and validateNumber reports edge-invalid', async () => {
    const own = createProjectStore({ name: uniqueName(), seed: async () => demo, lifecycleTarget: null, watchOtherTabs: false });
    await own.ready();
    try {
      const ids = new Set((DEMO_NODE_IDS));
      await fc.assert(fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !ids.has(s)),
        fc.constantFrom('source' as const, 'target' as const),
        fc.nat(4),
        async (missing, end, edge) => {
          const bundle = clone();
          setAt(bundle, ['numbers', 0, 'flow', 'edges', edge, end], missing);
          expect(await own.importBundle(JSON.stringify(bundle))).toEqual({ ok: true });
          const project = own.getSnapshot().project!;
          const issues = validateNumber(project, project.numbers[0]!.id);
          expect(issues.some((i) => i.code === 'edge-invalid' && i.severity === 'error')).toBe(true);
        },
      ), { numRuns: 25 });
    } finally {
      own.close();
    }
  });
});

const DEMO_NODE_IDS = ((DEMO.numbers as { flow: { nodes: { id: string }[] } }[])[0]!.flow.nodes).map((n) => n.id);
