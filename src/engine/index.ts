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
export { NODE_KINDS, NODE_TYPES, nodeKind, handlesOf, nodeTitle, unlabelledName } from './nodes/registry';
export type { NodeType, NodeDataOf } from './nodes/registry';
export { IVR_DIGITS } from './nodes/ivr';
// The canvas's zod-free entry (view.ts); the rest of it comes through the lines above.
export { NODE_VIEWS, nodeView, defineNodeView } from './view';
export type { NodeView } from './view';
export { parseProject, parseProjectText, ProjectFormatError, formatPath } from './parse';
export type { FormatProblem } from './parse';
export { migrate, MIGRATIONS } from './migrations';
export type { Migration } from './migrations';
export { validateNumber, issuesOf, isHolidayDate, isIanaTimeZone } from './validate';
export { routeOutbound } from './outbound';
export { assetsInUse } from './assets';
export { checkHoldMusic, readMp3Info, skipId3v2, MAX_HOLD_MUSIC_BYTES } from './holdMusic';
export type { Mp3Info, ChannelMode } from './holdMusic';
export {
  requestDisconnect, undoDisconnect, effectiveStatus, canReconnect, reconnect, settleDisconnect,
  disconnectDueAt, reconnectableFrom, addCalendarMonths, describeInstant, DISCONNECT_NOTICE, DISCONNECT_DELAY_MS, RECONNECT_AFTER_MONTHS,
} from './disconnect';
export type { DisconnectChange, Clock } from './disconnect';
export { PHONE_EXAMPLE, checkE164, isE164, formatPhone, formatPhonesIn, parsePhoneInput, countryCallingCodes, countryCodeAtStart, startsWithCountryCode } from './phone';
export type { PhoneCheck, PhoneInput } from './phone';
export { hoursStatusAt, localTime } from './hours';
export type { HoursStatus, LocalTime } from './hours';
export { CallClock } from './clock';
export { compileFlow, FlowCompileError, callOutputOf } from './compile/compileFlow';
export { MAX_NODE_ENTRIES } from './compile/callActions';
export { RING_MS } from './compile/steps';
export type { CallContext, CallInput, CallMachineEvent, CallOutput, Party, Ringing, Playing, Awaiting, QueueRun } from './compile/types';
export { simulateCall, compiledFlow, callInputOf, scenarioOracle } from './simulate';
export { driveCall } from './callDriver';
export type { CallOracle } from './callDriver';
export { finishCall, transferCall, isoInstant, RECORDING_ALLOWANCE } from './afterCall';
export type { FinishedCall, TransferResult } from './afterCall';
export { parseClock } from './hours';
export { explorePaths } from './explore';
export type { ExploredPath, ExploreResult, ExploreOptions } from './explore';
export type { CallRun } from './compile/types';
