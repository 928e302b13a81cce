import type { FormatProblem } from '../../engine';
import { Dialog } from '../../ui/Dialog';

export interface ImportProblemsDialogProps {
  fileName: string;
  problems: FormatProblem[];
  /** How many problems the file has in all, when `problems` lists only the first of them. */
  total?: number;
  onClose: () => void;
}

/** A problem with the whole file is a sentence of its own: "(root)" means nothing to a reader. */
const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;

const problemsText = (n: number) => `${n.toLocaleString('en')} problem${n === 1 ? '' : 's'}`;

/**
 * Why a bundle could not be imported. Nothing was changed. A file that is not a bundle, or is
 * from a newer app, is said in a sentence; problems in fields are listed, each with its JSON path,
 * in a list that keyboard users can focus and scroll.
 */
export function ImportProblemsDialog({ fileName, problems, total = problems.length, onClose }: ImportProblemsDialogProps) {
  const whole = problems.length === 1 && problems[0]?.path === '(root)' ? problems[0] : null;
  const close = <button type="button" className="primary" data-autofocus onClick={onClose}>Close</button>;
  if (whole) {
    return (
      <Dialog
        title={whole.code === 'version-newer' ? `This app is older than “${fileName}”` : `“${fileName}” cannot be imported`}
        description={<p>Nothing was changed. {sentence(whole.message)}</p>}
        onClose={onClose}
        actions={close}
      >
        {whole.code === 'not-json' && <p>Choose a bundle exported from Callflow Studio, a <code>.json</code> file.</p>}
      </Dialog>
    );
  }
  const hidden = total - problems.length;
  return (
    <Dialog
      title={`“${fileName}” cannot be imported`}
      description={<p>Nothing was changed. Fix {total === 1 ? 'this problem' : `these ${problemsText(total)}`} in the file and import it again:</p>}
      onClose={onClose}
      actions={close}
    >
      {/* Focusable, so that arrow keys, Page Down and End scroll a list taller than the dialog. */}
      <div className="import-problems" role="region" aria-label="Problems in the file" tabIndex={0}>
        <ul aria-label="Problems">
          {problems.map((p, i) => (
            <li key={i}>{p.path === '(root)' ? sentence(p.message) : <><code>{p.path}</code>: {p.message}</>}</li>
          ))}
        </ul>
        {hidden > 0 && <p>… and {problemsText(hidden).replace('problem', 'more problem')}, not listed here: fix these and import the file again to see them.</p>}
      </div>
    </Dialog>
  );
}
