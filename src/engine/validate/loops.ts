import type { FlowNode } from '../schema/flow';
import type { ValidationContext } from './context';
import { listNames, nodeName } from './context';

/**
 * Is this handle taken only after someone was rung or the caller's keys were read? Such a
 * handle makes a loop harmless: each turn waits for a person. crmOwner's `unknown` and sipTo's
 * `noMatch` are decided at once and do not count (behaviour.md, loop-without-wait).
 */
function waits(node: FlowNode, handle: string): boolean {
  if (handle === 'noAnswer' || handle === 'extensionNoAnswer') return true;
  if (node.type === 'ivr') return true;
  if (node.type === 'play') return node.data.allowExtensions;
  return false;
}

/**
 * loop-without-wait: a cycle made only of handles that wait for nobody. Finds the strongly
 * connected components of the graph of such handles (Tarjan, iterative so that a long chain
 * cannot overflow the stack) — O(nodes + edges).
 */
export function checkLoops(ctx: ValidationContext): void {
  const next = new Map<string, string[]>();
  const selfLoops = new Set<string>();
  for (const [id, byHandle] of ctx.wired) {
    const node = ctx.nodes.get(id) as FlowNode;
    const targets: string[] = [];
    for (const [handle, edge] of byHandle) {
      if (waits(node, handle)) continue;
      if (edge.target === id) selfLoops.add(id);
      targets.push(edge.target);
    }
    if (targets.length > 0) next.set(id, targets);
  }

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of ctx.nodes.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; i: number }[] = [{ id: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; i: number };
      const targets = next.get(frame.id) ?? [];
      if (frame.i < targets.length) {
        const t = targets[frame.i++] as string;
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ id: t, i: 0 });
        } else if (onStack.has(t)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(t) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1 || selfLoops.has(frame.id)) components.push(component);
      }
    }
  }

  const order = new Map([...ctx.nodes.keys()].map((id, i) => [id, i]));
  for (const component of components) {
    component.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    const names = component.map((id) => nodeName(ctx.nodes.get(id) as FlowNode));
    const what = component.length === 1 ? `${names[0]} leads back to itself` : `${listNames(names)} lead round in a loop`;
    ctx.error('loop-without-wait',
      `${what} without ringing anyone or reading the caller's keys, so a call would go round it forever. Put a ring step or a voice menu on the loop, or break it.`,
      { nodeId: component[0] as string });
  }
}
