import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { callInputOf, CallClock, compileFlow, simulateCall } from '../../src/engine';
import type { CallContext, CallOutput, CallScenario, Project } from '../../src/engine';
import { makeFlow, makeProject, makeScenario } from '../helpers/factories';

const tts = (text: string, seconds: number) => ({ kind: 'tts', text, seconds });

/** incoming → greeting (6 s, extensions) → menu (4 s prompt; 1: sales queue, 2: Binh) → voicemail. */
function hotline(greeting: Record<string, unknown> = { allowExtensions: true }): Project {
  return makeProject({
    flow: makeFlow(
      [
        { id: 'in', type: 'incoming' },
        { id: 'greet', type: 'play', data: { melody: tts('Welcome to Acme', 6), digitWaitSeconds: 5, ...greeting } },
        { id: 'menu', type: 'ivr', data: { prompt: tts('Press 1 for sales, 2 for Binh', 4), options: [{ digit: '1' }, { digit: '2' }], timeoutSeconds: 10 } },
        { id: 'sales', type: 'queue', data: { queueId: 'sales' } },
        { id: 'binh', type: 'employee', data: { employeeId: 'binh', rings: 2 } },
        { id: 'vm', type: 'voicemail', data: { mailbox: 'lastRung' } },
      ],
      [['in', 'next', 'greet'], ['greet', 'next', 'menu'], ['greet', 'extensionNoAnswer', 'vm'], ['menu', '1', 'sales'], ['menu', '2', 'binh'],
        ['menu', 'timeout', 'vm'], ['sales', 'noAnswer', 'vm'], ['binh', 'noAnswer', 'vm']],
    ),
  });
}

/** A call driven by hand, as the simulator's Call tab drives it: nobody answers, time moves to each timer in turn. */
function start(project: Project, scenario: CallScenario) {
  const clock = new CallClock();
  const actor = createActor(compileFlow(project, scenario.numberId), { clock, input: callInputOf(scenario) });
  actor.start();
  const snap = () => actor.getSnapshot();
  return {
    clock,
    snap,
    ctx: () => snap().context as CallContext,
    canKey: (digits: string) => snap().can({ type: 'call.digits', digits }),
    key: (digits: string) => actor.send({ type: 'call.digits', digits }),
    /** Moves the clock to each next timer until the call ends. */
    finish: (): CallOutput => {
      for (let i = 0; i < 1_000 && snap().status === 'active'; i++) clock.advanceToNextTimer();
      return snap().output as CallOutput;
    },
  };
}

describe('keys typed during a greeting or a menu prompt', () => {
  it('N4 keys typed during the greeting are read when it ends', () => {
    const project = hotline();
    const scenario = makeScenario();
    const call = start(project, scenario);
    call.clock.advanceTo(2_000);
    expect(call.snap().hasTag('playing')).toBe(true);
    expect(call.ctx().playing).toMatchObject({ nodeId: 'greet', acceptsDigits: true, typed: null });
    expect(call.canKey('102')).toBe(true);
    call.key('102');
    // Still the greeting, nothing read yet; one entry per melody.
    expect(call.snap().matches({ greet: 'playing' })).toBe(true);
    expect(call.ctx().playing?.typed).toBe('102');
    expect(call.ctx().digitCursor).toBe(0);
    expect(call.canKey('101')).toBe(false);

    call.clock.advanceTo(6_000);
    expect(call.snap().matches({ greet: 'extension' })).toBe(true);
    expect(call.ctx().ringing?.parties.map((p) => p.key)).toEqual(['binh']);
    const typedAhead = call.finish();

    // The same as keying 102 the moment the greeting ended.
    const keyedAtEnd = simulateCall(project, makeScenario({ digits: ['102'] }));
    expect(typedAhead.outcome).toEqual(keyedAtEnd.outcome);
    expect(typedAhead.path).toEqual(keyedAtEnd.path);
    expect(typedAhead.events).toEqual(keyedAtEnd.events);
    expect(typedAhead.durationSeconds).toBe(keyedAtEnd.durationSeconds);
    expect(keyedAtEnd.events).toContainEqual({ t: 6, type: 'digits.received', nodeId: 'greet', text: 'Caller keyed 102' });
  });

  it('N4 a greeting without allowExtensions takes no keys while it plays', () => {
    const call = start(hotline({ allowExtensions: false }), makeScenario());
    call.clock.advanceTo(2_000);
    expect(call.snap().hasTag('playing')).toBe(true);
    expect(call.ctx().playing?.acceptsDigits).toBe(false);
    expect(call.canKey('102')).toBe(false);
  });

  it('N5 keys typed during the menu prompt are read when it ends', () => {
    const project = hotline({ allowExtensions: false });
    const call = start(project, makeScenario());
    call.clock.advanceTo(7_000);
    expect(call.snap().matches({ menu: 'prompt' })).toBe(true);
    expect(call.canKey('')).toBe(false);
    expect(call.canKey('2')).toBe(true);
    call.key('2');
    expect(call.snap().matches({ menu: 'prompt' })).toBe(true);

    call.clock.advanceTo(10_000);
    expect(call.snap().matches('binh')).toBe(true);
    const typedAhead = call.finish();

    const keyedAtEnd = simulateCall(project, makeScenario({ digits: ['2'] }));
    expect(typedAhead.path).toEqual(['in', 'greet', 'menu', 'binh', 'vm']);
    expect(typedAhead.path).toEqual(keyedAtEnd.path);
    expect(typedAhead.events).toEqual(keyedAtEnd.events);
    expect(typedAhead.outcome).toEqual(keyedAtEnd.outcome);
  });

  it('N5 an invalid entry typed during the prompt replays it, and keys typed during the replay count', () => {
    const project = hotline({ allowExtensions: false });
    const call = start(project, makeScenario());
    call.clock.advanceTo(7_000);
    call.key('7');
    call.clock.advanceTo(10_000);
    // Read at the prompt's end: invalid, so the prompt plays again at once.
    expect(call.snap().matches({ menu: 'prompt' })).toBe(true);
    expect(call.ctx().playing?.typed).toBeNull();
    call.clock.advanceTo(11_000);
    call.key('1');
    const typedAhead = call.finish();

    const keyedAtEnd = simulateCall(project, makeScenario({ digits: ['7', '1'] }));
    expect(typedAhead.path).toEqual(['in', 'greet', 'menu', 'sales', 'vm']);
    expect(typedAhead.events).toEqual(keyedAtEnd.events);
  });
});
