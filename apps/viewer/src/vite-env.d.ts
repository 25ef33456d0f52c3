// Ambient types for what vite bundles besides TypeScript (the page's stylesheet).
declare module '*.css';
