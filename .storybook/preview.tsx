import type { Preview } from '@storybook/react-vite';
import { MemoryRouter } from 'react-router';
import '../src/app/app.css';

const preview: Preview = {
  // Screens use react-router links, so every story gets a router.
  decorators: [(Story) => (<MemoryRouter><Story /></MemoryRouter>)],
  parameters: {
    layout: 'fullscreen',
    // axe-core through the a11y addon: violations fail the story in the test runner.
    a11y: { test: 'error' },
  },
};
export default preview;
