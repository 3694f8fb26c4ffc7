// WXT reads `entrypoints/history/index.html` as a chrome_url_overrides "history"
// page, which would replace the browser's own History page (Ctrl+H). Ours is an
// ordinary unlisted page served at /history.html, so the override is removed
// from the generated manifest. (WXT loads every module in modules/ by itself.)
import { defineWxtModule } from 'wxt/modules';

export default defineWxtModule({
  name: 'unlisted-history',
  setup(wxt) {
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      const overrides = manifest.chrome_url_overrides as Record<string, string> | undefined;
      if (!overrides?.history) return;
      delete overrides.history;
      if (Object.keys(overrides).length === 0) delete manifest.chrome_url_overrides;
    });
  },
});
