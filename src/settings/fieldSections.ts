/**
 * Which section of the number settings page, or of the workspace page for `workspace.*`, holds
 * a validation issue's `field` (format.md, "Where an issue points"), by the longest matching
 * prefix. The sections carry these ids.
 */
const SECTIONS: [prefix: string, sectionId: string][] = [
  ['settings.skipUnavailableUsers', 'settings-routing'],
  ['settings.crm', 'settings-crm'],
  ['settings.recording', 'settings-recording'],
  ['settings.rating', 'settings-recording'],
  ['settings.hours', 'settings-hours'],
  ['settings.outbound', 'settings-outbound'],
  ['settings.callback', 'settings-callback'],
  ['settings.backupNumber', 'settings-backup'],
  ['settings.forwardViaNumberId', 'settings-forwarding'],
  ['settings.holdMusic', 'settings-hold-music'],
  ['status', 'settings-disconnect'],
  ['name', 'settings-number'],
  ['number', 'settings-number'],
  // The workspace page's sections.
  ['workspace', 'workspace-general'],
  ['workspace.employees', 'workspace-employees'],
  ['workspace.queues', 'workspace-queues'],
  ['workspace.crm', 'workspace-crm'],
];

/** The id of the settings section for `field`, or null (the number itself: the page's title). */
export function sectionOfField(field: string): string | null {
  let best: [string, string] | null = null;
  for (const entry of SECTIONS) {
    const [prefix] = entry;
    if ((field === prefix || field.startsWith(`${prefix}.`)) && (!best || prefix.length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}

const CONTROL = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * Takes the user to `field` on the settings page: scrolls its section into view and focuses the
 * control marked with that field (`data-field`, the longest match; within it, a control marked
 * invalid first), else the section's first control marked invalid, else its first control. Returns whether it found the section.
 */
export function revealField(root: ParentNode, field: string): boolean {
  const id = sectionOfField(field);
  const section = id ? root.querySelector<HTMLElement>(`#${id}`) : null;
  if (!section) return false;
  const marked = [...section.querySelectorAll<HTMLElement>('[data-field]')]
    .filter((el) => { const f = el.dataset.field ?? ''; return field === f || field.startsWith(`${f}.`); })
    .sort((a, b) => (b.dataset.field ?? '').length - (a.dataset.field ?? '').length)[0];
  const target = marked ?? section;
  target.scrollIntoView?.({ block: 'start' });
  const control = marked?.querySelector<HTMLElement>('[aria-invalid="true"]')
    ?? marked?.querySelector<HTMLElement>(CONTROL)
    ?? section.querySelector<HTMLElement>('[aria-invalid="true"]')
    ?? section.querySelector<HTMLElement>(CONTROL);
  control?.focus();
  return true;
}
