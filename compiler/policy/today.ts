// The date waivers are judged against. Injectable (tests, reproducible CI runs
// via VEILC_TODAY), else the local calendar date: a waiver "expires 2026-03-31"
// holds through that day where the user is.
import { UsageError } from '../diagnostics/diagnostic.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `explicit`, else $VEILC_TODAY, else today's local date; a malformed date is a usage error. */
export function resolveToday(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = explicit ?? (env.VEILC_TODAY || undefined);
  if (given === undefined) return localDate();
  if (!isCalendarDate(given)) {
    throw new UsageError(`${explicit !== undefined ? 'today' : 'VEILC_TODAY'}=${given} is not a calendar date`, 'write it as YYYY-MM-DD, e.g. 2026-01-31');
  }
  return given;
}
