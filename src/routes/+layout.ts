// The whole site is prerendered to plain files; trailing slashes give /nl/index.html style paths
// that any static host serves without rewrite rules.
export const prerender = true;
export const trailingSlash = 'always';
