/**
 * What a widget's data gives once read and checked: the value at once, or a promise when a check
 * must load first (the directory's and the reader's schemas load only when some row fails their fast checks).
 */
export type NowOrLater<T> = T | Promise<T>;

export interface Outcome<T> {
  /** The value, at once when it is there at once (so a property set before an update shows in that update). */
  show(value: T): void;
  /** Called before waiting for a promise. */
  wait(): void;
  /** The promise rejected: a module could not load (the rows themselves never throw). */
  failed(error: Error): void;
}

/** Hands `value` to `outcome` now or once it settles; nothing happens after `signal` aborted (a newer load began). */
export function nowOrLater<T>(value: NowOrLater<T>, signal: AbortSignal, outcome: Outcome<T>): Promise<void> | undefined {
  if (!(value instanceof Promise)) {
    outcome.show(value);
    return undefined;
  }
  outcome.wait();
  return value.then(
    (result) => {
      if (!signal.aborted) outcome.show(result);
    },
    (error: Error) => {
      if (!signal.aborted) outcome.failed(error);
    },
  );
}
