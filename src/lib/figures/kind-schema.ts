/**
 * What a figure kind's records are: the fields every figure has, and a kind's own (its variant of
 * the figure schema, in its folder's schema.ts). The content layer validates figures.yaml with
 * these (./schemas.ts), without loading what draws them (./kind.ts, each kind's index.ts).
 */
import { z } from 'astro/zod';
import { english } from '../data/schemas';

/** The fields every figure has, whatever its kind. */
export const figureBase = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case id with hyphens, such as "map-2022-tiers"'),
  /** Headline. */
  title: z.string().min(2),
  /** One-line standfirst saying what the figure shows. */
  dek: z.string().min(2),
  /** Notes printed under the graphic: what a target means, where sources disagree. */
  notes: z.array(z.string()).default([]),
  /** Slug of the story the figure belongs to (embeds link back to it). */
  story: z.string().optional(),
  /** Other stories that place the figure too (a story may place another story's figure only if listed here). */
  stories: z.array(z.string()).optional(),
  /** A draft figure has no figure page, embed page, downloads or gallery entry; no published story may place it. */
  draft: z.boolean().optional(),
  /** The English of its text fields (title, dek, notes and the kind's own `text` fields: src/lib/i18n/text-fields.ts). */
  en: english,
};

/** The text fields every figure has, for its English (src/lib/i18n/text-fields.ts): the paths and what each is. */
export const FIGURE_TEXT_FIELDS = {
  title: 'the headline in English', dek: 'the standfirst in English', 'notes.*': 'each note in English, in the order of the Chinese notes',
} as const;

/** "a bar-chart figure", "an output-chart figure": the kind's name with its article, for messages. */
export function aFigureOf(kind: string): string {
  return `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} figure`;
}

/** A field a kind cannot do without: when it is missing (or an empty list), the message says which kind needs it. */
export function needs<T extends z.ZodType>(kind: string, field: string, schema: T, hint = '') {
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) ctx.addIssue({ code: 'custom', message: `${aFigureOf(kind)} needs "${field}"${hint}` });
  }).pipe(schema);
}

/** The record of a figure of kind `Name` with the kind's own fields `Shape`, as validated. */
type KindFigure<Name extends string, Shape extends z.ZodRawShape> =
  z.infer<z.ZodObject<typeof figureBase & { kind: z.ZodLiteral<Name> } & Shape>>;

/** What a kind's schema.ts says about its records (see defineSchema). */
export interface SchemaSpec<Name extends string, Shape extends z.ZodRawShape> {
  /** The kind's name, as figures.yaml writes it in `kind:`. */
  name: Name;
  /** The fields the kind takes besides the common ones (figureBase); wrap required ones in needs(). */
  fields: Shape;
  /**
   * The kind's own text fields, whose English the record's `en:` block carries besides the title,
   * dek and notes: dotted paths as in src/lib/i18n/text-fields.ts ("groups.*.label") and what each is.
   */
  text?: Readonly<Record<string, string>>;
  /** Checks across fields, beyond what each field's schema says. */
  refine?: (figure: KindFigure<Name, Shape>, ctx: z.RefinementCtx) => void;
}

/**
 * A kind's records: its spec and its variant of the figure schema, strict so that a field that
 * belongs to another kind (a `plan:` on a bar chart) is an error naming the fields it does take.
 */
export function defineSchema<const Name extends string, Shape extends z.ZodRawShape>(spec: SchemaSpec<Name, Shape>) {
  const known = ['id', 'kind', 'title', 'dek', 'notes', 'story', 'stories', 'draft', 'en', ...Object.keys(spec.fields)];
  const object = z.strictObject({ ...figureBase, kind: z.literal(spec.name), ...spec.fields }, {
    error: (issue) => issue.code === 'unrecognized_keys'
      ? `${aFigureOf(spec.name)} takes no ${issue.keys.map((key) => `"${key}"`).join(', ')}; its fields are: ${known.join(', ')}`
      : undefined,
  });
  const schema = spec.refine ? object.superRefine((figure, ctx) => spec.refine!(figure as KindFigure<Name, Shape>, ctx)) : object;
  return { name: spec.name, fields: spec.fields, text: spec.text, schema };
}
