import type { Response } from "express";

/** A JSON body serialised once: its bytes and the ETag Express gives them. */
interface JsonBytes {
  body: Buffer;
  etag: string | undefined;
}

type EtagFn = (body: Buffer, encoding?: BufferEncoding) => string | undefined;

/**
 * The bytes of JSON replies, each serialised once per source object: a reply the engine returns
 * again (its answer cache hands back the same object) is sent from the stored bytes, without
 * making it safe, stringifying and hashing it again. Keys are held weakly: an entry lives as long
 * as its source (an engine's cache entry), so a reloaded index, a new engine with a new cache,
 * never meets the old bytes. Sources must not change once sent (the engine's answers do not).
 */
export class JsonBytesCache {
  private readonly bytes = new WeakMap<object, JsonBytes>();

  /**
   * Send what `res.json(toJson(source))` would send (same body, Content-Type, Content-Length and
   * ETag, in that order) from the bytes stored for `source`, made with `toJson` the first time.
   */
  send(res: Response, source: object, toJson: () => unknown): void {
    let stored = this.bytes.get(source);
    if (!stored) {
      stored = serialise(res, toJson());
      this.bytes.set(source, stored);
    }
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Content-Length", String(stored.body.length));
    if (stored.etag) res.setHeader("ETag", stored.etag);
    res.send(stored.body);
  }
}

/** JSON.stringify as res.json does it (the app sets no json replacer, spaces or escape). */
function serialise(res: Response, value: unknown): JsonBytes {
  const body = Buffer.from(JSON.stringify(value), "utf8");
  const etagFn = res.app.get("etag fn") as EtagFn | undefined;
  return { body, etag: typeof etagFn === "function" ? etagFn(body) : undefined };
}
