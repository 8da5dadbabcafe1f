/** The follow-up API's shapes (acceptance, payment plan, payments), shared by server and web. */
export type AcceptanceState = 'awaiting' | 'accepted' | 'declined' | 'lapsed';

export interface PlanInstalment {
  id: string;
  percent: number;
  /** acceptance, date or report-approved. */
  when: 'acceptance' | 'date' | 'report-approved';
  date: string | null;
  amountNok: number;
  due: boolean;
}

export interface OwnGrant {
  decisionId: string;
  caseNumber: string;
  grantNok: number;
  /** The last Oslo day to answer, YYYY-MM-DD. */
  deadline: string;
  state: AcceptanceState;
  answeredAt: string | null;
  answeredBy: string | null;
  reason: string | null;
  canAnswer: boolean;
  plan: PlanInstalment[];
  paidNok: number;
}

export interface GrantSummary {
  decisionId: string;
  caseNumber: string;
  title: string;
  institutionName: string;
  grantNok: number;
  deadline: string;
  state: AcceptanceState;
  answeredAt: string | null;
  dueNok: number;
  paidNok: number;
}

export interface GrantList {
  callId: string;
  grants: GrantSummary[];
  /** What declines and lapses gave back, for the reserve list. */
  freedNok: number;
  /** Σ of the grants accepted or still awaiting an answer. */
  inForceNok: number;
}

export interface PaymentRecord {
  id: string;
  decisionId: string;
  amountNok: number;
  paidOn: string;
  reference: string;
  recordedBy: string;
  recordedAt: string;
}
