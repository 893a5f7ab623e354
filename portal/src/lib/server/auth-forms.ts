/**
 * The account forms' input, read from FormData and checked with zod. Bad input becomes one Dutch
 * (or French, English) message per field; the values come back without passwords so the form can
 * show them again.
 */
import { z } from 'zod';
import {
  AGE_BANDS,
  EDUCATION_LEVELS,
  passwordProblemMessages,
  passwordProblems,
} from '../../../../plugins/verification/shared/contracts';
import { accountTexts, type AccountTextKey } from '../components/account/texts';
import type { Locale } from '../i18n';

const trimmed = (max: number) => z.string().trim().max(max);
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'invalidEmail' }));
// Issues carry a text key (or a password problem list); messages are chosen per language below.
const password = z
  .string()
  .min(1, 'required')
  .superRefine((value, context) => {
    const problems = passwordProblems(value);
    if (problems.length > 0 && value.length > 0)
      context.addIssue({ code: 'custom', message: `password:${problems.join(',')}` });
  });
const anyPassword = z.string().min(1, 'required').max(200, 'required');

export const registerForm = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}._-]{3,40}$/u, 'usernameInvalid'),
  email,
  password,
});
export const loginForm = z.object({
  identifier: trimmed(254).pipe(z.string().min(1, 'required')),
  password: anyPassword,
});
export const emailForm = z.object({ email });
export const resetForm = z.object({ code: z.string().min(1, 'resetCodeMissing').max(500), password });
export const changePasswordForm = z.object({ currentPassword: anyPassword, password });
export const emailChangeForm = z.object({ email, password: anyPassword });

/** A select left on "rather not say" sends an empty value: stored as null. */
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([z.literal('').transform(() => null), schema])
    .optional()
    .transform((value) => value ?? null);
export const demographicsForm = z.object({
  ageBand: optional(z.enum(AGE_BANDS)),
  district: optional(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(80),
  ),
  educationLevel: optional(z.enum(EDUCATION_LEVELS)),
});
export const deleteAccountForm = z.object({
  password: anyPassword,
  confirm: z.literal('ja', { message: 'deleteConfirmMissing' }),
});

const PASSWORD_FIELDS = new Set(['password', 'currentPassword']);

export type FormErrors = Record<string, string>;
export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FormErrors; values: Record<string, string> };

export function readForm<T>(schema: z.ZodType<T>, form: FormData, locale: Locale): FormResult<T> {
  const raw: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') raw[name] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const t = accountTexts(locale);
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    errors[field] = messageFor(issue.message, locale, t);
  }
  return { ok: false, errors, values: keptValues(raw) };
}

/** What the form shows again after an error: everything except passwords. */
export function keptValues(raw: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([name]) => !PASSWORD_FIELDS.has(name)));
}

function messageFor(code: string, locale: Locale, t: ReturnType<typeof accountTexts>): string {
  if (code.startsWith('password:')) {
    return code
      .slice('password:'.length)
      .split(',')
      .map((problem) => passwordProblemMessages[problem as keyof typeof passwordProblemMessages][locale])
      .join(' ');
  }
  // zod's own messages (wrong type, too long) fall back to "fill this in".
  return t((code in TEXT_KEYS ? code : 'required') as AccountTextKey);
}

const TEXT_KEYS: Record<string, true> = {
  required: true,
  invalidEmail: true,
  usernameInvalid: true,
  resetCodeMissing: true,
  deleteConfirmMissing: true,
};
