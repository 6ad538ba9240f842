/** The app's antd theme (Providers), shared with the build's first-screen styles (scripts/antd-first-screen-css.mjs). */
export const APP_THEME = {
  token: {
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    fontSize: 15,
  },
};
