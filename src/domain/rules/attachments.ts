/**
 * R10: the signed cooperation agreement is attached, as a file of a type and size its attachment
 * kind allows. The file itself is checked on upload; here only its reference is looked at.
 */
import { formatNumber, localize, quoteName } from './format.js';
import { defineRule, type FormalRule } from './rule.js';

const BYTES_PER_MB = 1024 * 1024;

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
};

function typeName(mediaType: string): string {
  return TYPE_NAMES[mediaType] ?? mediaType;
}

export const signedAgreementRequired = defineRule('signedAgreementRequired', (context, emit) => {
  const rule = context.call.rules.signedAgreementRequired;
  const items = context.sections.attachments?.items;
  if (!rule || !items) return;
  const kind = context.call.attachmentKinds.find((k) => k.id === rule.attachmentKind);
  const label = localize((l) => quoteName(kind?.label[l] ?? rule.attachmentKind, l));

  const attached = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.kind === rule.attachmentKind);
  if (attached.length === 0) {
    emit(rule, 'error', context.pathOf('attachments', 'items'), {
      nb: `${label.nb} er ikke lagt ved. Last opp avtalen, signert av alle parter.`,
      nn: `${label.nn} er ikkje lagd ved. Last opp avtalen, signert av alle partar.`,
      en: `${label.en} is not attached. Upload the agreement, signed by all parties.`,
    });
    return;
  }
  if (!kind) return;
  const allowed = kind.allowedTypes.map(typeName);
  for (const { item, index } of attached) {
    if (!kind.allowedTypes.some((type) => type === item.mediaType)) {
      emit(rule, 'error', context.pathOf('attachments', 'items', index, 'mediaType'), {
        nb: `Filen ${quoteName(item.fileName, 'nb')} er av typen ${typeName(item.mediaType)}. ${label.nb} må være ${allowed.join(' eller ')}.`,
        nn: `Fila ${quoteName(item.fileName, 'nn')} er av typen ${typeName(item.mediaType)}. ${label.nn} må vere ${allowed.join(' eller ')}.`,
        en: `The file ${quoteName(item.fileName, 'en')} is of type ${typeName(item.mediaType)}. ${label.en} must be ${allowed.join(' or ')}.`,
      });
    }
    if (item.sizeBytes > kind.maxBytes) {
      const size = localize((l) =>
        formatNumber(Math.ceil((item.sizeBytes / BYTES_PER_MB) * 10) / 10, l),
      );
      const max = localize((l) =>
        formatNumber(Math.floor((kind.maxBytes / BYTES_PER_MB) * 10) / 10, l),
      );
      emit(rule, 'error', context.pathOf('attachments', 'items', index, 'sizeBytes'), {
        nb: `Filen ${quoteName(item.fileName, 'nb')} er ${size.nb} MB. Den kan være høyst ${max.nb} MB.`,
        nn: `Fila ${quoteName(item.fileName, 'nn')} er ${size.nn} MB. Ho kan vere høgst ${max.nn} MB.`,
        en: `The file ${quoteName(item.fileName, 'en')} is ${size.en} MB. It may be at most ${max.en} MB.`,
      });
    }
  }
});

export const attachmentRules: readonly FormalRule[] = [signedAgreementRequired];
