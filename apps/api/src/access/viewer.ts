// Who is looking at a territory, as the projections see it: everything (facilitator, admin), one firm's sites,
// or the public. Built by the controllers from the caller; the projection functions take nothing else.

export type Viewer =
  | { readonly kind: 'everything' }
  | { readonly kind: 'firm'; readonly ownSiteIds: ReadonlySet<string> }
  | { readonly kind: 'public' };
