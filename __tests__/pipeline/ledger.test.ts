// The resource ledger: registration, removal, events for persistence, restore.
import { describe, expect, it } from "vitest";
import { type LedgerEvent, ResourceLedger } from "../../src/pipeline/ledger.js";
import { runSteps } from "../../src/pipeline/runner.js";
import type { PipelineContext, Step } from "../../src/pipeline/step.js";
import { silentUi } from "../../src/ui/ui.js";

describe("ResourceLedger", () => {
  it("emits add, update and remove events with the whole list, and nothing for unknown removals", () => {
    const events: LedgerEvent[] = [];
    const ledger = new ResourceLedger({ build: "web", now: () => 42, onChange: (e) => events.push(e) });
    ledger.add({ type: "vpc", id: "vpc-1", region: "cn-hangzhou", createdBy: "config vpc" });
    ledger.add({ type: "eip", id: "eip-1", region: "cn-hangzhou", createdBy: "eip" });
    ledger.add({ type: "eip", id: "eip-1", region: "cn-hangzhou", meta: { instanceId: "i-1" } });
    expect(ledger.remove("vpc", "vpc-1")).toBe(true);
    expect(ledger.remove("vpc", "vpc-1")).toBe(false);
    expect(events.map((e) => `${e.kind} ${e.entry.id} [${e.entries.map((x) => x.id).join(",")}]`)).toEqual([
      "add vpc-1 [vpc-1]",
      "add eip-1 [vpc-1,eip-1]",
      "update eip-1 [vpc-1,eip-1]",
      "remove vpc-1 [eip-1]",
    ]);
    expect(ledger.get("eip", "eip-1")).toEqual({
      type: "eip",
      id: "eip-1",
      region: "cn-hangzhou",
      createdBy: "eip",
      build: "web",
      createdAt: 42,
      meta: { instanceId: "i-1" },
    });
  });

  it("round-trips through JSON (what the action saves with core.saveState)", () => {
    const ledger = new ResourceLedger();
    ledger.add({ type: "instance", id: "i-1", region: "cn-beijing", createdBy: "create instance" });
    ledger.add({ type: "image", id: "m-1", region: "cn-beijing", createdBy: "create image" });
    const restored = ResourceLedger.fromJSON(JSON.stringify(ledger));
    expect(restored.list()).toEqual(ledger.list());
    expect(() => ResourceLedger.fromJSON('{"a":1}')).toThrow(
      "ledger state: expected a JSON list of resources",
    );
    expect(() => ResourceLedger.fromJSON('[{"id":"x"}]')).toThrow("every resource needs type, id and region");
  });

  it("a throwing listener never breaks a step", () => {
    const ledger = new ResourceLedger();
    const off = ledger.onChange(() => {
      throw new Error("disk full");
    });
    ledger.add({ type: "vpc", id: "vpc-1", region: "r" });
    expect(ledger.listenerErrors).toHaveLength(1);
    off();
    ledger.remove("vpc", "vpc-1");
    expect(ledger.listenerErrors).toHaveLength(1);
  });

  it("stamps the running step as createdBy, and the persisted state follows the run", async () => {
    const saved: string[] = [];
    const ledger = new ResourceLedger({ onChange: () => saved.push(JSON.stringify(ledger)) });
    const steps: Step<PipelineContext>[] = [
      {
        name: "create vpc",
        run: (c) => void c.ledger.add({ type: "vpc", id: "vpc-1", region: "r" }),
        cleanup: (c) => void c.ledger.remove("vpc", "vpc-1"),
      },
      {
        name: "create instance",
        run: (c) => void c.ledger.add({ type: "instance", id: "i-1", region: "r" }),
        cleanup: (c) => void c.ledger.remove("instance", "i-1"),
      },
    ];
    await runSteps(steps, { ui: silentUi, ledger });
    const states = saved.map((s) => (JSON.parse(s) as { id: string; createdBy: string }[]).map((e) => e.id));
    expect(states).toEqual([["vpc-1"], ["vpc-1", "i-1"], ["vpc-1"], []]);
    expect(JSON.parse(saved[1])[1].createdBy).toBe("create instance");
  });
});
