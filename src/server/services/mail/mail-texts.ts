/**
 * The texts of the e-mails this app sends, in nb, nn and en (mail-texts.json), filled in for one
 * message. The HTML part is made from the same text, so the two never say different things.
 */
import type { Locale } from '../../../domain/time/oslo.js';
import texts from './mail-texts.json' with { type: 'json' };

export type MailTemplate = keyof typeof texts;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`mail text needs {${key}}`);
    return String(value);
  });
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Paragraphs at blank lines, line breaks kept, web addresses as links. */
function toHtml(text: string, locale: Locale): string {
  const paragraphs = text.split(/\n{2,}/).map((p) => {
    const escaped = escapeHtml(p).replace(
      /https?:\/\/[^\s<]+/g,
      (url) => `<a href="${url}">${url}</a>`,
    );
    return `<p>${escaped.replaceAll('\n', '<br>')}</p>`;
  });
  return `<!doctype html><html lang="${locale}"><body>${paragraphs.join('')}</body></html>`;
}

export function composeMail(
  template: MailTemplate,
  locale: Locale,
  values: Record<string, string | number>,
): { subject: string; text: string; html: string } {
  const t = texts[template][locale];
  const text = fill(t.text, values);
  return { subject: fill(t.subject, values), text, html: toHtml(text, locale) };
}
