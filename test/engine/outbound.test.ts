import { describe, expect, it } from 'vitest';
import { routeOutbound } from '../../src/engine';
import { makeProject } from '../helpers/factories';

/** n1 (*123*, everyone), n2 (*12*, only Anna), n3 (*1234*, disconnected); the default is n1 unless said otherwise. */
function project(opts: { defaultOutboundNumberId?: string | null; n1?: Record<string, unknown> } = {}) {
  return makeProject({
    workspace: { defaultOutboundNumberId: opts.defaultOutboundNumberId === undefined ? 'n1' : opts.defaultOutboundNumberId },
    number: { settings: { outbound: { selectable: true, prefix: '*123*', allowedEmployeeIds: [] } }, ...opts.n1 },
    numbers: [
      { id: 'n2', kind: 'rented', number: '+842871234568', name: 'Sales line', settings: { outbound: { selectable: true, prefix: '*12*', allowedEmployeeIds: ['anna'] } } },
      { id: 'n3', kind: 'rented', number: '+842871234569', name: 'Old line', status: 'disconnected', settings: { outbound: { selectable: true, prefix: '*1234*' } } },
      { id: 'n4', kind: 'rented', number: '+842871234570', name: 'Hidden', settings: { outbound: { selectable: false, prefix: '*9*' } } },
    ],
  });
}

describe('routeOutbound', () => {
  it('O1 spaces, dashes, dots and brackets are ignored', () => {
    expect(routeOutbound(project(), 'binh', '*123* (212) 559-96.76')).toEqual({ ok: true, numberId: 'n1', destination: '2125599676', extension: null });
  });

  it('O1 any other character is invalid-number', () => {
    for (const dialed of ['*123*212x5599676', '212/559', '+1 212 555 CALL']) {
      const route = routeOutbound(project(), 'binh', dialed);
      expect(route, dialed).toMatchObject({ ok: false, code: 'invalid-number' });
    }
    expect(routeOutbound(project(), 'binh', '212x')).toMatchObject({ message: expect.stringContaining("contains 'x'") });
  });

  it('O2 the longest matching prefix of a selectable number wins, without the prefix', () => {
    expect(routeOutbound(project(), 'anna', '*12*12125599676')).toEqual({ ok: true, numberId: 'n2', destination: '12125599676', extension: null });
    expect(routeOutbound(project(), 'anna', '*123*12125599676')).toEqual({ ok: true, numberId: 'n1', destination: '12125599676', extension: null });
  });

  it('O2 a prefix of a number that is not selectable is not used', () => {
    expect(routeOutbound(project(), 'anna', '*9*12125599676')).toMatchObject({ ok: false, code: 'invalid-number' });
  });

  it('O2 the employee must be allowed on the chosen number (empty list: everyone), and must exist', () => {
    expect(routeOutbound(project(), 'binh', '*12*12125599676')).toMatchObject({ ok: false, code: 'not-allowed', message: expect.stringContaining("Binh may not make calls from Sales line") });
    expect(routeOutbound(project(), 'ghost', '*123*12125599676')).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('O2 a disconnected number is number-disconnected', () => {
    expect(routeOutbound(project(), 'anna', '*1234*12125599676')).toMatchObject({ ok: false, code: 'number-disconnected', message: expect.stringContaining('Old line') });
  });

  it("O3 no prefix: the workspace's default outbound number, with the allowed-employee rule", () => {
    expect(routeOutbound(project(), 'binh', '+12125599676')).toEqual({ ok: true, numberId: 'n1', destination: '+12125599676', extension: null });
    expect(routeOutbound(project({ n1: { settings: { outbound: { selectable: false, prefix: null, allowedEmployeeIds: ['anna'] } } } }), 'binh', '12125599676'))
      .toMatchObject({ ok: false, code: 'not-allowed' });
    expect(routeOutbound(project({ defaultOutboundNumberId: 'n3' }), 'anna', '12125599676')).toMatchObject({ ok: false, code: 'number-disconnected' });
  });

  it('O3 no prefix and no default is no-route', () => {
    expect(routeOutbound(project({ defaultOutboundNumberId: null }), 'anna', '12125599676')).toMatchObject({ ok: false, code: 'no-route', message: expect.stringContaining('no default outbound number') });
  });

  it('O4 a ;, # or , after the prefix separates an extension', () => {
    expect(routeOutbound(project(), 'anna', '*123*12125599676;45')).toEqual({ ok: true, numberId: 'n1', destination: '12125599676', extension: '45' });
    expect(routeOutbound(project(), 'anna', '*123*12125599676#45')).toMatchObject({ destination: '12125599676', extension: '45' });
    expect(routeOutbound(project(), 'anna', '*123*12125599676,45')).toMatchObject({ destination: '12125599676', extension: '45' });
    expect(routeOutbound(project(), 'anna', '*123*12125599676;')).toMatchObject({ ok: true, extension: null });
  });

  it('O4 one separator only: a second ; or , in the extension is refused, saying so', () => {
    for (const dialed of ['*123*12125599676;;5', '*123*12125599676,1,2']) {
      expect(routeOutbound(project(), 'anna', dialed), dialed).toMatchObject({ ok: false, code: 'invalid-number', message: expect.stringContaining('contains another') });
    }
    expect(routeOutbound(project(), 'anna', '*123*12125599676;45#')).toMatchObject({ ok: true, extension: '45#' });
  });

  it('O4 the destination is 3–15 digits with an optional leading +', () => {
    expect(routeOutbound(project(), 'anna', '*123*+12125599676')).toMatchObject({ ok: true, destination: '+12125599676' });
    expect(routeOutbound(project(), 'anna', '*123*112')).toMatchObject({ ok: true, destination: '112' });
    for (const dialed of ['*123*12', '*123*1234567890123456', '*123*', '*123*;45', '*123*12+3', '*123**5']) {
      expect(routeOutbound(project(), 'anna', dialed), dialed).toMatchObject({ ok: false, code: 'invalid-number' });
    }
  });
});
