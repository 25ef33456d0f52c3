// Toile API entry point.
export {};
