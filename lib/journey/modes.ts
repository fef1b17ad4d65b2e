/** Who made a journey: the person alone, a klantmanager's intake, or a driegesprek. */
export const MODES = ['zelf', 'intake', 'driegesprek'] as const;
export type Mode = (typeof MODES)[number];
