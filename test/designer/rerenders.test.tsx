import { ReactFlowProvider } from '@xyflow/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Flow, FlowNode } from '../../src/engine';
import { FlowCanvas } from '../../src/designer/FlowCanvas';
import type * as NodeShellModule from '../../src/designer/nodes/NodeShell';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { makeFlow, makeProject } from '../helpers/factories';

const renders: string[] = [];
vi.mock('../../src/designer/nodes/NodeShell', async (importOriginal) => {
  const real = await importOriginal<typeof NodeShellModule>();
  return {
    NodeShell: (props: Parameters<typeof real.NodeShell>[0]) => {
      renders.push(props.id);
      return real.NodeShell(props);
    },
  };
});

const project = makeProject({
  flow: makeFlow([{ id: 'in', type: 'incoming' }, { id: 'a', type: 'voicemail', data: { label: 'A' } }, { id: 'b', type: 'hangup', data: { label: 'B' } }], [['in', 'next', 'a']]),
});

function Canvas({ flow }: { flow: Flow }) {
  return (
    <ReactFlowProvider>
      <div style={{ width: 800, height: 600 }}>
        <FlowCanvas flow={flow} workspace={project.workspace} name="Hotline" onChange={() => {}} />
      </div>
    </ReactFlowProvider>
  );
}

describe('node components', () => {
  it('re-render only the node an edit changed', async () => {
    const flow = project.numbers[0]!.flow as Flow;
    const view = render(<Canvas flow={flow} />);
    await screen.findByText('B');
    renders.length = 0;
    const a = flow.nodes[1] as FlowNode;
    view.rerender(<Canvas flow={applyFlowChange(flow, { type: 'updateNodeData', id: 'a', data: { ...a.data, label: 'A2' } as FlowNode['data'] })} />);
    await screen.findByText('A2');
    expect(renders).toContain('a');
    expect(renders).not.toContain('b');
    expect(renders).not.toContain('in');
  });
});
