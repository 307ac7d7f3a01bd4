import http from "node:http";
import { describe, expect, it } from "vitest";

describe("test network guard", () => {
  it("refuses to connect beyond loopback", () => {
    expect(() => http.get("http://100.100.100.200/latest/meta-data/")).toThrow(/test hygiene/);
    expect(() => http.get("http://sts.aliyuncs.com/")).toThrow(/test hygiene/);
  });

  it("allows loopback servers", async () => {
    const server = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${port}/`, (res) => {
          let data = "";
          res.on("data", (c) => {
            data += c;
          });
          res.on("end", () => resolve(data));
        })
        .on("error", reject);
    });
    server.close();
    expect(body).toBe("ok");
  });
});
