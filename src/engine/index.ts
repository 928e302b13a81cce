/**
 * The engine: pure TypeScript, no React, no IndexedDB, no DOM. Everything the designer,
 * simulator, store and tests share goes through this file.
 */
export * from './schema/common';
export * from './schema/workspace';
export * from './schema/settings';
export * from './schema/flow';
export * from './schema/number';
export * from './schema/scenario';
export * from './schema/result';
export * from './schema/project';
export * from './nodes/kind';
export { NODE_KINDS, NODE_TYPES, nodeKind, handlesOf } from './nodes/registry';
export type { NodeType, NodeDataOf } from './nodes/registry';
export { IVR_DIGITS } from './nodes/ivr';
export { parseProject, parseProjectText, ProjectFormatError, formatPath } from './parse';
export type { FormatProblem } from './parse';
export { migrate, MIGRATIONS } from './migrations';
export type { Migration } from './migrations';
