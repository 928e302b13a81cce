import type { ReactNode } from 'react';
import type { FlowIssue, QueueGroup, Workspace } from '../../engine';
import { DISTRIBUTIONS, PLAN_LABELS, RING_SECONDS } from '../../engine';
import { PlanLock } from '../../ui/PlanLock';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorsAt } from '../fieldIssues';
import { planAllows, unlockingPlanNames } from '../plans';
import { DISTRIBUTION_LABELS, parseExtension, parseName, QUEUE_RINGS as RINGS } from './fields';
import { MemberList } from './MemberList';

/** "3 rings = 15 s". */
export function ringsText(rings: number): string {
  return `${rings} rings = ${rings * RING_SECONDS} s`;
}

/**
 * A field with a short visible caption ("Name") over a control whose accessible name says
 * whose it is ("Name of queue group Sales"), so that names stay unique across cards while the
 * card's columns keep one width as the group's name is typed. The caption is hidden from
 * assistive technology, which reads the control's own (longer) label, starting with the same word.
 */
function Captioned({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="queue-field">
      <span className="queue-field-caption" aria-hidden="true">{caption}</span>
      {children}
    </div>
  );
}

interface Props {
  queue: QueueGroup;
  workspace: Workspace;
  issues: readonly FlowIssue[];
  onChange: (fn: (q: QueueGroup) => QueueGroup) => void;
  onRemove: () => void;
  /** Takes a member out of this group, with Undo. */
  onRemoveMember?: (id: string, name: string) => void;
}

/** One queue group: name, extension, distribution (all at once is plan-gated), rings, members. */
export function QueueCard({ queue: q, workspace, issues, onChange, onRemove, onRemoveMember }: Props) {
  const label = q.name.trim() || q.id;
  const allUnlocked = planAllows(workspace.plan, 'distributionAll');
  return (
    <article className="card" aria-label={`Queue group ${label}`} data-field={`workspace.queues.${q.id}`}>
      <div className="queue-fields">
        <Captioned caption="Name">
          <TextField hideLabel label={`Name of queue group ${label}`} value={q.name} format={(v) => v} parse={(t) => parseName(t, 'The name')} onCommit={(name) => onChange((x) => ({ ...x, name }))} />
        </Captioned>
        <Captioned caption="Extension">
          <TextField
            hideLabel
            label={`Extension of queue group ${label}`}
            inputMode="numeric"
            size={5}
            value={q.extension ?? null}
            format={(v) => v ?? ''}
            parse={(t) => parseExtension(workspace, q.id, t)}
            onCommit={(extension) => onChange((x) => ({ ...x, extension }))}
            savedErrors={errorsAt(issues, `workspace.queues.${q.id}.extension`)}
            hint="Optional, 1–4 digits."
          />
        </Captioned>
        <Captioned caption="Distribution">
          <SelectField
            hideLabel
            label={`Distribution of ${label}`}
            value={q.distribution}
            options={DISTRIBUTIONS.map((d) => ({ value: d, label: DISTRIBUTION_LABELS[d], disabled: d === 'all' && !allUnlocked && q.distribution !== 'all' }))}
            onChange={(distribution) => onChange((x) => ({ ...x, distribution }))}
            description={allUnlocked ? undefined : (
              <PlanLock feature="Ringing all members at once" plans={unlockingPlanNames('distributionAll')} current={PLAN_LABELS[workspace.plan]} />
            )}
          />
        </Captioned>
        <Captioned caption="Rings per member">
          <SelectField
            hideLabel
            label={`Rings per member in ${label}`}
            value={String(q.rings)}
            options={RINGS.map((r) => ({ value: String(r), label: ringsText(r) }))}
            onChange={(v) => onChange((x) => ({ ...x, rings: Number(v) }))}
          />
        </Captioned>
      </div>
      {errorsAt(issues, `workspace.queues.${q.id}.memberIds`).map((m) => <p key={m} className="field-error">{m}</p>)}
      <MemberList queueName={label} memberIds={q.memberIds} employees={workspace.employees} onChange={(memberIds) => onChange((x) => ({ ...x, memberIds }))} onRemove={onRemoveMember} />
      <button type="button" onClick={onRemove}>Delete queue group {label}</button>
    </article>
  );
}
