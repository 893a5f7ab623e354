import { describe, expect, it } from 'vitest';
import { deleteAccountForm, demographicsForm, loginForm, readForm, registerForm, resetForm } from './auth-forms';

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe('register form', () => {
  it('accepts good input, trimming and lower-casing the address', () => {
    const result = readForm(
      registerForm,
      formData({ username: ' an_peeters ', email: ' An@Example.BE ', password: 'paarden eten hooi' }),
      'nl',
    );
    expect(result).toEqual({
      ok: true,
      data: { username: 'an_peeters', email: 'an@example.be', password: 'paarden eten hooi' },
    });
  });

  it('names each problem in Dutch and keeps the input except the password', () => {
    const result = readForm(registerForm, formData({ username: 'a', email: 'geen-adres', password: 'kort' }), 'nl');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.username).toMatch(/gebruikersnaam van 3 tot 40 tekens/);
    expect(result.errors.email).toMatch(/geldig e-mailadres/);
    expect(result.errors.password).toMatch(/minstens 10 tekens/);
    expect(result.values).toEqual({ username: 'a', email: 'geen-adres' });
  });

  it('refuses common and one-character passwords, in the visitor’s language', () => {
    const common = readForm(
      registerForm,
      formData({ username: 'an', email: 'an@example.be', password: 'wachtwoord123' }),
      'fr',
    );
    expect(!common.ok && common.errors.password).toMatch(/trop courant/);
    const repeated = readForm(
      registerForm,
      formData({ username: 'ann', email: 'an@example.be', password: 'aaaaaaaaaaaa' }),
      'en',
    );
    expect(!repeated.ok && repeated.errors.password).toMatch(/one repeated character/);
  });

  it('asks for a missing field instead of passing an empty one on', () => {
    const result = readForm(registerForm, formData({ username: 'an_p' }), 'nl');
    expect(!result.ok && result.errors.email).toBeTruthy();
    expect(!result.ok && result.errors.password).toBe('Vul dit in.');
  });
});

describe('log-in form', () => {
  it('does not apply the password rule (old passwords must still work) but needs both fields', () => {
    expect(readForm(loginForm, formData({ identifier: 'an@example.be', password: 'kort' }), 'nl').ok).toBe(true);
    const empty = readForm(loginForm, formData({ identifier: ' ', password: '' }), 'nl');
    expect(empty).toEqual({
      ok: false,
      errors: { identifier: 'Vul dit in.', password: 'Vul dit in.' },
      values: { identifier: ' ' },
    });
  });
});

describe('new-password form', () => {
  it('needs the code from the e-mail link', () => {
    const result = readForm(resetForm, formData({ code: '', password: 'paarden eten hooi' }), 'nl');
    expect(!result.ok && result.errors.code).toMatch(/link is onvolledig/);
  });
});

describe('delete-account form', () => {
  it('needs the password and the ticked confirmation', () => {
    const unticked = readForm(deleteAccountForm, formData({ password: 'mijn wachtwoord' }), 'nl');
    expect(!unticked.ok && unticked.errors.confirm).toBe('Vink aan dat je je account echt wil verwijderen.');
    expect(readForm(deleteAccountForm, formData({ password: 'mijn wachtwoord', confirm: 'ja' }), 'nl').ok).toBe(true);
    const noPassword = readForm(deleteAccountForm, formData({ confirm: 'ja' }), 'en');
    expect(!noPassword.ok && noPassword.errors.password).toBe('Please fill this in.');
  });
});

describe('profile questions form', () => {
  it('turns "rather not say" (empty) and missing answers into null', () => {
    expect(readForm(demographicsForm, formData({ ageBand: '', district: 'daknam' }), 'nl')).toEqual({
      ok: true,
      data: { ageBand: null, district: 'daknam', educationLevel: null },
    });
  });

  it('refuses values outside the lists', () => {
    expect(readForm(demographicsForm, formData({ ageBand: '42' }), 'nl').ok).toBe(false);
    expect(readForm(demographicsForm, formData({ district: '<script>' }), 'nl').ok).toBe(false);
    expect(readForm(demographicsForm, formData({ educationLevel: 'doctor' }), 'nl').ok).toBe(false);
  });
});
