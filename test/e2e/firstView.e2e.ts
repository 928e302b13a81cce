import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import demo from '../fixtures/demo.json';
import { generatedProject } from '../helpers/generateFlow';
import { openBrowser } from './browser';
import type { E2E } from './browser';

let b: E2E;
beforeEach(async () => { b = await openBrowser(); });
afterEach(async () => { await b.close(); });

/**
 * Installed before the page's own code: every distinct canvas view (the viewport's transform)
 * seen on an animation frame while nodes are on screen, in order.
 */
const RECORD_VIEWS = `(() => {
  const seen = window.__views = [];
  const tick = () => {
    const vp = document.querySelector('.react-flow__viewport');
    if (vp && document.querySelector('.react-flow__node')) {
      const t = vp.style.transform;
      if (seen[seen.length - 1] !== t) seen.push(t);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const views = (page: Page) => page.evaluate(() => (window as unknown as { __views: string[] }).__views);

/** A generated flow laid out on a grid, its Inbound call node in the top left corner. */
function griddedProject(nodes: number) {
  const project = generatedProject(nodes);
  const number = project.numbers[0]!;
  const cols = Math.ceil(Math.sqrt(nodes * 2));
  const laid = number.flow.nodes.map((n, i) => ({ ...n, position: { x: (i % cols) * 280, y: Math.floor(i / cols) * 180 } }));
  return { ...project, numbers: [{ ...number, flow: { ...number.flow, nodes: laid } }] };
}

/** Two clusters of nodes 60,000 px apart, the Inbound call node at the top left of the first: the middle is empty. */
function splitProject(nodes: number) {
  const project = griddedProject(nodes);
  const number = project.numbers[0]!;
  const apart = number.flow.nodes.map((n, i) => (i < nodes / 2 ? n : { ...n, position: { x: n.position!.x + 60_000, y: n.position!.y } }));
  return { ...project, numbers: [{ ...number, flow: { ...number.flow, nodes: apart } }] };
}

/** Imports `project` in place of the workspace, as a user would from the Numbers screen; resolves on its number's link. */
async function importProject(page: Page, project: ReturnType<typeof generatedProject>) {
  await page.goto('/numbers?mute=1');
  await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
  await page.getByLabel('Import bundle').setInputFiles({ name: 'flow.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(project)) });
  await page.getByRole('button', { name: 'Import and replace' }).click();
  const link = page.getByRole('link', { name: `Open designer for ${project.numbers[0]!.name}` });
  await link.waitFor();
  return link;
}

describe('the first view of a flow', () => {
  it('a flow over 150 nodes opens on its Inbound call node at 100 %, from the first frame that shows it', async () => {
    const { page, context } = b;
    await context.addInitScript(RECORD_VIEWS);
    const project = griddedProject(400);
    const number = project.numbers[0]!;
    await importProject(page, project);

    // Opened by its address, as a bookmark or a reload would.
    await page.goto(`/numbers/${number.id}?mute=1`);
    const canvas = page.getByRole('application', { name: `Call flow of ${number.name}` });
    const inbound = canvas.getByRole('group', { name: 'incoming 1', exact: true });
    await inbound.waitFor();
    await page.waitForTimeout(1_000);

    // One view only: the canvas never showed another one first.
    const seen = await views(page);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/scale\(1\)$/);
    // The Inbound call node sits in the middle of the canvas.
    const box = (await canvas.boundingBox())!;
    const node = (await inbound.boundingBox())!;
    expect(Math.abs(node.x + node.width / 2 - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(node.y + node.height / 2 - (box.y + box.height / 2))).toBeLessThan(2);
    expect(b.errors).toEqual([]);
  });

  it('a smaller flow opens whole when it reads at 70 % or more, else at 70 % from its Inbound call node; Fit View shows it whole', async () => {
    const { page } = b;
    const hotline = demo.numbers.find((n) => n.id === 'hotline')!;
    const zoomOf = () => page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1]));
    const inside = async (box: { x: number; y: number; width: number; height: number }) => {
      const nodes = page.locator('.react-flow__node');
      const boxes = await Promise.all(Array.from({ length: await nodes.count() }, (_, i) => nodes.nth(i).boundingBox()));
      return boxes.filter((n) => n && n.x >= box.x && n.y >= box.y && n.x + n.width <= box.x + box.width && n.y + n.height <= box.y + box.height).length;
    };

    // A tall screen: the hotline fits whole at a readable zoom.
    await page.setViewportSize({ width: 1920, height: 1400 });
    await page.goto('/numbers/hotline?mute=1');
    let canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Main menu', exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await zoomOf()).toBeGreaterThanOrEqual(0.7);
    expect(await inside((await canvas.boundingBox())!)).toBe(hotline.flow.nodes.length);

    // A 1440 × 900 screen: too short for that, so it opens at 70 % on the Inbound call node, at the top.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/numbers/hotline?mute=1');
    canvas = page.getByRole('application', { name: 'Call flow of Hotline' });
    await canvas.getByRole('group', { name: 'Main menu', exact: true }).waitFor();
    await page.waitForTimeout(500);
    expect(await zoomOf()).toBeCloseTo(0.7, 5);
    const box = (await canvas.boundingBox())!;
    const inbound = (await canvas.locator('.react-flow__node').filter({ hasText: 'Inbound call' }).first().boundingBox())!;
    expect(inbound.y).toBeGreaterThanOrEqual(box.y);
    expect(inbound.y).toBeLessThan(box.y + box.height / 4);

    // Fit View shows every node, also those never rendered yet (off screen, so never measured).
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(async () => inside((await canvas.boundingBox())!), { timeout: 5_000 }).toBe(hotline.flow.nodes.length);
    expect(await zoomOf()).toBeLessThan(0.7);
    expect(b.errors).toEqual([]);
  });

  it('Fit View on a flow too large to show whole at 10 % shows its start at 10 %, and says so, not the empty middle', async () => {
    const { page } = b;
    const project = splitProject(200);
    const number = project.numbers[0]!;
    await (await importProject(page, project)).click();
    const canvas = page.getByRole('application', { name: `Call flow of ${number.name}` });
    const inbound = canvas.getByRole('group', { name: 'incoming 1', exact: true });
    await inbound.waitFor();

    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.getByRole('status').filter({ hasText: 'The flow is too large to show at once: the view shows its start at 10 %' }).waitFor();
    await expect.poll(() => page.locator('.react-flow__viewport').evaluate((el) => el.style.transform)).toMatch(/scale\(0\.1\)$/);
    // The Inbound call node is on screen, with the nodes around it.
    const box = (await canvas.boundingBox())!;
    await expect.poll(async () => {
      const node = await inbound.boundingBox();
      return !!node && node.x >= box.x && node.y >= box.y && node.x + node.width <= box.x + box.width && node.y + node.height <= box.y + box.height;
    }).toBe(true);
    expect(await canvas.locator('.react-flow__node').count()).toBeGreaterThan(20);
    expect(b.errors).toEqual([]);
  });
});
