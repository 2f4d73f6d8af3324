import { INVENTORY, ROOT_FOLDER, type InventoryNode } from './inventory-tree';

/** The inventory as the mock serves it: which references exist and what each one covers. */
export interface Inventory {
  has(ref: string): boolean;
  /** The entity itself and every container above it, each once (the scopes a task belongs to). */
  scopesOf(ref: string): readonly string[];
}

/**
 * Builds the inventory from the static tree plus every task entity the data set names that the
 * tree does not (a data set made by other means): those hang under the root folder, so they
 * still have a `resource/list` of their own and count in the root's.
 */
export function createInventory(taskEntities: Iterable<string>, nodes: readonly InventoryNode[] = INVENTORY): Inventory {
  const parents = new Map<string, readonly string[]>(nodes.map((node) => [node.ref, node.parents]));
  for (const ref of taskEntities) if (ref !== '' && !parents.has(ref)) parents.set(ref, [ROOT_FOLDER]);
  const scopes = new Map<string, readonly string[]>();
  const scopesOf = (ref: string): readonly string[] => {
    const known = scopes.get(ref);
    if (known) return known;
    const out = new Set<string>([ref]);
    for (const parent of parents.get(ref) ?? []) for (const scope of scopesOf(parent)) out.add(scope);
    const list = [...out];
    scopes.set(ref, list);
    return list;
  };
  return { has: (ref) => parents.has(ref), scopesOf };
}
