// A counter of the writes this process has served: bumped when a write request starts and when it ends, so a
// cache keyed by it never serves what was built before a change (with the territory's `updatedAt` for changes
// made by other processes, such as the CLI).

let generation = 0;

export function writeGeneration(): number {
  return generation;
}

interface RequestLike {
  readonly method?: string;
}

interface ResponseLike {
  on(event: 'finish' | 'close', listener: () => void): unknown;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Express-style middleware counting writes. */
export function writeGenerationMiddleware(req: RequestLike, res: ResponseLike, next: () => void): void {
  if (!READS.has(req.method ?? 'GET')) {
    generation += 1;
    const bump = (): void => {
      generation += 1;
    };
    res.on('finish', bump);
    res.on('close', bump);
  }
  next();
}
