import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BOARD_MATCHES } from './lib/extract/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency stays visible in the import list.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'ML Job Lens',
    description: 'Shows whether an ML job is about building or running models, which domain it needs, its level, and what the sources say about its skills. Nothing leaves your machine.',
    // activeTab + scripting: "Analyze this page" on sites we do not match at install.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...BOARD_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ml-job-lens@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
