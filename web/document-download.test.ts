import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../server/testing/http-harness.js";
import { CHROMIUM, hasChromium, usePageRig, warnIfNoChromium } from "./testing/page-harness.js";

/**
 * A document the page cannot draw (an OFD file, GB/T 33190) opened from the documents list in
 * headless Chromium: the panel offers the original as a download (the app serves it with its own
 * media type, byte for byte) instead of decoding the package as text.
 */
warnIfNoChromium("web/document-download.test.ts");
const OFD = join(ROOT, "ingest", "fixtures", "unseen", "huaining-rsj-2024-juesuan.ofd");

describe.skipIf(!hasChromium)(`an original the page cannot draw, in Chromium (${CHROMIUM})`, () => {
  const rig = usePageRig([OFD]);

  it("offers the OFD file for download, served as application/ofd with the bytes indexed", async () => {
    const { page, problems } = await rig.open();
    await page.locator("#show-docs").click();
    await page.locator("#panel .docs > li button.view-doc").first().click();
    const link = page.getByRole("link", { name: "下载原文件" });
    await link.waitFor();
    expect(await page.locator("#panel .doc-lines").count()).toBe(0);
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/documents\/.+\/file$/);
    expect(await link.getAttribute("download")).not.toBeNull();
    const response = await page.request.get(`${rig.url}${href}`);
    expect(response.headers()["content-type"]).toBe("application/ofd");
    expect(Buffer.compare(await response.body(), await readFile(OFD))).toBe(0);
    expect(problems).toEqual([]);
  });
});
