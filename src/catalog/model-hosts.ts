// Model hubs whose handles carry their version as a number: a handle without it resolves to the newest version.
export interface ModelHubHost {
  readonly name: string;
  readonly hosts: readonly string[];
  /** Only paths under this prefix are model handles. */
  readonly pathPrefix?: string;
}

// tfhub.dev/<publisher>/<model>/<version> (tfjs handles add …/<version>/default/<n>); Kaggle Models
// kaggle.com/models/<owner>/<model>/<framework>/<variation>/<version> (reference §1.6: tfhub.dev now redirects there).
export const modelHubHosts: readonly ModelHubHost[] = [
  { name: 'TF Hub', hosts: ['tfhub.dev', 'www.tfhub.dev'] },
  { name: 'Kaggle Models', hosts: ['www.kaggle.com', 'kaggle.com'], pathPrefix: '/models/' },
];

// tfjs keeps models in the browser under these schemes (indexed_db.js, local_storage.js, browser_files.js): keys in
// the user's own storage, or a download to their disk, not artifacts a service deploys or rolls back.
export const browserStoreSchemes: readonly string[] = ['indexeddb://', 'localstorage://', 'downloads://'];
