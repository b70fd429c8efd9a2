import { parentPort } from "node:worker_threads";
import { prepareDocument, type PrepareInput } from "./prepare-document.js";

/** A parse-pool worker: prepares one document per message, in order. */
parentPort?.on("message", (message: { id: number; input: PrepareInput }) => {
  prepareDocument(message.input).then(
    (prepared) => parentPort?.postMessage({ id: message.id, prepared }),
    (error: Error) =>
      parentPort?.postMessage({
        id: message.id,
        prepared: { ok: false, message: `${message.input.file}: ${error.message}` },
      }),
  );
});
