/**
 * A value made on first use and kept. For the tables and patterns that cost time to build and that most
 * runs never need: the French, Spanish, Russian and Arabic ordinals spelt out (a few hundred words each,
 * turned into regular expressions of up to 13 kB), and the drafting conventions built on them. Built at
 * load, they made every start of the command pay for all six languages.
 */
export function once<T>(make: () => T): () => T {
	let made = false;
	let value: T;
	return () => {
		if (!made) {
			value = make();
			made = true;
		}
		return value;
	};
}
