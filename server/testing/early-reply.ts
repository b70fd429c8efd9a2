import { request } from "node:http";

/** What an upload got back: the status and the parsed JSON body. */
export interface EarlyReply {
  status: number;
  body: unknown;
}

/**
 * Test support: POST a large body in parts and read the server's answer even when the server
 * answers (413) and closes before the whole body is sent. fetch() rejects such an exchange with
 * ECONNRESET when the machine is slow; a real client that reads the early reply does not. A write
 * error before any reply still fails the call.
 */
export function postReadingEarlyReply(
  url: string,
  parts: Iterable<string | Uint8Array>,
  headers: Record<string, string>,
): Promise<EarlyReply> {
  return new Promise((resolve, reject) => {
    let replied = false;
    const outgoing = request(url, { method: "POST", headers }, (response) => {
      replied = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        outgoing.destroy();
        resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
      });
      response.on("error", reject);
    });
    outgoing.on("error", (error) => {
      if (!replied) reject(error);
    });
    writeParts(outgoing, parts[Symbol.iterator](), () => replied);
  });
}

/** Write the parts with back-pressure, stopping as soon as a reply has arrived. */
function writeParts(
  outgoing: ReturnType<typeof request>,
  parts: Iterator<string | Uint8Array>,
  replied: () => boolean,
): void {
  for (;;) {
    if (replied() || outgoing.destroyed) return;
    const next = parts.next();
    if (next.done) {
      outgoing.end();
      return;
    }
    if (!outgoing.write(next.value)) {
      outgoing.once("drain", () => writeParts(outgoing, parts, replied));
      return;
    }
  }
}
