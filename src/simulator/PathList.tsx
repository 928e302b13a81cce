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

/** The inputs of a scenario in words: who, when, keys, answers. */
export function inputsText(project: Project, s: CallScenario): string[] {
  const zone = project.numbers.find((n) => n.id === s.numberId)?.settings.hours.timezone ?? 'UTC';
  const lines = [`From ${formatPhone(s.from)} at ${zonedText(s.at, zone)} (${zone})`];
  if (!s.serviceAvailable) lines.push('Service unavailable');
  if (s.sipToExtension) lines.push(`SIP To: ${s.sipToExtension}`);
  if (s.digits.length) lines.push(`Keys: ${s.digits.map((d) => d ?? 'nothing').join(', then ')}`);
  const answers = Object.entries(s.answers).map(([who, a]) => `${project.workspace.employees.some((e) => e.id === who) ? employeeName(project.workspace, who) : formatPhone(who)}: ${Array.isArray(a) ? a.join(', ') : a}`);
  if (answers.length) lines.push(`Answers: ${answers.join('; ')}`);
  return lines;
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
            <ul className="sim-muted">{inputsText(project, p.scenario).map((l) => <li key={l}>{l}</li>)}</ul>
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
