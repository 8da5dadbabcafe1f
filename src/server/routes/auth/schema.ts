import { z } from 'zod';
import { audiences } from './oidc-clients.js';
import { isSafeReturnTo } from './return-to.js';

export const loginQuerySchema = z.object({
  returnTo: z
    .string()
    .refine(isSafeReturnTo, {
      params: {
        messages: {
          nb: 'må være en adresse på dette nettstedet som begynner med /',
          nn: 'må vere ei adresse på denne nettstaden som byrjar med /',
          en: 'must be a path on this site starting with /',
        },
      },
    })
    .optional()
    .describe('Where to go after sign-in: a path on this site, e.g. /minside'),
  as: z.enum(audiences).optional().describe('staff: sign in with the staff identity provider'),
  moved: z
    .literal('1')
    .optional()
    .describe(
      'Set by the app when it moved the browser to the public address before sign-in; a proxy that rewrites Host then causes no redirect loop',
    ),
});

export const logoutAnswerSchema = z
  .object({
    redirectTo: z
      .string()
      .describe("Where the browser goes next: the identity provider's logout, or /"),
  })
  .describe('The session is ended');
