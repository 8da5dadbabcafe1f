/**
 * What anyone may see of a call, before signing in: the shape the public API returns and the
 * call page renders. Rules, cost categories and the form stay out; they belong to applicants.
 */
import type { AnnouncementBlock, CallDefinition, Localized } from './call-schema.js';
import { callDeadline, callFormOpens, callPagePublished, callPhaseAt } from './call-phase.js';

export interface PublicCallView {
  id: string;
  title: Localized;
  summary: Localized;
  programme: { name: Localized; ministry: Localized; reform: Localized };
  scheme: Localized;
  announcement: Record<'nb' | 'nn' | 'en', AnnouncementBlock[]>;
  potNok: number;
  /** The first three are ISO instants (toISOString), the last two are dates YYYY-MM-DD. */
  dates: {
    pagePublished: string;
    formOpens: string;
    deadline: string;
    projectStartLatest: string;
    projectEndLatest: string;
  };
  phase: 'unpublished' | 'published' | 'open' | 'closed';
  eligibility: {
    summary: Localized;
    institutionCategories: string[];
    privateRequiresPublicFunding: boolean;
  };
  contact: { name: string; phone: string; email: string; organisation: Localized };
  criteria: { id: string; title: Localized }[];
}

export interface CallSummary {
  id: string;
  title: Localized;
  potNok: number;
  deadline: string;
  phase: PublicCallView['phase'];
}

export function toPublicCallView(call: CallDefinition, now: Date): PublicCallView {
  const { programme, eligibility, contact, dates } = call;
  return {
    id: call.id,
    title: copyLocalized(call.title),
    summary: copyLocalized(call.summary),
    programme: {
      name: copyLocalized(programme.name),
      ministry: copyLocalized(programme.ministry),
      reform: copyLocalized(programme.reform),
    },
    scheme: copyLocalized(call.scheme),
    announcement: {
      nb: call.announcement.nb.map(copyBlock),
      nn: call.announcement.nn.map(copyBlock),
      en: call.announcement.en.map(copyBlock),
    },
    potNok: call.potNok,
    dates: {
      pagePublished: callPagePublished(call).toISOString(),
      formOpens: callFormOpens(call).toISOString(),
      deadline: callDeadline(call).toISOString(),
      projectStartLatest: dates.projectStartLatest,
      projectEndLatest: dates.projectEndLatest,
    },
    phase: callPhaseAt(call, now),
    eligibility: {
      summary: copyLocalized(eligibility.summary),
      institutionCategories: [...eligibility.institutionCategories],
      privateRequiresPublicFunding: eligibility.privateRequiresPublicFunding,
    },
    contact: {
      name: contact.name,
      phone: contact.phone,
      email: contact.email,
      organisation: copyLocalized(contact.organisation),
    },
    criteria: call.criteria.map((criterion) => ({
      id: criterion.id,
      title: copyLocalized(criterion.title),
    })),
  };
}

export function toCallSummary(call: CallDefinition, now: Date): CallSummary {
  return {
    id: call.id,
    title: copyLocalized(call.title),
    potNok: call.potNok,
    deadline: callDeadline(call).toISOString(),
    phase: callPhaseAt(call, now),
  };
}

// Copies, so a caller that edits the view (or serialises it lazily) never reaches the loaded call.
function copyLocalized(text: Localized): Localized {
  return { nb: text.nb, nn: text.nn, en: text.en };
}

function copyBlock(block: AnnouncementBlock): AnnouncementBlock {
  return block.type === 'list' ? { type: 'list', items: [...block.items] } : { ...block };
}
