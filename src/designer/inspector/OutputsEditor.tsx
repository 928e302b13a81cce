import { handlesOf } from '../../engine';
import type { Flow, FlowNode } from '../../engine';
import { SelectField } from '../../ui/SelectField';
import { edgeFrom } from '../connections';
import { nodeDisplayName } from '../nodeName';
import type { EmitChange } from './useNodeData';

const NOWHERE = '';


/**
 * One "goes to" list per output handle, so that a flow can be wired entirely from the
 * keyboard. Choosing "Nothing" removes the edge (the call then drops there).
 */
export function OutputsEditor({ node, flow, emit }: { node: FlowNode; flow: Flow; emit: EmitChange }) {
  const handles = handlesOf(node);
  if (!handles.length) return <p>This node ends the call: it has no outputs.</p>;
  const targets = [
    { value: NOWHERE, label: 'Nothing (the call drops)' },
    ...flow.nodes
      .filter((n) => n.type !== 'incoming')
      .map((n) => ({ value: n.id, label: n.id === node.id ? `${nodeDisplayName(n)} — this node` : nodeDisplayName(n) })),
  ];
  return (
    <fieldset className="cf-outputs">
      <legend>Outputs</legend>
      {handles.map((h) => {
        const edge = edgeFrom(flow.edges, node.id, h.id);
        const value = edge && flow.nodes.some((n) => n.id === edge.target) ? edge.target : NOWHERE;
        return (
          <SelectField
            key={h.id}
            label={`${h.label} goes to`}
            value={value}
            options={targets}
            onChange={(target) =>
              emit(target === NOWHERE
                ? { type: 'disconnect', source: node.id, sourceHandle: h.id }
                : { type: 'connect', source: node.id, sourceHandle: h.id, target }, `outputs.${h.id}`)}
          />
        );
      })}
    </fieldset>
  );
}
