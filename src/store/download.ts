import type { Project } from '../engine';

/** Offers `project` to the user as a JSON file named `fileName` (the browser's download). */
export function downloadBundle(project: Project, fileName: string): void {
  const blob = new Blob([JSON.stringify(project, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `Acme Logistics.json` from the workspace name, minus characters file systems refuse. */
export function bundleFileName(workspaceName: string): string {
  const printable = [...workspaceName].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${base || 'workspace'}.json`;
}
