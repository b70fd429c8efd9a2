import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.js";
import { checkApiAccess, isLocalRequest } from "./api-access.js";

/** The access rule for /v1 and /mcp, on requests as Express hands them over. */
function request(remoteAddress: string, host: string, authorization?: string): Request {
  return {
    socket: { remoteAddress },
    headers: { host, ...(authorization ? { authorization } : {}) },
  } as unknown as Request;
}

function refusal(keys: string[], req: Request): AppError | undefined {
  try {
    checkApiAccess(keys, req);
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

describe("isLocalRequest", () => {
  it("needs a loopback connection and a loopback Host", () => {
    expect(isLocalRequest(request("127.0.0.1", "127.0.0.1:3000"))).toBe(true);
    expect(isLocalRequest(request("::1", "[::1]:3000"))).toBe(true);
    expect(isLocalRequest(request("::ffff:127.0.0.1", "localhost:3000"))).toBe(true);
    expect(isLocalRequest(request("127.0.0.1", "LOCALHOST"))).toBe(true);
    // Another machine, even one claiming to be localhost.
    expect(isLocalRequest(request("10.1.2.3", "localhost:3000"))).toBe(false);
    // A reverse proxy on the same machine forwards the public name; a rebinding page sends its own.
    expect(isLocalRequest(request("127.0.0.1", "budget.example.org"))).toBe(false);
    expect(isLocalRequest(request("127.0.0.1", "localhost.evil.example:3000"))).toBe(false);
  });
});

describe("checkApiAccess", () => {
  it("without keys: local clients only, others 403", () => {
    expect(refusal([], request("127.0.0.1", "localhost:3000"))).toBeUndefined();
    const remote = refusal([], request("192.168.1.20", "192.168.1.5:3000", "Bearer anything"));
    expect(remote).toMatchObject({ code: "FORBIDDEN", status: 403 });
  });

  it("with keys: a configured bearer key from anywhere, else 401 (also on loopback)", () => {
    const keys = ["alpha-key", "beta-key"];
    expect(refusal(keys, request("192.168.1.20", "qa.example.org", "Bearer beta-key"))).toBeUndefined();
    expect(refusal(keys, request("127.0.0.1", "localhost", "bearer alpha-key"))).toBeUndefined();
    expect(refusal(keys, request("127.0.0.1", "localhost"))).toMatchObject({
      status: 401,
      details: { openaiCode: "missing_api_key" },
    });
    expect(refusal(keys, request("127.0.0.1", "localhost", "Bearer alpha-keyX"))).toMatchObject({
      status: 401,
      details: { openaiCode: "invalid_api_key" },
    });
    expect(refusal(keys, request("127.0.0.1", "localhost", "Basic alpha-key"))).toMatchObject({
      status: 401,
    });
  });
});
