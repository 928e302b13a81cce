import './app/app.css';
// First, before React's chunk: on a designer address, start reading the flow and fetching the canvas.
import './app/early';

/**
 * The page's entry is this small module, so that the reads early.ts starts are on their way
 * while React's chunk is still being fetched and run (the HTML preloads that chunk: see
 * `preloadBoot` in vite.config.ts). boot.tsx paints the shell and loads the app.
 */
import('./app/boot').catch((e: unknown) => {
  const root = document.getElementById('root');
  if (!root) return;
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.className = 'shell-error';
  alert.textContent = `Callflow Studio could not load its code (${e instanceof Error ? e.message : String(e)}). Check the connection and reload the page.`;
  root.replaceChildren(alert);
});
