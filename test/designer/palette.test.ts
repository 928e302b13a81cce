import { describe, expect, it } from 'vitest';
import { INCOMING_EXISTS, lockedReasonFor, paletteItems } from '../../src/designer/palette';
import { makeFlow } from '../helpers/factories';

describe('paletteItems', () => {
  const withIncoming = makeFlow([{ id: 'in', type: 'incoming' }]);
  it('locks the voice menu on plans without it and the SIP node on non-SIP connections', () => {
    const items = new Map(paletteItems('free', 'rented', withIncoming).map((i) => [i.def.type, i.locked]));
    expect(items.get('ivr')).toMatch(/Start\+/);
    expect(items.get('sipTo')).toMatch(/SIP PBX/);
    expect(items.get('voicemail')).toBeNull();
    expect(items.get('incoming')).toBe(INCOMING_EXISTS);
  });
  it('unlocks them where plan and connection allow, and the inbound node when the flow lacks one', () => {
    const items = new Map(paletteItems('professional', 'sip_office', { nodes: [] }).map((i) => [i.def.type, i.locked]));
    expect([...items.values()].every((v) => v === null)).toBe(true);
    expect(lockedReasonFor('start_plus', 'app')('sipTo')).toMatch(/SIP/);
  });
});
