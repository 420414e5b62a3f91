// Everything runs in the browser: a document the user opens never reaches a server.
export const ssr = false;
export const prerender = false;
