/**
 * The project format's name and version. Apart from the schemas, so that the designer's first
 * paint can check a stored row's version without loading zod (see src/store/peek.ts).
 */
export const FORMAT = 'callflow-studio/project';
export const CURRENT_VERSION = 1;
