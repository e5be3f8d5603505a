import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/manifest.ts';
import { preloadStartScreen } from './scripts/preload-start-screen.ts';
import { compileHints } from './scripts/compile-hints.ts';
import { firstPaint } from './scripts/first-paint.ts';
import { workerWithoutCodeSplitting } from './scripts/worker-code-splitting.ts';
import { lazyChunkNamer } from './scripts/feature-chunks.ts';
import { withoutPreloadHelper } from './scripts/no-preload-helper.ts';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };

// The first screen's modules: they stay where the bundler puts them (scripts/feature-chunks.ts).
const entryModule = fileURLToPath(new URL('src/main.tsx', import.meta.url));
const startModules = ['src/app/parts/home.tsx'].map((file) =>
  fileURLToPath(new URL(file, import.meta.url)),
);

// A build id tells two builds of one version apart (the update test builds twice).
const version = process.env.LULL_BUILD_ID
  ? `${pkg.version}+${process.env.LULL_BUILD_ID}`
  : pkg.version;

// injectManifest, not generateSW: the worker needs our own code (notification clicks,
// the navigation fallback, skip-waiting only on the user's word), typed in src/sw/.
export default defineConfig({
  plugins: [
    // The audio code also runs in the soundscape Worker, which has no page for hot reload to
    // refresh: Prefresh's wrappers stay out of it (builds are unaffected).
    preact({ exclude: [/node_modules/, /\/src\/lib\/audio\//] }),
    withoutPreloadHelper(),
    preloadStartScreen(startModules),
    firstPaint('src/first-paint/tonight.html'),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      // The glob below already takes every icon; naming them again listed them twice.
      includeManifestIcons: false,
      injectManifest: {
        // The app shell only: screenshots are for store listings, not for offline use.
        // The plugin adds manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Screenshots are for store listings; the 512 px and maskable icons, and the Apple
        // touch icon, are read only by the browser when it installs Lull (online by
        // definition), never by a page: none of them is needed offline. The 192 px icon stays:
        // reminder notifications show it. Push reminders' code (scripts/feature-chunks.ts) works
        // only with Lull's server answering, online by definition: offline, reminders go on
        // without it.
        globIgnores: [
          'assets/push-*.js',
          'screenshots/**',
          'icons/icon-512.png',
          'icons/icon-maskable-512.png',
          'apple-touch-icon.png',
        ],
        buildPlugins: { vite: [workerWithoutCodeSplitting()] },
      },
      devOptions: { enabled: false },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(version) },
  // The soundscape renderer's Worker is one self-contained file, so its own method and field
  // names can be shortened (about 1.2 KB of 15 KB). Only names listed here are: never a Web
  // API's, a message field (chunk-messages.ts) or a soundscape id. A new name works unlisted;
  // it is just not shortened.
  worker: {
    rolldownOptions: {
      output: {
        minify: {
          mangleProps: {
            include:
              /^(processStereo|between|interval|pulsesLeft|removeSeconds|removing|spellLeft|singing|pulsesPerChirp|inPulse|removeAt|pulseLength|chirpPeriod|calibration|gapLength|toRight|toLeft|next|wait|position|prepare|render|shape|start|step|target|phase|attackS|shortS|longS)$/,
          },
        },
      },
    },
  },
  build: {
    target: 'es2022',
    // One stylesheet for every screen (4.4 KB gzip), linked from index.html; and screens load
    // without Vite's preload helper, which cost about 1 KB of first-load JS and is only needed to
    // fetch a lazy screen's CSS and shared chunks ahead of it. After the first visit the service
    // worker has every file, so nothing waits for the network; index.html still preloads the
    // first screen's chunks itself.
    modulePreload: false,
    cssCodeSplit: false,
    sourcemap: false,
    rolldownOptions: {
      output: {
        postBanner: compileHints(startModules),
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: lazyChunkNamer(entryModule, startModules) }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
