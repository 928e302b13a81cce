import type { CallScenario, ExploredPath, PhoneNumber, Project } from '../engine';
import { formatPhone } from '../engine';
import { employeeName, nodeLabel, outcomeHeadline } from './describe';
import { zonedText } from './zoned';

export interface PathListProps {
  project: Project;
  number: PhoneNumber;
  paths: readonly ExploredPath[];
  onShow: (path: ExploredPath) => void;
  onSimulate: (path: ExploredPath) => void;
}

const ANSWERED: Record<string, string> = { answer: 'answers', noAnswer: 'does not answer', busy: 'busy' };

/**
 * The inputs of a scenario in words: who, when, keys, answers. `waits`: the call passes a wait
 * for keys, so a scenario that keys nothing says so (the menu's timeout path, for one).
 */
export function inputsText(project: Project, s: CallScenario, waits = false): string[] {
  const zone = project.numbers.find((n) => n.id === s.numberId)?.settings.hours.timezone ?? 'UTC';
  const lines = [`From ${formatPhone(s.from)} at ${zonedText(s.at, zone)} (${zone})`];
  if (!s.serviceAvailable) lines.push('Service unavailable');
  if (s.sipToExtension) lines.push(`SIP To: ${s.sipToExtension}`);
  if (s.digits.some((d) => d)) lines.push(`Keys: ${s.digits.map((d) => d ?? 'nothing').join(', then ')}`);
  else if (waits) lines.push('Keys: none; every wait for keys runs out');
  const answers = Object.entries(s.answers).map(([who, a]) => `${partyName(project, who)} ${(Array.isArray(a) ? a : [a]).map((x) => ANSWERED[x] ?? x).join(', then ')}`);
  if (answers.length) lines.push(`Answers: ${answers.join('; ')}`);
  return lines;
}

/** Who a scenario's answer key names: an employee, an employee's mobile ("Binh Nguyen's mobile +84 …"), or a number. */
function partyName(project: Project, key: string): string {
  const ws = project.workspace;
  if (ws.employees.some((e) => e.id === key)) return employeeName(ws, key);
  const owner = ws.employees.find((e) => e.mobile && e.mobile.replace(/[^\d+]/g, '') === key.replace(/[^\d+]/g, ''));
  return owner ? `${owner.name}’s mobile ${formatPhone(key)}` : formatPhone(key);
}

/** Every way a call can end, with its path and the inputs that produce it. */
export function PathList({ project, number, paths, onShow, onSimulate }: PathListProps) {
  return (
    <ol className="sim-paths" aria-label="Paths">
      {paths.map((p, i) => {
        const name = `path ${i + 1}`;
        return (
          <li key={i}>
            <strong>{outcomeHeadline(project, number.id, p.outcome)}</strong>
            <p>{p.path.map((id) => nodeLabel(number, id)).join(' → ')}</p>
            <ul className="sim-muted">{inputsText(project, p.scenario, passesWait(number, p.path)).map((l) => <li key={l}>{l}</li>)}</ul>
            <div className="sim-row">
              <button type="button" aria-label={`Show on canvas: ${name}`} onClick={() => onShow(p)}>Show on canvas</button>
              <button type="button" aria-label={`Simulate this: ${name}`} onClick={() => onSimulate(p)}>Simulate this</button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Does the path enter a node that waits for keys: a voice menu, or a greeting with extensions? */
function passesWait(number: PhoneNumber, path: readonly string[]): boolean {
  return path.some((id) => {
    const n = number.flow.nodes.find((x) => x.id === id);
    return n?.type === 'ivr' || (n?.type === 'play' && (n.data as { allowExtensions?: boolean }).allowExtensions === true);
  });
}
