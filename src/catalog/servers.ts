// Where request handlers live and where their untrusted data is, per server framework: data for
// src/analysis/request-handlers.ts (which later rules share: model loads per request, blocking reads in handlers).

/** A path below the request object: `['body']` is `req.body`, `['req', 'json']` is `c.req.json()`. */
export type RequestPath = readonly string[];

export interface ServerFramework {
  readonly id: string;
  /** For messages: 'Express'. */
  readonly name: string;
  /** Modules whose calls create an app or router (routes), or that mark the framework. */
  readonly modules?: readonly string[];
  /** How an app or router is created from the module: [] is the module itself (`express()`), ['Router'] its member. */
  readonly apps?: readonly { readonly path: readonly string[]; readonly construct?: true }[];
  /** Methods of an app whose function arguments are handlers (`app.post('/x', handler)`). */
  readonly routeMethods?: readonly string[];
  /** Methods of an app that return an app-like object for more routes (`router.route('/x').post(h)`). */
  readonly chainMethods?: readonly string[];
  /** Methods taking one options object whose `handler` is the handler (`fastify.route({ handler })`). */
  readonly routeObjectMethods?: readonly string[];
  /** Options of a route that make the framework validate the request before the handler runs. */
  readonly validatingOptions?: readonly (readonly string[])[];
  /** Handlers an app's `on(event, …)` registers whose parameters are all data (socket.io messages). */
  readonly connectionEvent?: string;
  /** Exported functions recognised by file name (Next.js, Remix, SvelteKit) or export name (AWS Lambda). */
  readonly exports?: readonly {
    /** Globs, relative to the working directory; absent = any file. */
    readonly files?: readonly string[];
    readonly names: readonly string[];
    /** The export is an object whose members (these, or 'all') are handlers (SvelteKit `actions`, `{ fetch }`). */
    readonly members?: readonly string[] | 'all';
  }[];
  /** Global message listeners (`self.addEventListener('message', h)`, `onmessage = h`). */
  readonly globalListener?: { readonly targets: readonly string[]; readonly event: string };
  /** Which handler parameter is the request, and the property it is destructured from (`({ request })`). */
  readonly request: { readonly param: number; readonly property?: string } | 'all-params';
  /** Property reads on the request that are untrusted data. */
  readonly reads?: readonly RequestPath[];
  /** Method calls on the request whose result is untrusted data. */
  readonly calls?: readonly RequestPath[];
}

const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'all', 'options', 'head'];
const exportedHttpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const scripts = '{ts,tsx,js,jsx,mjs,cjs,mts,cts}';
const nodeStyleData: readonly RequestPath[] = [['body'], ['query'], ['params']];
const fetchBody: readonly RequestPath[] = [['json'], ['formData'], ['text'], ['arrayBuffer'], ['blob']];

export const serverFrameworks: readonly ServerFramework[] = [
  {
    id: 'express',
    name: 'Express',
    modules: ['express'],
    apps: [{ path: [] }, { path: ['Router'] }],
    routeMethods: [...httpMethods, 'use'],
    chainMethods: ['route'],
    request: { param: 0 },
    reads: nodeStyleData,
  },
  {
    id: 'connect',
    name: 'Connect',
    modules: ['connect'],
    apps: [{ path: [] }],
    routeMethods: ['use'],
    request: { param: 0 },
    reads: nodeStyleData,
  },
  {
    id: 'fastify',
    name: 'Fastify',
    modules: ['fastify'],
    apps: [{ path: [] }, { path: ['default'] }, { path: ['fastify'] }],
    routeMethods: httpMethods,
    routeObjectMethods: ['route'],
    // Fastify validates body, querystring and params against the route's JSON schema before the handler runs.
    validatingOptions: [['schema']],
    request: { param: 0 },
    reads: nodeStyleData,
  },
  {
    id: 'koa',
    name: 'Koa',
    modules: ['koa', '@koa/router', 'koa-router'],
    apps: [{ path: [], construct: true }, { path: ['default'], construct: true }],
    routeMethods: [...httpMethods, 'use'],
    request: { param: 0 },
    reads: [['request', 'body'], ['request', 'query'], ['query'], ['params']],
  },
  {
    id: 'hapi',
    name: 'Hapi',
    modules: ['@hapi/hapi', 'hapi'],
    apps: [{ path: ['server'] }, { path: ['Server'], construct: true }],
    routeObjectMethods: ['route'],
    validatingOptions: [['options', 'validate'], ['validate']],
    request: { param: 0 },
    reads: [['payload'], ['query'], ['params']],
  },
  {
    id: 'hono',
    name: 'Hono',
    modules: ['hono'],
    apps: [{ path: ['Hono'], construct: true }],
    routeMethods: [...httpMethods, 'on', 'use'],
    chainMethods: ['basePath', 'route'],
    request: { param: 0 },
    // `c.req.valid('json')` is data a validator middleware already checked: not a source.
    calls: [['req', 'json'], ['req', 'parseBody'], ['req', 'formData'], ['req', 'text'], ['req', 'arrayBuffer'], ['req', 'query'], ['req', 'queries'], ['req', 'param']],
  },
  {
    id: 'next-route-handler',
    name: 'Next.js route handler',
    exports: [{ files: [`**/app/**/route.${scripts}`], names: exportedHttpMethods }],
    request: { param: 0 },
    calls: fetchBody,
  },
  {
    id: 'next-api-route',
    name: 'Next.js API route',
    exports: [{ files: [`**/pages/api/**/*.${scripts}`], names: ['default'] }],
    request: { param: 0 },
    reads: nodeStyleData,
  },
  {
    id: 'remix',
    name: 'Remix',
    exports: [{ files: [`**/app/routes/**/*.${scripts}`], names: ['action', 'loader', 'clientAction'] }],
    request: { param: 0, property: 'request' },
    calls: fetchBody,
  },
  {
    id: 'sveltekit',
    name: 'SvelteKit',
    exports: [
      { files: [`**/+server.${scripts}`], names: exportedHttpMethods },
      { files: [`**/+page.server.${scripts}`], names: ['actions'], members: 'all' },
    ],
    request: { param: 0, property: 'request' },
    calls: fetchBody,
  },
  {
    id: 'fetch-handler',
    name: 'fetch handler',
    // Cloudflare Workers, Bun and Deno: `export default { fetch(request) { … } }`.
    exports: [{ names: ['default'], members: ['fetch'] }],
    request: { param: 0 },
    calls: fetchBody,
  },
  {
    id: 'aws-lambda',
    name: 'AWS Lambda',
    exports: [{ names: ['handler'] }],
    request: { param: 0 },
    reads: [['body'], ['queryStringParameters'], ['multiValueQueryStringParameters'], ['pathParameters']],
  },
  {
    id: 'socket.io',
    name: 'socket.io',
    modules: ['socket.io'],
    apps: [{ path: [] }, { path: ['Server'], construct: true }],
    connectionEvent: 'connection',
    request: 'all-params',
  },
  {
    id: 'web-worker',
    name: 'Web Worker',
    globalListener: { targets: ['self', 'globalThis'], event: 'message' },
    request: { param: 0 },
    reads: [['data']],
  },
];
