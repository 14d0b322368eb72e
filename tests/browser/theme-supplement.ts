/**
 * Obsidian default-theme variables that `styles.css` uses and the stand-alone pages'
 * theme stand-ins (tests/compare/standalone/theme.css, tests/obsidian/standalone/base.css)
 * do not define yet, added to every page so screenshots show the real spacing. Nothing
 * now (only a comment: a style tag needs content): the stand-ins define everything
 * (`--size-4-4` moved into base.css); add an entry here only as a stop-gap.
 * `theme-variables.test.ts` checks nothing is missing.
 *
 * @example
 * await page.addStyleTag({ content: THEME_SUPPLEMENT });
 */
export const THEME_SUPPLEMENT = "/* the stand-ins define every variable styles.css uses */";
