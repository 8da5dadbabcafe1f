/** The follow-up API (acceptance, payments) over the one client. Shapes: followup-types.ts. */
import { get, post } from './client.js';
import type { GrantList, OwnGrant, PaymentRecord } from './followup-types.js';

const enc = encodeURIComponent;

export const ownGrantApi = {
  get: (applicationId: string) =>
    get<OwnGrant | null>(`/api/applications/${enc(applicationId)}/grant`),
  accept: (applicationId: string) =>
    post<OwnGrant | null>(`/api/applications/${enc(applicationId)}/grant/accept`, {}),
  decline: (applicationId: string, reason: string) =>
    post<OwnGrant | null>(
      `/api/applications/${enc(applicationId)}/grant/decline`,
      reason === '' ? {} : { reason },
    ),
};

export const grantApi = {
  list: (callId: string) => get<GrantList>(`/api/calls/${enc(callId)}/grants`),
  payments: (callId: string) => get<PaymentRecord[]>(`/api/calls/${enc(callId)}/payments`),
  csvUrl: (callId: string) => `/api/calls/${enc(callId)}/payments.csv`,
  recordPayment: (
    decisionId: string,
    body: { amountNok: number; paidOn: string; reference: string },
  ) => post<PaymentRecord>(`/api/grants/${enc(decisionId)}/payments`, body),
};
