import type { Hocuspocus } from '@hocuspocus/server';
import type { Template } from '../shared/schemas/template.ts';
import type { DatabaseHandle } from './db/client.ts';
import type { DocumentStore } from './db/repos/documentStore.ts';
import type { InstanceEvents } from './collab/instanceEvents.ts';
import type { PersistenceExtension } from './collab/persistenceExtension.ts';
import type { SearchIndexer } from './search/searchIndexer.ts';
import type { Env } from './env.ts';

/** What commands, routes and the collaboration server need from the running server. */
export interface AppContext {
  env: Env;
  database: DatabaseHandle;
  docStore: DocumentStore;
  persistence: PersistenceExtension;
  templates: Map<string, Template>;
  hocuspocus: Hocuspocus;
  /** Tells the other instances (behind the same Redis) what they must do for their connections. */
  instanceEvents: InstanceEvents;
  /** Keeps the search text of guides, versions and copies up to date (absent in tools that need no search). */
  searchIndex?: SearchIndexer;
}

/** The signed-in user a request or a connection acts for. */
export interface SessionUser {
  id: string;
  username: string;
  name: string;
}
