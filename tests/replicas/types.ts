import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Directory } from './directory';

/** Everything a replica needs to answer a request. */
export interface ReplicaRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The request body, already read (empty for GET). */
  body: string;
  directory: Directory;
}

/** Answers a request for its host; returns false when it has no such route (the server then answers 404). */
export type HostHandler = (r: ReplicaRequest) => boolean | Promise<boolean>;
