/**
 * Obsidian default-theme variables that `styles.css` uses and the stand-alone pages'
 * theme stand-ins (tests/compare/standalone/theme.css, tests/obsidian/standalone/base.css)
 * do not define yet. Added to every page so screenshots show the real spacing; drop an
 * entry once the stand-in defines it. `theme-variables.test.ts` checks nothing is missing.
 *
 * @example
 * await page.addStyleTag({ content: THEME_SUPPLEMENT });
 */
export const THEME_SUPPLEMENT = `
body {
	--size-4-4: 16px;
}
`;
