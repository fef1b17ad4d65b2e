import { TEXT_LIMITS, withinLimits } from '@/lib/meeting/meeting';

/** The longest prefix (whole code points) of `s` that a meeting field accepts (characters and stored bytes), trimmed as the schema trims. */
export function fitTo(s: string, field: keyof typeof TEXT_LIMITS): string {
  let out = '';
  for (const ch of s) {
    if (!withinLimits(out + ch, field)) break;
    out += ch;
  }
  return out.trim();
}
