/**
 * The schema of the legal texts in `legal/<act>.json`: each act in one or more versions, each
 * version with its provisions keyed by a stable id (`right-to-appeal`), never by section number.
 * A version names its own section numbers, so an act that renumbers (the new forvaltningslov)
 * is a new version in the data and the code that asks for `right-to-appeal` does not change.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, localizedSchema, quote } from '../call/call-schema-parts.js';

/** A sentence in all three languages; `{name}` marks a value the letter fills in. */
const sentenceSchema = localizedSchema;

export const provisionSchema = z.strictObject({
  /** The number as the act's version prints it: "2", "11a", "6.3.3". Never parsed as a number. */
  section: z.string().regex(/^[0-9][0-9a-z.]*$/, {
    error: (iss) => `expected a section number such as "28" or "11a", got ${quote(iss.input)}`,
  }),
  title: localizedSchema,
  /** The standard sentences a letter uses for this provision, a faithful paraphrase, not a quote. */
  sentences: z.record(idSchema, sentenceSchema),
  /** Figures the provision fixes (e.g. the appeal deadline's length in weeks). */
  parameters: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.number()).optional(),
});
export type Provision = z.output<typeof provisionSchema>;

export const actVersionSchema = z.strictObject({
  /** The act's identifier in Lovdata, e.g. "LOV-1967-02-10". */
  id: z.string().regex(/^[A-Z][A-Za-z0-9-]+$/, {
    error: (iss) => `expected an identifier such as "LOV-1967-02-10", got ${quote(iss.input)}`,
  }),
  title: localizedSchema,
  /** How a provision is cited in running text: "forvaltningsloven § {section}". */
  citeAs: localizedSchema,
  /** First day in force; null while the date is not decided (the version is then never chosen). */
  inForceFrom: isoDateSchema.nullable(),
  /** Last day in force; null while in force. */
  inForceTo: isoDateSchema.nullable(),
  note: localizedSchema.optional(),
  provisions: z.record(idSchema, provisionSchema),
});
export type ActVersion = z.output<typeof actVersionSchema>;

export const actSchema = z
  .strictObject({
    id: idSchema,
    /** Provision ids every version in force must hold: what the letters ask for. */
    requiredProvisions: z.array(idSchema).min(1),
    versions: z.array(actVersionSchema).min(1),
  })
  .superRefine((act, ctx) => {
    act.versions.forEach((version, index) => {
      if (version.inForceFrom === null) return;
      for (const id of act.requiredProvisions) {
        if (!(id in version.provisions)) {
          ctx.addIssue({
            code: 'custom',
            path: ['versions', index, 'provisions'],
            message: `version ${version.id} has a date in force but lacks provision "${id}"`,
          });
        }
      }
      if (version.inForceTo !== null && version.inForceTo < version.inForceFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', index, 'inForceTo'],
          message: `ends (${version.inForceTo}) before it starts (${version.inForceFrom})`,
        });
      }
    });
    const dated = act.versions
      .map((v, index) => ({ v, index }))
      .filter(({ v }) => v.inForceFrom !== null)
      .sort((a, b) => ((a.v.inForceFrom ?? '') < (b.v.inForceFrom ?? '') ? -1 : 1));
    for (let i = 1; i < dated.length; i += 1) {
      const before = dated[i - 1];
      const after = dated[i];
      if (!before || !after) continue;
      if (before.v.inForceTo === null || before.v.inForceTo >= (after.v.inForceFrom ?? '')) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', after.index, 'inForceFrom'],
          message: `overlaps version ${before.v.id}: give that version an inForceTo before this date`,
        });
      }
    }
  });
export type Act = z.output<typeof actSchema>;
