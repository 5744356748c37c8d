import { z } from 'zod';
import type { Article, Block, Reference } from '@govclip/core';
import { BASE64_PATTERN } from '../export/base64';
import { BACKUP_FORMAT } from '../export/backup';
import type { BackupData, BackupImage } from '../export/backup';
import type { Annotation, ArchivedArticle } from '../types';
import { IMPORT_LIMITS as L } from './limits';

/**
 * Strict zod schemas of a JSON backup: unknown keys are rejected everywhere, every string and
 * array has a size limit. The `z.ZodType<…>` annotations make the compiler check that each
 * schema produces exactly the shared data model (a field added to `Article` without a schema
 * update fails the typecheck, not a user's restore).
 */
const short = z.string().max(L.shortText);
const medium = z.string().max(L.mediumText);
const long = z.string().max(L.longText);
const url = z.string().max(L.url);
/** ISO 8601 as we write it (date, or date and time with optional seconds and offset). */
const isoDate = z
  .string()
  .max(64)
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u,
  );
const offset = z.number().int().min(0).max(L.articleText);
const tags = z.array(short).max(L.tagsPerRecord);

const blockSchema: z.ZodType<Block> = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([
      z.literal(1),
      z.literal(2),
      z.literal(3),
      z.literal(4),
      z.literal(5),
      z.literal(6),
    ]),
    text: long,
  }),
  z.strictObject({ type: z.literal('paragraph'), text: long, html: long }),
  z.strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(long).max(L.itemsPerBlock),
  }),
  z.strictObject({
    type: z.literal('table'),
    rows: z.array(z.array(long).max(L.itemsPerBlock)).max(L.itemsPerBlock),
  }),
  z.strictObject({
    type: z.literal('figure'),
    src: url,
    caption: z.nullable(medium),
    alt: z.nullable(medium),
  }),
  z.strictObject({ type: z.literal('quote'), text: long }),
]);

const referenceSchema: z.ZodType<Reference> = z.strictObject({
  text: medium,
  start: offset,
  end: offset,
  kind: z.enum(['party', 'state']),
  type: short,
  number: z.nullable(short),
  code: z.nullable(short),
  issuer: z.nullable(short),
  year: z.nullable(z.number().int().min(0).max(9999)),
  date: z.nullable(isoDate),
  issuingBody: z.nullable(medium),
  term: z.nullable(short),
  title: z.nullable(medium),
  form: z.enum(['full', 'short', 'named-law', 'list-member', 'code-only', 'unnumbered']),
  key: medium,
});

const articleSchema: z.ZodType<Article> = z.strictObject({
  url: z.nullable(url),
  canonicalUrl: z.nullable(url),
  siteName: z.nullable(medium),
  cms: z.enum([
    'nukeviet',
    'sharepoint',
    'liferay',
    'liferay-dnict',
    'dnn',
    'baochinhphu',
    'dangcongsan',
    'joomla',
    'wordpress',
    'newspaper-zce',
    'vhv',
    'generic',
  ]),
  title: medium,
  published: z.nullable(isoDate),
  modified: z.nullable(isoDate),
  author: z.nullable(medium),
  source: z.nullable(medium),
  lead: z.nullable(long),
  blocks: z.array(blockSchema).max(L.blocksPerArticle),
  html: z.string().max(L.articleText),
  text: z.string().max(L.articleText),
  images: z
    .array(z.strictObject({ src: url, caption: z.nullable(medium), alt: z.nullable(medium) }))
    .max(L.imagesPerArticle),
  attachments: z
    .array(z.strictObject({ href: z.nullable(url), name: medium, type: z.nullable(short) }))
    .max(L.imagesPerArticle),
  tags,
  lang: short,
  references: z.array(referenceSchema).max(L.referencesPerArticle),
  removed: z.array(z.strictObject({ rule: short, excerpt: medium })).max(L.removedPerArticle),
});

export const archivedArticleSchema: z.ZodType<ArchivedArticle> = z.strictObject({
  id: z.string().min(1).max(L.url),
  article: articleSchema,
  savedAt: isoDate,
  updatedAt: isoDate,
  versions: z
    .array(
      z.strictObject({
        savedAt: isoDate,
        title: medium,
        text: z.string().max(L.articleText),
        html: z.string().max(L.articleText),
      }),
    )
    .max(L.versionsPerArticle),
  tags,
  note: long,
  read: z.boolean(),
  imageKeys: z.array(z.string().min(1).max(L.url)).max(L.imagesPerArticle),
  failedImages: z
    .array(z.strictObject({ src: url, reason: short }))
    .max(L.imagesPerArticle)
    .optional(),
});

export const annotationSchema: z.ZodType<Annotation> = z.strictObject({
  id: z.string().min(1).max(L.shortText),
  articleId: z.string().min(1).max(L.url),
  target: z.strictObject({
    source: url,
    selector: z.tuple([
      z.strictObject({
        type: z.literal('TextQuoteSelector'),
        exact: long,
        prefix: medium,
        suffix: medium,
      }),
      z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    ]),
  }),
  color: z.enum(['yellow', 'green', 'blue', 'pink', 'purple']),
  note: long,
  tags,
  created: isoDate,
  modified: isoDate,
  orphaned: z.boolean(),
});

export const backupImageSchema: z.ZodType<BackupImage> = z.strictObject({
  key: z.string().min(1).max(L.url),
  articleId: z.string().min(1).max(L.url),
  src: url,
  type: short,
  base64: z.string().max(L.imageBase64).regex(BASE64_PATTERN, 'not canonical base64'),
});

/** Settings are small JSON values under plain keys (forbidden keys were refused before). */
const settingsSchema = z
  .record(short, z.json())
  .refine((settings) => Object.keys(settings).length <= L.settingsKeys, 'too many settings');

export const backupDataSchema: z.ZodType<BackupData> = z.strictObject({
  articles: z.array(archivedArticleSchema).max(L.articles),
  annotations: z.array(annotationSchema).max(L.annotations),
  images: z.array(backupImageSchema).max(L.images),
  settings: settingsSchema,
});

export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: isoDate,
  counts: z.strictObject({
    articles: z.number().int().min(0),
    annotations: z.number().int().min(0),
    images: z.number().int().min(0),
  }),
  checksum: z.strictObject({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/u),
  }),
  data: z.unknown(),
});
