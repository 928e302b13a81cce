import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The machines this runs on have no internet: telemetry would make every build wait on the network.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
