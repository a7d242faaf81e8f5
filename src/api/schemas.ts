// The zod schemas that validate requests; /api/openapi.json is generated from them and
// from the answers' schemas (store/views.ts).
import { z } from '@hono/zod-openapi';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ENTITY_TYPE = '(?:person|organization|place|handle)';

/** A calendar date that exists: month 01–12, day within its month (29 February in leap years only). */
function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const dateString = (name: string) =>
  z.string().refine(isRealDate, { message: `${name} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD` });

/** Names and labels: no control characters, and something visible. */
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const label = (name: string, max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !CONTROL.test(v), { message: `${name} must not contain control characters` })
    .refine((v) => /[^\s\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/.test(v), {
      message: `${name} must not be empty`,
    });

export const date = (name: string) =>
  dateString(name)
    .optional()
    .openapi({ param: { name, in: 'query' }, example: '2014-08' });

export const Paging = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .openapi({ param: { name: 'limit', in: 'query' }, example: 50 }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ param: { name: 'offset', in: 'query' }, example: 0 }),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const ProfileQuery = z.object({
  ties: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(10)
    .openapi({
      param: {
        name: 'ties',
        in: 'query',
        description:
          'ties listed per type (default 10, the best-attested); tieTotals counts all, tiesMore says which types have more',
      },
    }),
});

export const TiesQuery = Paging.extend({
  type: z
    .string()
    .regex(/^[a-z_]{1,60}$/, { message: 'type must be a tie type such as member_of' })
    .openapi({ param: { name: 'type', in: 'query' }, example: 'member_of' }),
});

export const SuggestQuery = z.object({
  q: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'q', in: 'query' }, example: 'Khorasani' }),
});

export const SearchQuery = Paging.extend({
  q: z
    .string()
    .min(1)
    .max(500)
    .openapi({ param: { name: 'q', in: 'query' }, example: 'Khorasani' }),
  type: z
    .enum(['article', 'quote'])
    .optional()
    .openapi({ param: { name: 'type', in: 'query' } }),
  since: date('since'),
  until: date('until'),
});

export const EntitiesQuery = Paging.extend({
  type: z
    .enum(['person', 'organization', 'place', 'handle'])
    .optional()
    .openapi({ param: { name: 'type', in: 'query' } }),
  sort: z
    .enum(['mentions', 'name', 'recent'])
    .default('mentions')
    .openapi({ param: { name: 'sort', in: 'query' } }),
});

export const GraphQuery = z.object({
  around: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'around', in: 'query' } }),
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(4)
    .default(1)
    .openapi({ param: { name: 'depth', in: 'query' } }),
  types: z
    .string()
    .regex(new RegExp(`^${ENTITY_TYPE}(?:,${ENTITY_TYPE})*$`), {
      message: 'types must be a comma-separated list of person, organization, place, handle',
    })
    .optional()
    .openapi({ param: { name: 'types', in: 'query' }, example: 'person,organization' }),
  relTypes: z
    .string()
    .regex(/^[a-z_]+(?:,[a-z_]+)*$/, { message: 'relTypes must be a comma-separated list of tie types' })
    .optional()
    .openapi({ param: { name: 'relTypes', in: 'query' }, example: 'rival_of,split_from' }),
  since: date('since'),
  until: date('until'),
  minCorroboration: z.coerce
    .number()
    .int()
    .min(1)
    .max(10000)
    .optional()
    .openapi({ param: { name: 'minCorroboration', in: 'query' } }),
  grade: z
    .string()
    .regex(/^[A-F][1-6]?(?:,[A-F][1-6]?)*$/, {
      message: 'grade must be a comma-separated list of reliability letters A–F (or grades like B2)',
    })
    .optional()
    .openapi({ param: { name: 'grade', in: 'query' }, example: 'A,B' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(2000)
    .default(300)
    .openapi({
      param: {
        name: 'limit',
        in: 'query',
        description:
          'edges per page, best-corroborated first (default 300); the answer has total, offset, limit and more',
      },
      example: 300,
    }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ param: { name: 'offset', in: 'query', description: 'edges to skip (the next page)' } }),
  docs: z.coerce
    .number()
    .int()
    .min(0)
    .max(20)
    .default(3)
    .openapi({
      param: {
        name: 'docs',
        in: 'query',
        description: 'source document ids listed per edge (default 3); corroboration counts them all',
      },
    }),
});

export const PathQuery = z.object({
  a: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'a', in: 'query' } }),
  b: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'b', in: 'query' } }),
  maxHops: z.coerce
    .number()
    .int()
    .min(1)
    .max(4)
    .default(4)
    .openapi({ param: { name: 'maxHops', in: 'query' } }),
});

/** A page of what concerns one entity (by id) between two dates: timeline and incidents. */
export const EntityDatesQuery = Paging.extend({
  entity: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'entity', in: 'query' } }),
  since: date('since'),
  until: date('until'),
});

export const TimelineQuery = EntityDatesQuery.extend({
  types: z
    .string()
    .regex(/^[a-z_]+(?:,[a-z_]+)*$/, { message: 'types must be a comma-separated list of event types' })
    .optional()
    .openapi({ param: { name: 'types', in: 'query' }, example: 'arrest,attack' }),
});

export const PlacesQuery = Paging.extend({
  since: date('since'),
  until: date('until'),
});

export const OutletParam = z.object({
  outlet: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'outlet', in: 'path' } }),
});

export const GradeBody = z
  .object({
    grade: z
      .string()
      .regex(/^[A-Fa-f][1-6]$/, { message: 'grade must be reliability A–F and credibility 1–6, e.g. B2' }),
    by: label('by', 100).optional(),
  })
  .openapi('GradeRequest');

export const DecisionBody = z
  .object({
    kind: z.enum(['confirm', 'reject', 'merge', 'split', 'rename', 'speaker', 'retype', 'add', 'edit']),
    factId: z.string().min(1).max(200).optional(),
    entityId: z.string().min(1).max(200).optional(),
    otherId: z.string().min(1).max(200).optional(),
    name: label('name', 300).optional(),
    /** split: further spellings that leave with `name` */
    names: z.array(z.string().min(1).max(300)).max(20).optional(),
    /** retype: the entity's new type */
    entityType: z.enum(['person', 'organization', 'place', 'handle']).optional(),
    /** add: a whole tie or event, cited to a sentence; edit: what changes */
    fact: z
      .object({
        kind: z.enum(['relation', 'event']).optional(),
        type: z.string().min(1).max(60).optional(),
        subjectId: z.string().min(1).max(200).optional(),
        objectId: z.string().min(1).max(200).optional(),
        negated: z.boolean().optional(),
        date: z.string().max(10).nullable().optional(),
        placeId: z.string().min(1).max(200).nullable().optional(),
        roles: z
          .array(z.object({ role: z.string().min(1).max(20), entityId: z.string().min(1).max(200) }))
          .max(20)
          .optional(),
        documentId: z.string().min(1).max(64).optional(),
        start: z.number().int().min(0).optional(),
        end: z.number().int().min(0).optional(),
      })
      .optional(),
    quoteId: z.string().min(1).max(200).optional(),
    by: label('by', 100).optional(),
  })
  .openapi('DecisionRequest');

export const DecisionIdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const IngestJson = z
  .object({
    text: z.string().min(1).max(1_000_000).optional(),
    title: z
      .string()
      .max(500)
      .refine((v) => !CONTROL.test(v.replace(/[\t\n\r]/g, ' ')), {
        message: 'title must not contain control characters',
      })
      .optional(),
    published: dateString('published').optional(),
    url: z
      .url({ protocol: /^https?$/, message: 'url must be an http(s) URL' })
      .max(2000)
      .optional(),
  })
  .openapi('IngestRequest');

export const IngestForm = z
  .object({
    files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
  })
  .openapi('IngestUpload');

export const ProblemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() })
  .openapi('Problem');
