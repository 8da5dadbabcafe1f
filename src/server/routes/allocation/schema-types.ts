/**
 * Compile-time proof that the answers' Zod schemas and the web's contract
 * (src/web/api/allocation-types.ts) describe the same shapes, both ways. No runtime code.
 */
import type { z } from 'zod';
import type {
  AllocationWorkspace,
  EntryChangeBody,
  NewScenarioBody,
  ScenarioComparison,
  ScenarioDetail,
} from '../../../web/api/allocation-types.js';
import type {
  comparisonSchema,
  entryChangeBody,
  newScenarioBody,
  scenarioDetailSchema,
  workspaceSchema,
} from './schema.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Same<z.output<typeof workspaceSchema>, AllocationWorkspace>>,
  Assert<Same<z.output<typeof scenarioDetailSchema>, ScenarioDetail>>,
  Assert<Same<z.output<typeof comparisonSchema>, ScenarioComparison>>,
  Assert<Same<z.output<typeof entryChangeBody>, EntryChangeBody>>,
  Assert<Same<z.output<typeof newScenarioBody>, NewScenarioBody>>,
];
