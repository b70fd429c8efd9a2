import { expect } from "vitest";
import type { JsonBody } from "./http-harness.js";

/** Test support: every error body is JSON with a code and a message, never a stack trace or a file path. */
export function expectCleanError(body: JsonBody, code: string): void {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .*\(|\.ts:\d+|node_modules|\/work\/|stack/i);
}
