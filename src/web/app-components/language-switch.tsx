import { Button } from '@digdir/designsystemet-react';
import type { Locale } from '../api/types.js';

interface LanguageSwitchProps {
  label: string;
  current: Locale;
  /** Each language named in itself ("Nynorsk", "English"), so a reader finds their own. */
  options: { locale: Locale; name: string }[];
  onChange: (locale: Locale) => void;
}

/**
 * Buttons rather than a select or radios: a language change rewrites the whole page, so it
 * happens only when the user activates a choice, never while arrowing through options.
 */
export function LanguageSwitch({ label, current, options, onChange }: LanguageSwitchProps) {
  return (
    <div role="group" aria-label={label} className="language-switch">
      {options.map(({ locale, name }) => (
        <Button
          key={locale}
          type="button"
          lang={locale}
          data-size="sm"
          variant={locale === current ? 'secondary' : 'tertiary'}
          aria-pressed={locale === current}
          onClick={() => onChange(locale)}
        >
          {name}
        </Button>
      ))}
    </div>
  );
}
