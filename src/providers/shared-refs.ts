import type { Ref } from '../domain/appointment.ts';

const asName = (name: string): string => name;

/**
 * One frozen Ref per (lookup table, id) for a list being normalised: 100,000 appointments name a few
 * hundred services, staff, rooms and calendars, so they share those Refs rather than each holding its
 * own copies (the loaded list's memory). Frozen, because shared.
 */
export class SharedRefs {
  readonly #tables = new Map<object, Map<string, Ref>>();
  readonly #texts = new Map<string, Ref>();

  /** A Ref that is its own name: free text such as a room name or an address. */
  text(text: string): Ref {
    let ref = this.#texts.get(text);
    if (ref === undefined) this.#texts.set(text, (ref = Object.freeze({ id: text, name: text })));
    return ref;
  }

  /** The Ref for `id`, named from `table` (`name` reads a table value; a string table needs none). */
  ref(table: ReadonlyMap<string, string>, id: string): Ref;
  ref<V>(table: ReadonlyMap<string, V>, id: string, name: (value: V) => string | null): Ref;
  ref(table: ReadonlyMap<string, unknown>, id: string, name: (value: never) => string | null = asName): Ref {
    let refs = this.#tables.get(table);
    if (refs === undefined) this.#tables.set(table, (refs = new Map()));
    let ref = refs.get(id);
    if (ref === undefined) {
      const value = table.get(id);
      ref = Object.freeze({ id, name: value === undefined ? null : name(value as never) });
      refs.set(id, ref);
    }
    return ref;
  }
}
