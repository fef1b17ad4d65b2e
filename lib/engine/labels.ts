import type { AnswerBenefit, CareLevel, CareProvider, Condition, Goal, Priority, Severity, Support, TargetGroupRegister, WorkSituation } from '@/lib/answers/schema';
import type { AskAt } from '@/lib/catalogue/schema';

/*
 * Plain-Dutch (B1) words for answer values, used in the engine's reasons and on pages.
 * Phrased to complete "Jij hebt …" / "voor mensen met …" where that reads naturally.
 */

export const conditionLabel: Record<Condition, string> = {
  'mental-health': 'psychische klachten',
  'other-limitation': 'een andere beperking of ziekte',
};

export const severityLabel: Record<Severity, string> = {
  mild: 'lichte klachten',
  moderate: 'matige klachten',
  severe: 'ernstige klachten',
  unknown: 'klachten waarvan je niet weet hoe zwaar ze zijn',
};

export const benefitLabel: Record<AnswerBenefit, string> = {
  none: 'geen uitkering',
  bijstand: 'bijstand',
  ww: 'WW',
  ziektewet: 'een Ziektewet-uitkering',
  'wia-wga': 'WIA (WGA)',
  'wia-iva': 'WIA (IVA)',
  wao: 'WAO',
  waz: 'WAZ',
  wajong: 'Wajong',
  'uwv-unknown': 'een uitkering van UWV',
};

/** Short names for lists ("WIA (WGA), WAO of Wajong"). */
export const benefitShort: Record<AnswerBenefit, string> = {
  ...benefitLabel,
  none: 'geen uitkering',
  ziektewet: 'Ziektewet',
};

export const careLabel: Record<CareLevel, string> = {
  'specialist-ggz': 'behandeling in de specialistische GGZ',
  'basic-ggz': 'behandeling in de basis-GGZ',
  gp: 'hulp van je huisarts of POH-GGZ',
  none: 'geen behandeling',
};

export const careProviderLabel: Record<CareProvider, string> = {
  dimence: 'Dimence',
  mediant: 'Mediant',
  yulius: 'Yulius',
  'vincent-van-gogh': 'Vincent van Gogh',
  other: 'een andere GGZ-instelling',
};

export const workLabel: Record<WorkSituation, string> = {
  none: 'geen werk',
  employed: 'werk',
  'sick-listed': 'werk, maar je bent ziek gemeld',
  'in-education': 'een opleiding',
  'dropped-out': 'geen school of opleiding meer, zonder diploma',
};

export const goalLabel: Record<Goal, string> = {
  'paid-work': 'betaald werk',
  education: 'een opleiding',
  'keep-job': 'je baan houden',
  volunteering: 'vrijwilligerswerk',
  unsure: 'dat weet je nog niet',
};

export const targetGroupRegisterLabel: Record<TargetGroupRegister, string> = {
  yes: 'je staat in het doelgroepregister',
  no: 'je staat niet in het doelgroepregister',
  unknown: 'je weet niet of je in het doelgroepregister staat',
};

export const supportLabel: Record<Support, string> = {
  'find-job-fast': 'snel een baan vinden',
  explore: 'uitzoeken wat bij je past',
  skills: 'vaardigheden leren',
  confidence: 'vertrouwen opbouwen',
  stepwise: 'stap voor stap',
  peers: 'steun van mensen die hetzelfde meemaken',
  'on-the-job': 'leren op de werkplek',
  'treatment-and-work': 'behandeling en werk samen',
};

/** Why a route's support matches the wish, completing "Je wilt …". */
export const supportMatchText: Record<Support, string> = {
  'find-job-fast': 'Je wilt snel aan het werk. Deze route zoekt meteen met je naar een baan.',
  explore: 'Je wilt uitzoeken wat bij je past. Daar helpt deze route bij.',
  skills: 'Je wilt vaardigheden leren. Die leer je hier.',
  confidence: 'Je wilt meer vertrouwen in jezelf. Daar werkt deze route aan.',
  stepwise: 'Je wilt stap voor stap gaan. Deze route werkt in kleine stappen.',
  peers: 'Je wilt steun van mensen die hetzelfde meemaken. Die vind je hier.',
  'on-the-job': 'Je wilt leren op de werkplek. Hier krijg je begeleiding op je werk.',
  'treatment-and-work': 'Je wilt dat je behandeling en werk samengaan. Bij deze route is dat zo.',
};

export const priorityLabel: Record<Priority, string> = {
  'own-pace': 'in mijn eigen tempo',
  'income-security': 'zekerheid over mijn inkomen',
  peers: 'mensen die hetzelfde meemaken',
  'stay-in-care': 'mijn behandeling houden',
  'fast-job': 'snel een baan',
};

export const priorityMatchText: Record<Priority, string> = {
  'own-pace': 'Je vindt je eigen tempo belangrijk. Deze route laat je in je eigen tempo gaan.',
  'income-security': 'Je vindt zekerheid over je inkomen belangrijk. Deze route helpt daarbij.',
  peers: 'Je vindt contact met mensen die hetzelfde meemaken belangrijk. Dat is er hier.',
  'stay-in-care': 'Je wilt je behandeling houden. Bij deze route gaan zorg en werk samen.',
  'fast-job': 'Je wilt snel een baan. Deze route zoekt meteen naar werk.',
};

export const askAtLabel: Record<AskAt, string> = {
  uwv: 'UWV',
  gemeente: 'je gemeente',
  behandelaar: 'je behandelaar',
  huisarts: 'je huisarts',
  provider: 'de organisatie die het aanbiedt',
  werkgever: 'je werkgever',
  bedrijfsarts: 'de bedrijfsarts',
};

/** "a, b of c" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}

/** "a, b en c" */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
