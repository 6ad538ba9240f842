/** Vite's `?url` imports: the bundled file's URL (served from the app's own origin). */
declare module '*?url' {
  const url: string;
  export default url;
}

/** Stylesheets imported for their effect (Vite bundles them and links them before the importing script runs). */
declare module '*.css';
