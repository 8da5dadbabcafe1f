/**
 * Compile-time proof that the answers' Zod schemas and the web's contract
 * (src/web/api/decision-types.ts) describe the same shapes, both ways. No runtime code.
 */
import type { z } from 'zod';
import type {
  AppealDetail,
  AppealFile,
  AppealSummary,
  BulkAnswer,
  DecisionDetail,
  DecisionJob,
  DecisionList,
  OwnAppeal,
  OwnDecision,
  PublicAward,
  ReasonsChangeBody,
} from '../../../web/api/decision-types.js';
import type {
  appealDetailSchema,
  appealFileSchema,
  appealSummarySchema,
  bulkAnswerSchema,
  decisionDetailSchema,
  decisionJobSchema,
  decisionListSchema,
  ownAppealSchema,
  ownDecisionSchema,
  publicAwardSchema,
  reasonsChangeBody,
} from './schema.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Same<z.output<typeof decisionListSchema>, DecisionList>>,
  Assert<Same<z.output<typeof decisionDetailSchema>, DecisionDetail>>,
  Assert<Same<z.output<typeof decisionJobSchema>, DecisionJob>>,
  Assert<Same<z.output<typeof bulkAnswerSchema>, BulkAnswer>>,
  Assert<Same<z.output<typeof appealSummarySchema>, AppealSummary>>,
  Assert<Same<z.output<typeof appealDetailSchema>, AppealDetail>>,
  Assert<Same<z.output<typeof appealFileSchema>, AppealFile>>,
  Assert<Same<z.output<typeof ownDecisionSchema>, OwnDecision>>,
  Assert<Same<z.output<typeof ownAppealSchema>, OwnAppeal>>,
  Assert<Same<z.output<typeof publicAwardSchema>, PublicAward>>,
  Assert<Same<z.output<typeof reasonsChangeBody>, ReasonsChangeBody>>,
];
