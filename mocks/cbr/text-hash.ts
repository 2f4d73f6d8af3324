/**
 * 32-bit FNV-1a of a string's UTF-16 code units: the id index's hash, and the same hash
 * `taskmock fixtures` mixes into the seed of each vendor's data (fixtures-command.ts).
 */
export function textHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A whole number in [min, max) chosen by `text`: a pure stand-in for a random draw. */
export function hashBetween(text: string, min: number, max: number): number {
  return min + (textHash(text) % Math.max(1, max - min));
}
