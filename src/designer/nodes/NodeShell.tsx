import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { nodeView, unlabelledName } from '../../engine/view';
import { outputCentre } from './geometry';
import { Icon } from '../../ui/Icon';
import type { CallNode } from './types';

const severityCount = (issues: CallNode['data']['issues'], s: 'error' | 'warning') => issues.filter((i) => i.severity === s).length;

/**
 * The body every node kind shares: icon, kind, label, summary lines and one labelled output
 * row per handle. Its box has the exact size `nodeLayout` computed, so React Flow never needs
 * to measure it.
 */
export function NodeShell({ data, selected }: NodeProps<CallNode>) {
  const { node, layout, issues, issuesId, state, stateText, locked } = data;
  const def = nodeView(node.type);
  const errors = severityCount(issues, 'error');
  const warnings = severityCount(issues, 'warning');
  const classes = ['cf-node', `cf-node--${node.type}`];
  if (selected) classes.push('is-selected');
  if (state) classes.push(`is-${state}`);
  if (errors) classes.push('has-errors');
  else if (warnings) classes.push('has-warnings');
  if (locked) classes.push('is-locked');
  return (
    <div className={classes.join(' ')} style={{ width: layout.width, height: layout.height }} data-state={state ?? undefined}>
      {node.type !== 'incoming' && <Handle type="target" position={Position.Top} className="cf-handle cf-handle--in" />}
      <div className="cf-node__head">
        <span className="cf-node__icon"><Icon name={def?.icon ?? ''} size={14} /></span>
        <span className="cf-node__kind">{def?.title ?? node.type}</span>
        {locked && <span className="cf-node__lock" title={locked}><Icon name="lock" size={13} /></span>}
        {(errors > 0 || warnings > 0) && (
          <span className={`cf-node__marker ${errors ? 'is-error' : 'is-warning'}`} aria-hidden="true" title={issues.map((i) => i.message).join('\n')}>
            <Icon name={errors ? 'error' : 'warning'} size={12} /> {errors || warnings}
          </span>
        )}
      </div>
      {/* Unlabelled, its id: the name the "goes to" lists and the issues give it, and two such nodes differ. */}
      <div className="cf-node__label">{node.data.label || (node.type === 'incoming' ? def?.title : <span className="cf-node__id">{unlabelledName(node)}</span>)}</div>
      {layout.lines.map((line, i) => (
        <div key={i} className="cf-node__line">{line}</div>
      ))}
      {layout.outputs.map((h, i) => (
        <div key={h.id} className="cf-node__out" style={{ top: outputCentre(layout, i) }}>
          <span className="cf-node__out-label">{h.label}</span>
        </div>
      ))}
      {layout.outputs.map((h, i) => (
        <Handle key={h.id} type="source" id={h.id} position={Position.Right} className="cf-handle" style={{ top: outputCentre(layout, i) }} title={h.label} />
      ))}
      {state === 'ringing' && stateText && <div className="cf-node__ringing" role="status">{stateText}</div>}
      {/* The simulator's live node, in words for screen readers reading the canvas (the green ring is only
          visual). Not a live region: the simulator's call log announces each node as the call enters it. */}
      {state === 'active' && <div className="cf-sr-only">The call is at {node.data.label || def?.title || node.type}</div>}
      {issuesId && (
        <div id={issuesId} className="cf-sr-only">
          {[errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ')}
          {': '}
          {issues.map((i) => i.message).join(' ')}
        </div>
      )}
      {locked && <div className="cf-sr-only">{locked}</div>}
    </div>
  );
}
