/** Thrown when more reads wait than the queue holds. */
export class ImportsBusyError extends Error {
  constructor() {
    super('too many imports waiting');
    this.name = 'ImportsBusyError';
  }
}

/**
 * At most `running` tasks at once, and at most `waiting` more in line (ImportsBusyError past
 * that), so parallel uploads cannot multiply what one import may take.
 */
export function importSlots(running: number, waiting: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function inSlot<T>(task: () => Promise<T>): Promise<T> {
    if (active >= running) {
      if (queue.length >= waiting) throw new ImportsBusyError();
      await new Promise<void>((resolve) => queue.push(resolve));
    } else {
      active += 1;
    }
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
