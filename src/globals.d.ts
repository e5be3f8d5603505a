/** The app's version and build, put in by Vite (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
