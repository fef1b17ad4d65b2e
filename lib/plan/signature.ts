import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The plan file's signature: an HMAC-SHA256, with a secret only this deployment knows, over
 * the whole file except the signature itself. It lets a file saved here carry the consent it
 * recorded back in; a file without it, or with one that does not match (hand-edited, or saved
 * by a deployment with another secret), opens with its consent marked as read from a file.
 * It proves only that this deployment wrote the file as it is; it hides nothing.
 */

/** The environment variable that holds the secret. */
export const PLAN_SECRET_ENV = 'ROUTEWIJZER_PLAN_SECRET';
export const MIN_SECRET_LENGTH = 32;

/** The configured secret, or undefined when it is missing or too short to trust (then nothing is signed). */
export function planSecret(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const secret = env[PLAN_SECRET_ENV];
  return secret && secret.length >= MIN_SECRET_LENGTH ? secret : undefined;
}

/** JSON with object keys sorted at every level and undefined properties left out: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Says what is signed, so this HMAC cannot stand for another use of the same secret. */
const DOMAIN = 'routewijzer-werk-plan-signature/1\n';

const mac = (content: object, secret: string): Buffer => {
  const { signature: _, ...unsigned } = content as { signature?: unknown };
  return createHmac('sha256', secret).update(DOMAIN + canonicalJson(unsigned)).digest();
};

/** The signature of `content` (any `signature` field in it is left out), as 64 hex digits. */
export const signatureOf = (content: object, secret: string): string => mac(content, secret).toString('hex');

/** Whether `content.signature` is this deployment's signature of the rest of `content`. */
export function hasValidSignature(content: Readonly<Record<string, unknown>> & { signature?: string }, secret: string | undefined): boolean {
  const given = content.signature;
  if (!secret || typeof given !== 'string' || !/^[0-9a-f]{64}$/.test(given)) return false;
  return timingSafeEqual(Buffer.from(given, 'hex'), mac(content, secret));
}
