import { LiveText } from '../../ui/announcer';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { parseProjectText, ProjectFormatError, validateNumber } from '../../engine';
import type { FormatProblem, NumberKind, Project } from '../../engine';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Toast } from '../../ui/Toast';
import { AddNumberDialog } from './AddNumberDialog';
import { ImportProblemsDialog } from './ImportProblemsDialog';
import { numberRows } from './numberSummary';
import { NumbersTable } from './NumbersTable';
import './numbers.css';

export interface NumbersViewProps {
  project: Project;
  onAdd: (input: { kind: NumberKind; number: string; name: string }) => void;
  /** Adds a copy of number `id` under the phone number and name given; returns the copy's name, or null when the number is gone. */
  onDuplicate: (id: string, as: { number: string; name: string }) => string | null;
  /** Deletes at once; returns an Undo that puts the number back, or null when there was none. */
  onDelete: (id: string) => (() => void) | null;
  onImport: (text: string) => Promise<{ ok: true } | { ok: false; issues: FormatProblem[] }>;
  onExport: () => void;
}

type Modal =
  | { kind: 'add' }
  | { kind: 'duplicate'; id: string }
  | { kind: 'delete'; id: string; name: string }
  | { kind: 'confirmImport'; fileName: string; text: string; incoming: Project }
  | { kind: 'problems'; fileName: string; problems: FormatProblem[]; total?: number };

interface ToastState {
  text: string;
  undo?: () => void;
  /** What the notice says once Undo has run. */
  undone?: string;
}

function problemsOf(text: string): { ok: true; project: Project } | { ok: false; problems: FormatProblem[]; total?: number } {
  try {
    return { ok: true, project: parseProjectText(text) };
  } catch (e) {
    if (e instanceof ProjectFormatError) return { ok: false, problems: e.issues, total: e.total };
    return { ok: false, problems: [{ path: '(root)', message: e instanceof Error ? e.message : String(e) }] };
  }
}

/** The Numbers screen without the store: the table, its toolbar, and the add, delete and import dialogs. */
export function NumbersView({ project, onAdd, onDuplicate, onDelete, onImport, onExport }: NumbersViewProps) {
  const [modal, setModal] = useState<Modal | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  const [importing, setImporting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => numberRows(project), [project]);
  const close = useCallback(() => setModal(null), []);
  const dismissToast = useCallback(() => setToast(null), []);
  const copyOf = modal?.kind === 'duplicate' ? project.numbers.find((n) => n.id === modal.id) : undefined;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = ''; // so that choosing the same file again, after fixing it, fires again
    const checked = problemsOf(text);
    setModal(checked.ok
      ? { kind: 'confirmImport', fileName: file.name, text, incoming: checked.project }
      : { kind: 'problems', fileName: file.name, problems: checked.problems, total: checked.total });
  };

  // A file input hidden behind its label opens on Space but not on Enter, unlike a button.
  const onFileKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    e.currentTarget.click();
  };

  const confirmImport = async (m: Extract<Modal, { kind: 'confirmImport' }>) => {
    // A large bundle takes seconds to store: close the dialog (no second click) and show progress.
    setModal(null);
    setImporting(true);
    let result: Awaited<ReturnType<typeof onImport>>;
    try {
      result = await onImport(m.text);
    } finally {
      setImporting(false);
    }
    if (!result.ok) {
      setModal({ kind: 'problems', fileName: m.fileName, problems: result.issues });
      return;
    }
    setModal(null);
    setToast({ text: importedText(m.incoming) });
  };

  const confirmDelete = (m: Extract<Modal, { kind: 'delete' }>) => {
    const undo = onDelete(m.id);
    setModal(null);
    // The row and its Delete button are gone: put focus somewhere stable.
    headingRef.current?.focus();
    if (undo) setToast({ text: `Deleted “${m.name}”.`, undo, undone: `Restored “${m.name}”.` });
  };

  return (
    <div className="page numbers-page">
      <h1 ref={headingRef} tabIndex={-1}>Phone numbers</h1>
      <div className="numbers-toolbar" role="toolbar" aria-label="Numbers">
        <button type="button" className="primary" onClick={() => setModal({ kind: 'add' })}>Add number</button>
        <label className="button file-button">
          Import bundle
          <input type="file" accept=".json,application/json" aria-label="Import bundle" className="visually-hidden" onKeyDown={onFileKey} onChange={(e) => void onFile(e)} />
        </label>
        <button type="button" onClick={onExport}>Export</button>
      </div>
      {importing && (
        <LiveText as="p" className="numbers-progress">
          <progress aria-label="Importing the bundle" /> Importing…
        </LiveText>
      )}
      <NumbersTable
        rows={rows}
        onDuplicate={(id) => setModal({ kind: 'duplicate', id })}
        onDelete={(id) => setModal({ kind: 'delete', id, name: project.numbers.find((n) => n.id === id)?.name ?? id })}
      />

      {modal?.kind === 'add' && (
        <AddNumberDialog
          existing={project.numbers}
          onCancel={close}
          onAdd={(input) => {
            onAdd(input);
            setModal(null);
            setToast({ text: `Added “${input.name}”.` });
          }}
        />
      )}
      {modal?.kind === 'duplicate' && copyOf && (
        <AddNumberDialog
          existing={project.numbers}
          copyOf={copyOf}
          onCancel={close}
          onAdd={(input) => {
            const name = onDuplicate(modal.id, { number: input.number, name: input.name });
            setModal(null);
            if (name) {
              const prefix = copyOf.settings.outbound.prefix ? ' Its outbound prefix is left empty, as two numbers cannot share one.' : '';
              setToast({ text: `Added “${name}”.${prefix}` });
            }
          }}
        />
      )}
      {modal?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete “${modal.name}”?`}
          message={(
            <>
              <p>Its call flow, settings and saved scenarios are deleted. You can undo right after.</p>
              {dependants(project, modal.id).length > 0 && (
                <>
                  <p>These rely on it, and will show an error until you pick another number:</p>
                  <ul aria-label="What relies on it">{dependants(project, modal.id).map((d) => <li key={d}>{d}</li>)}</ul>
                </>
              )}
            </>
          )}
          confirmLabel="Delete"
          danger
          onCancel={close}
          onConfirm={() => confirmDelete(modal)}
        />
      )}
      {modal?.kind === 'confirmImport' && (
        <ConfirmDialog
          title={`Import “${modal.fileName}”?`}
          message={`It replaces this whole workspace (“${project.workspace.name}”, ${numbersText(project.numbers.length)}) with “${modal.incoming.workspace.name}” (${numbersText(modal.incoming.numbers.length)}): every number, flow, setting, saved scenario and uploaded audio file is replaced, and published revisions are deleted. Export first to keep a copy.`}
          confirmLabel="Import and replace"
          danger
          onCancel={close}
          onConfirm={() => void confirmImport(modal)}
        />
      )}
      {modal?.kind === 'problems' && (
        <ImportProblemsDialog fileName={modal.fileName} problems={modal.problems} total={modal.total} onClose={close} />
      )}
      {toast && (
        <Toast
          onDismiss={dismissToast}
          // Undo says what it brought back, in the same notice, so that a screen reader hears it.
          action={toast.undo ? { label: 'Undo', undoKey: true, onClick: () => { toast.undo?.(); setToast({ text: toast.undone ?? 'Undone.' }); } } : undefined}
        >
          {toast.text}
        </Toast>
      )}
    </div>
  );
}

/** What names number `id` and breaks without it: other connections that forward through it, the workspace's default outbound number. */
function dependants(project: Project, id: string): string[] {
  const out = project.numbers
    .filter((n) => n.id !== id && n.settings.forwardViaNumberId === id)
    .map((n) => `${n.name || n.id} forwards its calls through it`);
  if (project.workspace.defaultOutboundNumberId === id) out.push("It is the workspace's default number for outbound calls");
  return out;
}

const numbersText = (n: number) => `${n} number${n === 1 ? '' : 's'}`;

/** The notice after an import: what came in, and how many of its numbers have errors to fix. */
function importedText(project: Project): string {
  const n = project.numbers.length;
  const broken = project.numbers.filter((x) => validateNumber(project, x.id).some((i) => i.severity === 'error')).length;
  const text = `Imported “${project.workspace.name}” with ${numbersText(n)}.`;
  if (broken === 0) return text;
  if (n === 1) return `${text} It has problems to fix: open it to see the issues.`;
  return `${text} ${broken} of them ${broken === 1 ? 'has' : 'have'} problems to fix: open ${broken === 1 ? 'it' : 'them'} to see the issues.`;
}

