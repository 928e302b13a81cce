import { z } from 'zod';
import { Label, Melody } from '../schema/common';

/** Fields every node's data may carry. */
export const base = { label: Label };

export const optionalMelody = Melody.optional();
export { Melody, z };
export { describeMelody, employeeName, EXTENSION_NO_ANSWER, NO_ANSWER, rings } from '../views/shared';
