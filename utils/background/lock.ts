/**
 * A queue that runs read-modify-write tasks on one storage item (or group) one after another:
 * storage has no transactions, so two messages handled at once would otherwise overwrite each
 * other's changes. Each store owns its lock; nothing outside a store takes it.
 */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

export function createLock(): Lock {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
