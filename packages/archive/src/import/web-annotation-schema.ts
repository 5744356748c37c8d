import { z } from 'zod';
import { IMPORT_LIMITS as L } from './limits';

/**
 * The part of the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/) that an
 * import reads, as strict zod schemas: keys outside the model's vocabulary are rejected;
 * properties of the vocabulary that GovClip does not use (creator, generator, rights…) are
 * accepted and ignored. Selectors other than TextQuote/TextPosition (CSS, XPath, Range…) are
 * accepted and ignored, since our text anchors need neither.
 */
const short = z.string().max(L.shortText);
const medium = z.string().max(L.mediumText);
const long = z.string().max(L.longText);
const iri = z.string().min(1).max(L.url);
const ignored = z.unknown();
const typeName = (name: string) =>
  z.union([
    z.literal(name),
    z
      .array(short)
      .max(16)
      .refine((types) => types.includes(name)),
  ]);

export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: long.min(1),
  prefix: medium.optional(),
  suffix: medium.optional(),
  id: iri.optional(),
  refinedBy: ignored.optional(),
});

export const textPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0).max(L.articleText),
  end: z.number().int().min(0).max(L.articleText),
  id: iri.optional(),
  refinedBy: ignored.optional(),
});

const otherSelectorSchema = z.strictObject({
  type: z.enum([
    'FragmentSelector',
    'CssSelector',
    'XPathSelector',
    'RangeSelector',
    'DataPositionSelector',
    'SvgSelector',
  ]),
  id: iri.optional(),
  value: z.string().max(L.mediumText).optional(),
  conformsTo: iri.optional(),
  startSelector: ignored.optional(),
  endSelector: ignored.optional(),
  start: z.number().optional(),
  end: z.number().optional(),
  refinedBy: ignored.optional(),
});

const selectorSchema = z.union([
  textQuoteSelectorSchema,
  textPositionSelectorSchema,
  otherSelectorSchema,
]);

export const specificTargetSchema = z.strictObject({
  id: iri.optional(),
  type: short.optional(),
  source: iri,
  selector: z.union([selectorSchema, z.array(selectorSchema).max(16)]).optional(),
  styleClass: short.optional(),
  state: ignored.optional(),
  scope: ignored.optional(),
  purpose: short.optional(),
  renderedVia: ignored.optional(),
});

const targetSchema = z.union([iri, specificTargetSchema]);

export const textualBodySchema = z.strictObject({
  type: z.literal('TextualBody'),
  value: long,
  purpose: z.string().max(64).optional(),
  format: z.string().max(128).optional(),
  language: z.string().max(64).optional(),
  id: iri.optional(),
  creator: ignored.optional(),
  created: short.optional(),
  modified: short.optional(),
});

/** Bodies we do not read (an IRI, a SpecificResource) are allowed and ignored. */
const bodySchema = z.union([
  textualBodySchema,
  iri,
  z.looseObject({ type: short.optional(), id: iri.optional() }),
]);

export const webAnnotationSchema = z.strictObject({
  '@context': ignored.optional(),
  id: iri.optional(),
  type: typeName('Annotation'),
  motivation: z.union([short, z.array(short).max(16)]).optional(),
  created: short.optional(),
  modified: short.optional(),
  generated: short.optional(),
  creator: ignored.optional(),
  generator: ignored.optional(),
  audience: ignored.optional(),
  rights: ignored.optional(),
  canonical: iri.optional(),
  via: ignored.optional(),
  stylesheet: ignored.optional(),
  label: ignored.optional(),
  bodyValue: long.optional(),
  body: z.union([bodySchema, z.array(bodySchema).max(L.tagsPerRecord)]).optional(),
  target: z.union([targetSchema, z.array(targetSchema).max(16)]),
});

export type ParsedWebAnnotation = z.infer<typeof webAnnotationSchema>;

const annotationList = z.array(z.unknown()).max(L.annotations);

export const annotationPageSchema = z.strictObject({
  '@context': ignored.optional(),
  id: iri.optional(),
  type: typeName('AnnotationPage'),
  items: annotationList,
  partOf: ignored.optional(),
  startIndex: z.number().int().min(0).optional(),
  next: ignored.optional(),
  prev: ignored.optional(),
  label: ignored.optional(),
});

export const annotationCollectionSchema = z.strictObject({
  '@context': ignored.optional(),
  id: iri.optional(),
  type: typeName('AnnotationCollection'),
  label: ignored.optional(),
  total: z.number().int().min(0).optional(),
  first: z.union([iri, annotationPageSchema]).optional(),
  last: ignored.optional(),
  creator: ignored.optional(),
  generator: ignored.optional(),
  created: short.optional(),
  modified: short.optional(),
});
