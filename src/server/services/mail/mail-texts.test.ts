import { describe, expect, it } from 'vitest';
import texts from './mail-texts.json' with { type: 'json' };
import { composeMail } from './mail-texts.js';

describe('mail texts', () => {
  it('has every template in nb, nn and en with the same placeholders', () => {
    for (const [name, byLocale] of Object.entries(texts)) {
      const keys = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const nb = byLocale.nb;
      for (const locale of ['nn', 'en'] as const) {
        expect(keys(byLocale[locale].text), `${name} ${locale}`).toEqual(keys(nb.text));
        expect(keys(byLocale[locale].subject), `${name} ${locale}`).toEqual(keys(nb.subject));
      }
    }
  });

  it('fills a template and makes an HTML part with links and escaped text', () => {
    const mail = composeMail('invitation', 'nn', {
      inviter: 'Kari <Nordmann>',
      institution: 'NTNU',
      email: 'ola@ntnu.no',
      expiresAt: '21.09.2021 kl. 09:00',
      signInUrl: 'http://localhost:3000/auth/login',
    });
    expect(mail.subject).toBe('Invitasjon: søk tilskot for NTNU');
    expect(mail.text).toContain('Kari <Nordmann> har invitert deg');
    expect(mail.html).toContain('Kari &lt;Nordmann&gt;');
    expect(mail.html).toContain('<a href="http://localhost:3000/auth/login">');
    expect(mail.html).toContain('lang="nn"');
  });

  it('refuses to send a text with a value missing', () => {
    expect(() => composeMail('invitation', 'nb', {})).toThrow(/^mail text needs \{/);
  });
});
