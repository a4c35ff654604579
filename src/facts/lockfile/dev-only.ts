/** Works out which packages only the root's devDependencies reach, for formats that do not flag them. */

/** Keys reachable from devRoots but not from prodRoots, following `children` edges. */
export function devOnlyKeys(prodRoots: Iterable<string>, devRoots: Iterable<string>, children: (key: string) => Iterable<string>): Set<string> {
  const prod = reachable(prodRoots, children);
  const dev = reachable(devRoots, children);
  for (const key of prod) dev.delete(key);
  return dev;
}

function reachable(roots: Iterable<string>, children: (key: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    for (const child of children(key)) if (!seen.has(child)) stack.push(child);
  }
  return seen;
}
