import { createServer as createNetServer } from "node:net";
import type { RequestListener, Server } from "node:http";
import { createServer } from "node:http";

/** Why a port cannot be listened on, in words an operator acts on. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  if (error.code === "EADDRINUSE")
    return new Error(`${where} is already in use (another server is listening there): stop it or set PORT`);
  if (error.code === "EACCES")
    return new Error(`${where} cannot be opened by this user (EACCES): choose a PORT above 1023`);
  if (error.code === "EADDRNOTAVAIL")
    return new Error(`${host} is not an address of this machine: check HOST`);
  return new Error(`cannot listen on ${where}: ${error.message}`);
}

/** An HTTP server listening on host:port, or a rejection saying why not (never a server that is not listening). */
export function listen(handler: RequestListener, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once("error", (error) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve(server));
  });
}

/** Fails like `listen` when host:port cannot be taken now (the cluster primary checks before forking). */
export function probePort(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", (error) => reject(listenError(error, host, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
