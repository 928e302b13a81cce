import { LiveText } from '../ui/announcer';
import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { formatPhonesIn } from '../engine';
import type { Answer, Employee, PhoneNumber, Project } from '../engine';
import { CallSetupForm } from './CallSetupForm';
import { DigitEntry } from './DigitEntry';
import { isKeypadKey } from './Keypad';
import { OutcomeCard } from './OutcomeCard';
import { RingControls } from './RingControls';
import { SaveScenario } from './SaveScenario';
import { Timeline } from './Timeline';
import { ClockControls } from './ClockControls';
import { employeeName, nodeLabel, outcomeDetails, outcomeHeadline } from './describe';
import type { CallSetup } from './setup';
import { callerOf, scenarioBase } from './setup';
import { useCallAudio } from './useCallAudio';
import type { CallControls } from './useCall';
import type { CallClockControls } from './useCallClock';
import { useCallOutcome } from './useCallOutcome';
import { useTimePicks } from './useTimePicks';
import { useAutoAnswer } from './useAutoAnswer';
import { useStore } from '../store/react';
import { Icon } from '../ui/Icon';
import { focusLost } from '../ui/focusLost';

export interface CallTabProps {
  project: Project;
  number: PhoneNumber;
  call: CallControls;
  /** The live call's clock: speed, reading, skips. */
  clock: CallClockControls;
  setup: CallSetup;
  onSetup: (setup: CallSetup) => void;
  /** Why a call cannot start (the flow has errors), or null. */
  blocked: ReactNode;
  notice: string | null;
}

/** Setup, the live call's controls, its timeline and its outcome. */
export function CallTab({ project, number, call, clock, setup, onSetup, blocked, notice }: CallTabProps) {
  const { view } = call;
  const [keys, setKeys] = useState('');
  const [muted, setMuted] = useAudioMute();
  const outcome = useCallOutcome(call, number);
  const store = useStore();
  const { picks, hoursNote } = useTimePicks(number, setup.at);
  useCallAudio(view?.context.playing ?? null, number, muted || clock.speed !== '1x');
  useAutoAnswer(call, setup);
  const caller = callerOf(setup, project.workspace);
  const live = !!view && !view.done;
  const nodeName = (id: string) => nodeLabel(number, id);

  /**
   * A control that goes with what it did (Send, Press nothing, Answer, Busy, the keypad's Delete,
   * Skip when the call ends) leaves the keyboard nowhere: once the change has rendered, focus
   * goes to the outcome if the call ended, else to Skip to next timer, else to the panel.
   */
  const panelRef = useRef<HTMLDivElement>(null);
  const keepFocus = () => requestAnimationFrame(() => requestAnimationFrame(() => {
    const root = panelRef.current;
    if (!root || !focusLost()) return;
    const heading = root.querySelector<HTMLElement>('.sim-outcome h3');
    if (heading) heading.tabIndex = -1;
    const skip = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Skip to next timer' && !b.disabled);
    (heading ?? skip ?? root).focus();
  }));
  const after = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => {
    fn(...args);
    keepFocus();
  };

  const start = () => {
    if (!caller.ok) return;
    setKeys('');
    // A call left at the rating prompt is logged first: the new one starts from the counters it moved on.
    outcome?.settle();
    const now = store.getSnapshot().project ?? project;
    // A path from the Paths tab runs from the counters it was explored with (Q3's turn), as a saved scenario does.
    const from = setup.path ? { ...now, workspace: { ...now.workspace, usage: setup.path.usage } } : now;
    call.start(from, scenarioBase(setup, number, caller.from));
  };
  const send = () => {
    if (keys && call.sendDigits(keys)) setKeys('');
  };
  /**
   * Keys typed anywhere in the call panel are the caller's while the flow takes them. Typed with
   * focus on another button (Hang up, where Start call leaves it; Skip), they take the focus to
   * Send, so that Enter then sends them: "104" and Enter used to hang up. Enter on a button is
   * that button's, as everywhere; elsewhere in the panel it sends. Text fields and selects keep their keys.
   */
  const sendRef = useRef<HTMLButtonElement>(null);
  const [toSend, setToSend] = useState(0);
  useEffect(() => {
    if (toSend) sendRef.current?.focus();
  }, [toSend]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(view?.awaitingDigits || view?.typeAhead) || takesText(e.target)) return;
    const onButton = e.target instanceof HTMLButtonElement;
    if (isKeypadKey(e.key)) {
      setKeys((k) => k + e.key);
      if (onButton && !inKeypad(e.target)) setToSend((n) => n + 1);
    } else if (e.key === 'Backspace') setKeys((k) => k.slice(0, -1));
    else if (e.key === 'Enter' && !onButton) send();
    else return;
    e.preventDefault();
  };
  const ringing = view?.context.ringing;
  const awaiting = view?.context.awaiting;

  return (
    <div className="sim-call" onKeyDown={onKeyDown} tabIndex={-1} ref={panelRef}>
      {notice && <LiveText as="p" className="sim-notice">{notice}</LiveText>}
      {setup.script && <p className="sim-notice">{setup.script}</p>}
      {!live && <CallSetupForm setup={setup} onChange={onSetup} number={number} workspace={project.workspace} picks={picks} hoursNote={hoursNote} />}
      <div className="sim-row">
        {live
          ? <button type="button" className="danger" onClick={call.hangUp}>Hang up</button>
          : <button type="button" className="primary" disabled={!!blocked || !caller.ok} onClick={start}>Start call</button>}
        <label className="checkbox"><input type="checkbox" role="switch" checked={muted} onChange={(e) => setMuted(e.target.checked)} /> Mute</label>
      </div>
      {blocked}
      {live && <ClockControls speed={clock.speed} onSpeed={clock.setSpeed} seconds={clock.seconds} onSkip={after(clock.skipToNextTimer)} />}
      {live && !view.awaitingDigits && view.typeAhead && view.context.playing && (
        <DigitEntry
          value={keys} onChange={after(setKeys)} onSend={after(send)} sendRef={sendRef}
          prompt={`${view.context.playing.nodeId ? nodeName(view.context.playing.nodeId) : 'The greeting'} is playing: keys sent now are read when it ends`}
        />
      )}
      {live && view.context.playing?.typed && <p className="sim-muted" role="status">Keyed {view.context.playing.typed}: read when the {number.flow.nodes.find((n) => n.id === view.context.playing?.nodeId)?.type === 'ivr' ? 'prompt' : 'greeting'} ends.</p>}
      {live && view.awaitingDigits && awaiting && (
        <DigitEntry
          value={keys} onChange={after(setKeys)} onSend={after(send)} onNothing={after(clock.pressNothing)} sendRef={sendRef}
          secondsLeft={awaiting.since + awaiting.ms / 1000 - clock.seconds}
          prompt={`${nodeName(awaiting.nodeId)} waits for keys${awaiting.options.length ? `: ${awaiting.options.join(', ')}` : ''}${awaiting.extensions ? ' or an extension' : ''}`}
        />
      )}
      {live && clock.slowedFor && <p className="sim-muted">The clock runs at 1× while {clock.slowedFor === 'keys' ? 'the caller may key' : 'the phone rings for your answer'}, then at 10× again.</p>}
      {live && view.ringing && ringing && (
        <RingControls
          parties={ringing.parties.map((p) => ({ key: p.key, label: formatPhonesIn(p.label) }))}
          ring={ringing.ring} rings={ringing.rings} auto={setup.auto}
          onHold={view.onHold ? 'hold music' : null}
          onAnswer={after((party: string, a: Answer) => call.answer(party, a))}
        />
      )}
      {live && view.context.playing && !view.ringing && <p className="sim-muted"><Icon name="speaker" size={14} /> {view.context.playing.text}</p>}
      {outcome && (
        <>
          <OutcomeCard
            headline={outcomeHeadline(project, number.id, outcome.result.outcome) + (outcome.transfers.length && outcome.onCall ? `, transferred to ${employeeName(project.workspace, outcome.onCall)}` : '')}
            details={outcomeDetails(outcome.result, number)}
            onRate={outcome.rating ? outcome.rate : null}
            transfer={outcome.onCall ? { employees: othersThan(project.workspace.employees, outcome.onCall), onTransfer: outcome.transfer } : null}
            notices={outcome.notices}
            onAddLead={outcome.addLead}
            reassign={outcome.reassign}
          />
          {outcome.rating && <button type="button" onClick={() => outcome.rate(null)}>Caller does not rate</button>}
          <SaveScenario scenario={outcome.scenario} usage={outcome.usage} result={outcome.result} suggestedName={outcomeHeadline(project, number.id, outcome.result.outcome)} />
        </>
      )}
      {view && <Timeline events={outcome?.transfers.length ? [...view.context.events, ...outcome.transfers] : view.context.events} nodeName={nodeName} />}
    </div>
  );
}

/** Whom a connected call can be transferred to: anyone but the employee on it. */
const othersThan = (employees: readonly Employee[], onCall: string) => employees.filter((e) => e.id !== onCall);

function useAudioMute() {
  return useState(() => defaultMuted());
}

/** Muted when the URL asks (`?mute=1`), or where nothing can speak (tests, headless browsers). */
export function defaultMuted(): boolean {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return true;
  if (typeof navigator !== 'undefined' && navigator.webdriver) return true;
  return new URLSearchParams(window.location.search).get('mute') === '1';
}

/** A field that keys go into as text: a text input (not a checkbox or radio) or a select. */
const takesText = (t: EventTarget | null) =>
  t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type !== 'checkbox' && t.type !== 'radio');
/** A key of the on-screen keypad, which Enter presses like any button. */
const inKeypad = (t: EventTarget | null) => t instanceof Element && t.closest('.sim-keypad') !== null;

