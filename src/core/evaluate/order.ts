/**
 * Evaluation order for a dependency graph: Tarjan's strongly connected components, iteratively
 * (a column of ten thousand running totals must not overflow the call stack). Components come
 * out with every component they depend on before them; a component of more than one cell, or a
 * cell that reads itself, is a circular reference.
 */
export function componentsInDependencyOrder(nodes: Iterable<number>, dependencies: (node: number) => readonly number[], included: (node: number) => boolean): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    // Each frame: a node and how many of its dependencies have been visited.
    const frames: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const deps = dependencies(frame.node);
      if (frame.next < deps.length) {
        const d = deps[frame.next++];
        if (!included(d)) continue;
        if (!index.has(d)) {
          index.set(d, counter);
          low.set(d, counter++);
          stack.push(d);
          onStack.add(d);
          frames.push({ node: d, next: 0 });
        } else if (onStack.has(d)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(d)!));
        }
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: number[] = [];
        let n: number;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        out.push(component);
      }
    }
  }
  return out;
}
