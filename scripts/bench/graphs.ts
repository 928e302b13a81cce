import { handlesOf, nodeKind } from '../../src/engine';
import type { Project } from '../../src/engine';
import { generatedProject } from '../../test/helpers/generateFlow';

/** The benchmark's n-node flow: generateFlow laid out on a grid, as a user's large flow would be after auto-layout. */
export function benchProject(n: number): Project {
  const project = generatedProject(n, 7);
  const number = project.numbers[0]!;
  const cols = Math.ceil(Math.sqrt(n * 2));
  const nodes = number.flow.nodes.map((node, i) => ({ ...node, position: { x: (i % cols) * 280, y: Math.floor(i / cols) * 180 } }));
  return {
    ...project,
    workspace: { ...project.workspace, name: `Bench ${n}` },
    numbers: [{ ...number, id: `bench${n}`, name: `Bench ${n} nodes`, flow: { ...number.flow, nodes } }],
  };
}

/** The same graph for the bare React Flow page: positions, handles, and the lines the designer shows. */
export function bareGraph(project: Project) {
  const flow = project.numbers[0]!.flow;
  return {
    nodes: flow.nodes.map((node) => ({
      id: node.id,
      type: nodeKind(node.type)?.title ?? node.type,
      position: node.position ?? { x: 0, y: 0 },
      data: { label: node.data.label },
      handles: handlesOf(node).map((h) => h.label),
      lines: nodeKind(node.type)?.summary(node.data as never, project.workspace) ?? [],
    })),
    edges: flow.edges.map((e) => {
      const source = flow.nodes.find((n) => n.id === e.source);
      const label = source ? handlesOf(source).find((h) => h.id === e.sourceHandle)?.label ?? e.sourceHandle : e.sourceHandle;
      return { id: e.id, source: e.source, sourceHandle: label, target: e.target };
    }),
  };
}
