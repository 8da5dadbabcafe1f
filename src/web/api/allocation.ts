/**
 * The allocation API (R27) as typed calls over the one client, so CSRF, the user's language and
 * problem+json → ApiError work as everywhere else. Shapes and endpoints: allocation-types.ts.
 */
import { get, post, send } from './client.js';
import type { Locale } from './types.js';
import type {
  AllocationWorkspace,
  EntryChangeBody,
  NewScenarioBody,
  ScenarioComparison,
  ScenarioDetail,
} from './allocation-types.js';

const enc = encodeURIComponent;

export const allocationApi = {
  workspace: (callId: string) => get<AllocationWorkspace>(`/api/calls/${enc(callId)}/allocation`),
  scenario: (scenarioId: string) =>
    get<ScenarioDetail>(`/api/allocation/scenarios/${enc(scenarioId)}`),
  createScenario: (callId: string, body: NewScenarioBody) =>
    post<ScenarioDetail>(`/api/calls/${enc(callId)}/allocation/scenarios`, body),
  optimise: (callId: string, name: string) =>
    post<ScenarioDetail>(`/api/calls/${enc(callId)}/allocation/scenarios/optimise`, { name }),
  compare: (callId: string, a: string, b: string) =>
    get<ScenarioComparison>(`/api/calls/${enc(callId)}/allocation/compare?a=${enc(a)}&b=${enc(b)}`),
  rename: async (scenarioId: string, name: string) =>
    (await send<ScenarioDetail>('PATCH', `/api/allocation/scenarios/${enc(scenarioId)}`, { name }))
      .value,
  remove: async (scenarioId: string) => {
    await send<null>('DELETE', `/api/allocation/scenarios/${enc(scenarioId)}`);
  },
  changeEntry: async (scenarioId: string, caseId: string, body: EntryChangeBody) =>
    (
      await send<ScenarioDetail>(
        'PUT',
        `/api/allocation/scenarios/${enc(scenarioId)}/entries/${enc(caseId)}`,
        body,
      )
    ).value,
  propose: (scenarioId: string, comment: string | null) =>
    post<ScenarioDetail>(`/api/allocation/scenarios/${enc(scenarioId)}/propose`, {
      ...(comment ? { comment } : {}),
    }),
  approve: (scenarioId: string, comment: string | null) =>
    post<ScenarioDetail>(`/api/allocation/scenarios/${enc(scenarioId)}/approve`, {
      ...(comment ? { comment } : {}),
    }),
  returnToOfficer: (scenarioId: string, comment: string) =>
    post<ScenarioDetail>(`/api/allocation/scenarios/${enc(scenarioId)}/return`, { comment }),
  exportUrl: (scenarioId: string, locale: Locale) =>
    `/api/allocation/scenarios/${enc(scenarioId)}/export.xlsx?lang=${locale}`,
};
