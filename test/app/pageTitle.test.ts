import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/app/pageTitle';

const names = (id: string) => ({ hotline: 'Hotline' } as Record<string, string>)[id] ?? null;

describe('pageTitle', () => {
  it('names what each address shows, so that a screen reader says where a link led', () => {
    expect(pageTitle('/numbers', names)).toBe('Phone numbers — Callflow Studio');
    expect(pageTitle('/numbers/hotline', names)).toBe('Hotline — Call flow — Callflow Studio');
    expect(pageTitle('/numbers/hotline/settings', names)).toBe('Hotline — Settings — Callflow Studio');
    expect(pageTitle('/workspace', names)).toBe('Workspace settings — Callflow Studio');
    expect(pageTitle('/numbers/gone', names)).toBe('Not found — Callflow Studio');
    expect(pageTitle('/nowhere', names)).toBe('Not found — Callflow Studio');
  });
});
