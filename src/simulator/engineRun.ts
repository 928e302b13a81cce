/**
 * The engine's running half as the simulator uses it, named in one place so that the rest of
 * src/simulator reads as UI only.
 */
export { compileFlow, callOutputOf, CallClock, hoursStatusAt, simulateCall, finishCall, transferCall, explorePaths, RING_MS } from '../engine';
export type { CallContext, CallInput, CallOutput, CallMachineEvent, Party, Ringing, Awaiting } from '../engine';
