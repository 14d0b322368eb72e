/**
 * A bound on the "Did you mean" work of one note check. Each broken heading or
 * block link is compared with every heading or block id of its target, so a
 * note with thousands of broken links into a long note costs links x headings
 * comparisons: 30,000 x 5,000 took minutes, and in the plugin every edit would
 * pay it again. Past the bound the links are still reported, without a guess.
 *
 * The bound counts comparisons, not time, so a note gets the same report on
 * every run and machine (also whether or not an answer was cached).
 */

/**
 * Comparisons one note check may spend on hints: about 0.15 s of work here (a
 * heading comparison costs ~0.3 us), and far beyond what real notes need: 100
 * broken links into a 1,000-heading note take a fifth of it.
 */
export const HINT_BUDGET = 500_000;

/**
 * Takes `units` comparisons from what is left, or none when they are not all left.
 * After the first refusal every request fails: the links past that point all go
 * without a hint, rather than hints appearing here and there.
 */
export type HintBudget = (units: number) => boolean;

/**
 * A fresh budget of `units` comparisons.
 *
 * @example
 * const take = hintBudget(100);
 * take(60); // true
 * take(60); // false: and every later request fails too
 * take(1);  // false
 */
export function hintBudget(units = HINT_BUDGET): HintBudget {
	let left = units;
	return (wanted) => {
		if (wanted > left) {
			left = 0;
			return false;
		}
		left -= wanted;
		return true;
	};
}
