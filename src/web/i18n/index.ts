/**
 * i18next with all three languages bundled: the texts are small, and a CSP of `default-src 'self'`
 * plus offline-friendly pages are simpler without a translation backend.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { setApiLanguage } from '../api/client.js';
import type { Locale } from '../api/types.js';
import en from './en.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];
export const DEFAULT_LOCALE: Locale = 'nb';
const STORAGE_KEY = 'tilskudd.language';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy settings); the default language still works.
    return DEFAULT_LOCALE;
  }
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  setApiLanguage(locale);
  // Pages the server makes itself (a failed sign-in, a file link without access) follow it too.
  document.cookie = `tilskudd_language=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export async function initI18n(): Promise<void> {
  const initial = storedLocale();
  applyLocale(initial);
  await i18next.use(initReactI18next).init({
    resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
    lng: initial,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyLocale(lng);
  });
}

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted, but the switch still applies to this page view.
  }
  await i18next.changeLanguage(locale);
}

/** The active language as a Locale, for picking localized API data and formatting dates. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
