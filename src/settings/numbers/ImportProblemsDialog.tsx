import type { FormatProblem } from '../../engine';
import { Dialog } from '../../ui/Dialog';

export interface ImportProblemsDialogProps {
  fileName: string;
  problems: FormatProblem[];
  onClose: () => void;
}

/** Why a bundle could not be imported: every problem with its JSON path. Nothing was changed. */
export function ImportProblemsDialog({ fileName, problems, onClose }: ImportProblemsDialogProps) {
  return (
    <Dialog
      title={`“${fileName}” cannot be imported`}
      description={<p>Nothing was changed. Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} in the file and import it again:</p>}
      onClose={onClose}
      actions={<button type="button" className="primary" onClick={onClose}>Close</button>}
    >
      <ul className="import-problems" aria-label="Problems">
        {problems.map((p, i) => (
          <li key={i}><code>{p.path}</code>: {p.message}</li>
        ))}
      </ul>
    </Dialog>
  );
}
