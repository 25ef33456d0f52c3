// Public entry of @toile/matcher: synergy candidates, linear programme, explained result.
export {};
