/**
 * Storybook for sister-city-widgets, set up by hand (`storybook init` cannot
 * reach the versions it wants from this registry). Runs offline: telemetry is
 * off here, and `npm run storybook` passes `--no-version-updates`.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The demo data, so that stories can load it from /data/pairings.csv.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  // The renderer imports `lit/directive-helpers.js`, which Vite's dev server would otherwise serve unbundled
  // beside the pre-bundled Lit: two copies of lit-html and a "Multiple versions of Lit loaded" warning.
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, { optimizeDeps: { include: ['lit/directive-helpers.js'] } });
  },
};

export default config;
