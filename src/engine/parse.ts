import type { z } from 'zod';
import { whereJsonFails } from './jsonSyntax';
import { migrate, VersionError } from './migrations';
import { Project } from './schema/project';

export interface FormatProblem {
  /** The JSON path, or `(root)` for a problem with the whole file; its message is then a sentence of its own. */
  path: string;
  message: string;
  /** Set on problems a screen may word its own way: a file that is not JSON, or a version this app cannot read. */
  code?: 'not-json' | 'version-newer' | 'version-invalid';
}

/**
 * A bundle that cannot be loaded. `issues` lists every problem, each with its JSON path, up to
 * the first 1,000; `total` counts them all, so that a screen can say how many it did not list.
 */
export class ProjectFormatError extends Error {
  override readonly name = 'ProjectFormatError';
  constructor(readonly issues: FormatProblem[], readonly total: number = issues.length) {
    super(`The project bundle has ${total} problem${total === 1 ? '' : 's'}: ` +
      issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ') + (total > 3 ? '; …' : ''));
  }
}

/** `numbers[0].flow.nodes[2].data` — the path as a user would write it in the JSON. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

/**
 * Problems listed in full; past it they are only counted. A list longer than a person would
 * read is still kept small in memory and in the stored quarantine, whatever the input.
 */
const MAX_PROBLEMS = 1_000;

/** The value at `path` in the input, for messages that quote what was there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A value as a message quotes it: primitives as written, structures by kind (String() of a deeply nested list overflows the stack). */
const quote = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)
    : Array.isArray(v) ? 'a list'
      : v !== null && typeof v === 'object' ? 'an object'
        : String(v);

/** A zod type name as a sentence says it: "a number", "a whole number", "a list". */
const KIND_NAMES: Record<string, string> = {
  number: 'a number', int: 'a whole number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null',
};
const kindName = (expected: string) => KIND_NAMES[expected] ?? expected;

/** zod's message, reworded where a person would otherwise read a schema dump. */
function messageOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_union':
      if (issue.discriminator && issue.errors.length === 0) {
        const what = issue.discriminator === 'type' && issue.path.includes('nodes') ? 'node type' : issue.discriminator;
        const options = 'options' in issue && issue.options ? `; expected one of ${issue.options.map(String).join(', ')}` : '';
        return value === undefined ? `missing ${what}${options}` : `unknown ${what} ${quote(value)}${options}`;
      }
      return issue.message;
    case 'invalid_type':
      return value === undefined ? `missing (expected ${kindName(issue.expected)})` : `is ${quote(value)}; expected ${kindName(issue.expected)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `${value === undefined ? 'missing' : `is ${quote(value)}`}; must be ${quote(issue.values[0])}`;
      return `${value === undefined ? 'missing' : `${quote(value)} is not allowed`}; expected one of ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

function problemsOf(error: z.ZodError, input: unknown): { list: FormatProblem[]; total: number } {
  const list: FormatProblem[] = [];
  let total = 0;
  const walk = (issues: z.core.$ZodIssue[], prefix: PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      // For an invalid union the nested errors say more than "Invalid input".
      if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
        const best = issue.errors.reduce((a, b) => (a.length <= b.length ? a : b));
        walk(best, path);
      } else {
        total++;
        if (list.length >= MAX_PROBLEMS) continue;
        const message = messageOf(issue, valueAt(input, path));
        // A problem with the whole file is read without a path, so it needs a subject.
        list.push({ path: formatPath(path), message: path.length === 0 ? `The bundle ${message}` : message });
      }
    }
  };
  walk(error.issues, []);
  return { list, total };
}

/**
 * Parses a project bundle: upgrades it to the current version, checks its shape and fills in
 * defaults. Throws ProjectFormatError, and nothing else, for any input that is not a valid bundle.
 */
export function parseProject(json: unknown): Project {
  let upgraded: unknown;
  try {
    upgraded = migrate(json);
  } catch (e) {
    if (e instanceof ProjectFormatError) throw e;
    if (e instanceof VersionError) {
      throw new ProjectFormatError([{ path: e.code === 'version-invalid' ? 'version' : '(root)', message: e.message, code: e.code }]);
    }
    throw new ProjectFormatError([{ path: '(root)', message: e instanceof Error ? e.message : String(e) }]);
  }
  let result: ReturnType<typeof Project.safeParse>;
  try {
    result = Project.safeParse(upgraded);
  } catch (e) {
    // Deeply nested input can overflow the stack inside zod; report it like any other problem.
    throw new ProjectFormatError([{ path: '(root)', message: `The bundle could not be read: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  // Read from the input itself, so that they are listed with the shape's problems, not after they are fixed.
  const dup = duplicateIds(upgraded);
  if (!result.success) {
    let problems: { list: FormatProblem[]; total: number };
    try {
      problems = problemsOf(result.error, upgraded);
    } catch (e) {
      problems = { list: [{ path: '(root)', message: `The bundle could not be read: ${e instanceof Error ? e.message : String(e)}` }], total: 1 };
    }
    throw new ProjectFormatError([...problems.list, ...dup].slice(0, MAX_PROBLEMS), problems.total + dup.length);
  }
  if (dup.length > 0) throw new ProjectFormatError(dup);
  return result.data;
}

/**
 * Ids must be unique within their list: the format says so, and every lookup relies on it. Read
 * from the raw input, whatever else is wrong with it: lists that are not lists and items
 * without a string id are the shape's problems, not these.
 */
function duplicateIds(input: unknown): FormatProblem[] {
  const out: FormatProblem[] = [];
  const at = (v: unknown, key: string): unknown => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined);
  const check = (items: unknown, path: string) => {
    if (!Array.isArray(items)) return;
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = at(item, 'id');
      if (typeof id !== 'string') return;
      if (seen.has(id)) out.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  const ws = at(input, 'workspace');
  check(at(ws, 'employees'), 'workspace.employees');
  check(at(ws, 'queues'), 'workspace.queues');
  check(at(at(ws, 'crm'), 'records'), 'workspace.crm.records');
  const numbers = at(input, 'numbers');
  check(numbers, 'numbers');
  check(at(input, 'scenarios'), 'scenarios');
  if (Array.isArray(numbers)) {
    numbers.forEach((n, i) => {
      check(at(at(n, 'flow'), 'nodes'), `numbers[${i}].flow.nodes`);
      check(at(at(n, 'flow'), 'edges'), `numbers[${i}].flow.edges`);
    });
  }
  return out;
}

/** Parses JSON text as a bundle; text that is not JSON is a ProjectFormatError too. */
export function parseProjectText(text: string): Project {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message differs by browser and often gives no place: find the place here.
    throw new ProjectFormatError([{ path: '(root)', message: `This file is not a Callflow Studio bundle: it is not JSON (${whereJsonFails(text)})`, code: 'not-json' }]);
  }
  return parseProject(json);
}
