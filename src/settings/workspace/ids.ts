/** A short id with `prefix`, not among `taken`. */
export function newId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let i = used.size + 1; ; i++) {
    const id = `${prefix}${i}`;
    if (!used.has(id)) return id;
  }
}

/**
 * "New employee 4": `base` and the next count, or a higher one while that name is taken, so
 * that the new item's fields are found (and told apart) by their names.
 */
export function newName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim()));
  for (let i = taken.length + 1; ; i++) {
    const name = `${base} ${i}`;
    if (!used.has(name)) return name;
  }
}
