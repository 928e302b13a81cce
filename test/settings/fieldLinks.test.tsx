import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { settingsHref } from '../../src/designer/IssuesPanel';
import { issuesOf } from '../../src/engine';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { sectionOfField } from '../../src/settings/fieldSections';
import { WorkspaceScreen } from '../../src/settings/workspace/WorkspaceScreen';
import { demoProject, renderWithStore } from './helpers';

/** Every kind of `field` validateNumber writes for a number's own settings (format.md, "Where an issue points"). */
const FIELDS = [
  'status', 'settings.skipUnavailableUsers', 'settings.crm.leadSource', 'settings.rating.enabled', 'settings.hours.timezone',
  'settings.hours.week.mon.0', 'settings.hours.holidays.2', 'settings.outbound.selectable', 'settings.outbound.prefix',
  'settings.outbound.allowedEmployeeIds.1', 'settings.backupNumber', 'settings.forwardViaNumberId', 'settings.holdMusic', 'number', 'name',
];

describe('an issue about a setting opens the settings page at that field', () => {
  it('every settings field an issue can name has its section on the page', async () => {
    await renderWithStore(<NumberSettingsScreen numberId="hotline" />, demoProject());
    for (const field of FIELDS) {
      const id = sectionOfField(field);
      expect(id, field).not.toBeNull();
      expect(document.getElementById(id!), `${field} → #${id}`).not.toBeNull();
    }
  });

  it('the designer links a rating issue to the rating setting, which has focus when the page opens', async () => {
    const project = demoProject();
    project.workspace.plan = 'project_plus';
    const issue = issuesOf(project, 'hotline').find((i) => i.field === 'settings.rating.enabled')!;
    expect(issue).toBeDefined();
    const href = settingsHref('hotline', issue.field!);
    expect(href).toBe('/numbers/hotline/settings#settings.rating.enabled');
    await renderWithStore(<NumberSettingsScreen numberId="hotline" />, project, { path: href });
    const recording = screen.getByRole('region', { name: 'Recording and rating' });
    expect(within(recording).getByRole('checkbox', { name: 'Let callers rate the quality of service after the call' })).toHaveFocus();
  });

  it('the designer links a workspace issue to its field on the workspace page, which has focus when the page opens', async () => {
    const project = demoProject();
    const employee = project.workspace.employees[1]!;
    employee.extension = '12345';
    const issue = issuesOf(project, 'hotline').find((i) => i.field === `workspace.employees.${employee.id}.extension`)!;
    expect(issue).toBeDefined();
    const href = settingsHref('hotline', issue.field!);
    expect(href).toBe(`/workspace#${encodeURIComponent(issue.field!)}`);
    await renderWithStore(<WorkspaceScreen />, project, { path: href });
    expect(screen.getByRole('textbox', { name: `Extension of ${employee.name}` })).toHaveFocus();
  });
});
