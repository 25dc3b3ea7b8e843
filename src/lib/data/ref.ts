/**
 * Fields that name a record of another collection. A schema says only that such a field holds an
 * id, and which collection it names (`ref('plans')`, `placeRef()`); whether that record exists is
 * checked once all collections are loaded, against the loaded data (src/lib/data/references.ts),
 * so that no schema reads another file. `referencesIn` finds those fields in a parsed record by
 * walking its schema.
 */
import { z } from 'astro/zod';
import type { DataCollection } from './files';

/** What a reference field names: a record of a collection, or a place (a county or a zone). */
export type ReferenceTarget = DataCollection | 'place';

/** The reference fields' schemas, each with what it names. */
const referenceFields = z.registry<{ references: ReferenceTarget }>();

/** An id written as text or, for an adcode, as a number; always read as text. */
const id = () => z.union([z.string(), z.number()]).transform((value) => String(value));

/** An id that must name an existing record of `collection` (src/lib/data/references.ts checks it exists). */
export function ref(collection: DataCollection) {
  return id().register(referenceFields, { references: collection });
}

/** A place: a county (adcode) or a functional zone (id), as place pages (/places/) know them. */
export function placeRef() {
  return id().register(referenceFields, { references: 'place' });
}

/** A reference found in a record: where (a dotted path, "counties.0"), what it names, and the id. */
export interface FoundReference {
  path: string;
  references: ReferenceTarget;
  id: string;
}

/** A zod schema's definition, as far as the walk reads it (zod 4). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Every reference field of `value`, a record parsed by `schema`, in the order of the schema.
 * It follows objects, lists, tuples, optional, nullable and default values, pipes and lazy
 * schemas; of a discriminated union only the option the record's discriminator picks, of
 * another union every option (each reads only the fields it has).
 */
export function referencesIn(schema: z.ZodType, value: unknown, path: string[] = []): FoundReference[] {
  const meta = referenceFields.get(schema);
  if (meta) return typeof value === 'string' ? [{ path: path.join('.'), references: meta.references, id: value }] : [];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (!isRecord(value)) return [];
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => referencesIn(field, value[key], [...path, key]));
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, index) => referencesIn(def.element!, item, [...path, String(index)])) : [];
    case 'tuple':
      return Array.isArray(value) ? (def.items ?? []).flatMap((item, index) => referencesIn(item, value[index], [...path, String(index)])) : [];
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'nonoptional': case 'readonly': case 'catch':
      return value === undefined || value === null ? [] : referencesIn(def.innerType!, value, path);
    case 'pipe':
      // A parsed value is the pipe's output; a transform's output has no schema, so read its input's.
      return referencesIn(defOf(def.out!).type === 'transform' ? def.in! : def.out!, value, path);
    case 'lazy':
      return referencesIn(def.getter!(), value, path);
    case 'union': {
      const options = def.options ?? [];
      if (def.discriminator === undefined || !isRecord(value)) {
        const found = options.flatMap((option) => referencesIn(option, value, path));
        return found.filter((one, index) => found.findIndex((other) => other.path === one.path && other.references === one.references) === index);
      }
      const key = def.discriminator;
      const picked = options.find((option) => (option._zod as unknown as { propValues?: Record<string, Set<unknown>> }).propValues?.[key]?.has(value[key]));
      return picked ? referencesIn(picked, value, path) : [];
    }
    default:
      return [];
  }
}
