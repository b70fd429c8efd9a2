import { Router } from "express";
import type { EngineHolder } from "../engine-holder.js";
import { adminGuard } from "../http/admin-guard.js";

/**
 * POST /api/admin/reload: load a new index generation now instead of at the next poll. Needs
 * ADMIN_TOKEN (admin-guard.ts); the generation already served is not loaded twice.
 */
export function adminRoute(holder: EngineHolder, adminToken: string | undefined): Router {
  const router = Router();
  router.post("/api/admin/reload", adminGuard(adminToken), async (_req, res) => {
    const outcome = await holder.refresh();
    res.status(outcome === "failed" ? 500 : 200).json({
      reloaded: outcome === "loaded",
      ...(outcome === "unchanged" ? { unchanged: true } : {}),
      builtAt: holder.engine?.knowledge.manifest.builtAt ?? null,
    });
  });
  return router;
}
