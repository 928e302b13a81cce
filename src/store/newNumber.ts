import { PhoneNumber } from '../engine';
import type { PhoneNumber as PhoneNumberT } from '../engine';
import type { NewNumber } from './types';

/** A new number's flow: just the incoming node, so the designer opens on something to connect. */
const STARTER_FLOW = { nodes: [{ id: 'start', type: 'incoming', position: { x: 0, y: 0 }, data: {} }], edges: [] };

/** A complete PhoneNumber from what the Add number form asks for, defaults filled in by the engine's schema. */
export function newNumber(input: NewNumber, id: string): PhoneNumberT {
  return PhoneNumber.parse({ flow: STARTER_FLOW, ...input, id });
}
