import type { PhoneNumber } from '../schema/number';
import type { Project } from '../schema/project';
import type { Employee, QueueGroup, Workspace } from '../schema/workspace';
import type { Melody } from '../schema/common';
import type { HoldMusic } from '../schema/settings';
import type { Party } from './types';

/** Digits and a leading +: how phone numbers are compared ("+1 (415) 555-0100" = "+14155550100"). */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s\-().]/g, '');
}

const STATUS_TEXT: Record<Employee['status'], string> = {
  working: 'working',
  not_started: 'has not started the day',
  on_break: 'on a break',
  finished: 'has finished the day',
};

const LANGUAGE: Record<string, string> = { en: 'English', de: 'German', ru: 'Russian', uk: 'Ukrainian', es: 'Spanish', pt: 'Portuguese' };

/** What the compiled machine needs to know about the workspace and the number, indexed once at compile time. */
export class World {
  readonly workspace: Workspace;
  readonly number: PhoneNumber;
  private readonly employees = new Map<string, Employee>();
  private readonly queues = new Map<string, QueueGroup>();
  private readonly employeeByExtension = new Map<string, Employee>();
  private readonly queueByExtension = new Map<string, QueueGroup>();

  constructor(project: Project, number: PhoneNumber) {
    this.workspace = project.workspace;
    this.number = number;
    // First in list order wins where validation would report a duplicate.
    for (const e of project.workspace.employees) {
      if (!this.employees.has(e.id)) this.employees.set(e.id, e);
      if (e.extension && !this.employeeByExtension.has(e.extension)) this.employeeByExtension.set(e.extension, e);
    }
    for (const q of project.workspace.queues) {
      if (!this.queues.has(q.id)) this.queues.set(q.id, q);
      if (q.extension && !this.queueByExtension.has(q.extension) && !this.employeeByExtension.has(q.extension)) this.queueByExtension.set(q.extension, q);
    }
  }

  get settings() {
    return this.number.settings;
  }

  employee(id: string | null | undefined): Employee | undefined {
    return id ? this.employees.get(id) : undefined;
  }

  queue(id: string | null | undefined): QueueGroup | undefined {
    return id ? this.queues.get(id) : undefined;
  }

  employeeWithExtension(ext: string): Employee | undefined {
    return this.employeeByExtension.get(ext);
  }

  queueWithExtension(ext: string): QueueGroup | undefined {
    return this.queueByExtension.get(ext);
  }

  /** All extensions that ring someone, employees' first. */
  extensions(): string[] {
    return [...this.employeeByExtension.keys(), ...this.queueByExtension.keys()];
  }

  hasEmployeeExtensions(): boolean {
    return this.employeeByExtension.size > 0;
  }

  hasQueueExtensions(): boolean {
    return this.queueByExtension.size > 0;
  }

  /** Which ways of ringing a queue reached by its extension can take: one member at a time, all at once. */
  dialledQueueWays(): { oneByOne: boolean; all: boolean } {
    const qs = [...this.queueByExtension.values()];
    return { oneByOne: qs.some((q) => q.distribution !== 'all'), all: qs.some((q) => q.distribution === 'all') };
  }

  /** The same for a queue node: nothing when the queue is missing. */
  queueWays(id: string | null): { oneByOne: boolean; all: boolean } {
    const q = this.queue(id);
    return { oneByOne: !!q && q.distribution !== 'all', all: q?.distribution === 'all' };
  }

  /** B6: why an employee is skipped, or null when they are rung. */
  skipReason(e: Employee): string | null {
    if (!this.settings.skipUnavailableUsers || !this.workspace.worktimeEnabled || e.status === 'working') return null;
    return STATUS_TEXT[e.status];
  }

  /** B4: the first record with the caller's number, unless the number is on the exception list. */
  lookup(from: string): { recordId: string | null; responsibleId: string | null } {
    const caller = normalizePhone(from);
    const crm = this.workspace.crm;
    if (crm.exceptions.some((x) => normalizePhone(x) === caller)) return { recordId: null, responsibleId: null };
    const record = crm.records.find((r) => r.phones.some((p) => normalizePhone(p) === caller));
    return record ? { recordId: record.id, responsibleId: record.responsibleId } : { recordId: null, responsibleId: null };
  }

  employeeParty(e: Employee): Party {
    return { key: e.id, kind: 'employee', employeeId: e.id, number: null, label: employeeLabel(e) };
  }

  describeHoldMusic(): string {
    return describeHold(this.settings.holdMusic);
  }
}

/** "Binh (102)", or "Binh" without an extension. */
export function employeeLabel(e: Employee): string {
  return e.extension ? `${e.name} (${e.extension})` : e.name;
}

export function describeHold(m: HoldMusic): string {
  return m.kind === 'builtin' ? `hold music (${LANGUAGE[m.language] ?? m.language})` : m.fileName;
}

/** How a melody reads in the call log: the text of a TTS, else its name. */
export function melodyText(m: Melody): string {
  switch (m.kind) {
    case 'tts': return m.text;
    case 'builtin': return `built-in melody “${m.id}”`;
    case 'upload': return `uploaded file ${m.assetId}`;
  }
}
