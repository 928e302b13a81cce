import type { Usage } from './workspace';
import type { Outcome } from './scenario';

/** One line of the call log. `t` is seconds since the call arrived. */
export interface CallEvent {
  t: number;
  type: string;
  text: string;
  nodeId?: string;
}

export interface CallResult {
  outcome: Outcome;
  path: string[];
  events: CallEvent[];
  durationSeconds: number;
  recording: { made: boolean; accessible: boolean; announced: boolean; transcribed: boolean };
  rating: number | null;
  crm: { recordId: string | null; leadCreated: { source: string } | null };
  callbacks: { attempt: number; at: string }[];
  usage: Usage;
}

export interface FlowIssue {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
}

export type OutboundRoute =
  | { ok: true; numberId: string; destination: string; extension: string | null }
  | { ok: false; code: string; message: string };
