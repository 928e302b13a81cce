import { parseProject } from '../../src/engine';
import type { CallScenario, CallScenarioInput, FlowEdge, Project, ProjectInput } from '../../src/engine';
import { CallScenario as CallScenarioSchema } from '../../src/engine';

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** A node as written in a test: id, type and the data fields that matter; position is filled in. */
export interface NodeSpec {
  id: string;
  type: string;
  data?: Record<string, unknown>;
}

/** `['a', 'next', 'b']` is an edge from a's `next` handle to b. */
export type EdgeSpec = [source: string, handle: string, target: string];

/** A flow from compact node and edge specs. */
export function makeFlow(nodes: NodeSpec[], edges: EdgeSpec[] = []) {
  return {
    nodes: nodes.map((n, i) => ({ id: n.id, type: n.type, position: { x: 0, y: i * 120 }, data: n.data ?? {} })),
    edges: edges.map(([source, sourceHandle, target], i): FlowEdge => ({ id: `e${i + 1}`, source, sourceHandle, target })),
  };
}

export const BASE_WORKSPACE = {
  name: 'Test Co',
  plan: 'professional',
  worktimeEnabled: true,
  defaultBackupNumber: null,
  defaultOutboundNumberId: null,
  employees: [
    { id: 'anna', name: 'Anna', extension: '101', mobile: '+84901000101', status: 'working' },
    { id: 'binh', name: 'Binh', extension: '102', mobile: '+84901000102', status: 'working' },
    { id: 'chi', name: 'Chi', extension: '103', mobile: null, status: 'on_break' },
  ],
  queues: [{ id: 'sales', name: 'Sales', extension: '500', memberIds: ['anna', 'binh'], distribution: 'in_order', rings: 3 }],
  crm: {
    records: [{ id: 'acme', kind: 'company', name: 'Acme', phones: ['+14155550100'], responsibleId: 'binh' }],
    exceptions: ['+14155550199'],
  },
  usage: { recordings: { month: '2026-11', count: 0 }, queueCursor: {} },
} as const;

export interface MakeProjectOptions {
  /** The flow of number `n1`. Default: incoming → voicemail. */
  flow?: ReturnType<typeof makeFlow>;
  workspace?: DeepPartial<ProjectInput['workspace']>;
  /** Fields of number `n1` besides its flow. */
  number?: Record<string, unknown>;
  /** More numbers after `n1`. */
  numbers?: Record<string, unknown>[];
}

/** A valid, parsed project with one rented number `n1` (+842871234567) in a professional-plan workspace. */
export function makeProject(opts: MakeProjectOptions = {}): Project {
  const flow = opts.flow ?? makeFlow([{ id: 'in', type: 'incoming' }, { id: 'vm', type: 'voicemail' }], [['in', 'next', 'vm']]);
  return parseProject({
    format: 'callflow-studio/project',
    version: 1,
    workspace: { ...BASE_WORKSPACE, ...opts.workspace },
    numbers: [
      { id: 'n1', kind: 'rented', number: '+842871234567', name: 'Hotline', flow, ...opts.number },
      ...(opts.numbers ?? []),
    ],
  });
}

/** A call to `n1` from a stranger at 10:00 Ho Chi Minh time on Thursday 26 Nov 2026. */
export function makeScenario(overrides: Partial<CallScenarioInput> = {}): CallScenario {
  return CallScenarioSchema.parse({ numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z', ...overrides });
}
