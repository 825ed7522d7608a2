/** What a claim's figure counts (content/data/claims.json `unit`): `formatClaim` (format.ts) words each. */
export const claimUnits = ['million', 'percent', 'count', 'years'] as const;
export type ClaimUnit = (typeof claimUnits)[number];

/** How a claim hedges its figure (content/data/claims.json `qualifier`): `formatClaim` (format.ts) words each. */
export const claimQualifiers = ['over', 'more-than', 'about', 'estimated', 'and-over'] as const;
export type ClaimQualifier = (typeof claimQualifiers)[number];
