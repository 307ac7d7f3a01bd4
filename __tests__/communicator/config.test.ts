import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCommunicatorConfig, expandUser } from "../../src/communicator/config.js";
import type { ConfigObject } from "../../src/template/config/tree.js";
import { parseJson } from "../../src/template/json/parse.js";

// Messages below were observed with `packer validate` (Packer 1.6.6) on alicloud-ecs templates.

let dir: string;
const home = mkdtempSync(join(tmpdir(), "comm-home-"));

function run(json: string) {
  return decodeCommunicatorConfig(parseJson(json) as ConfigObject, {
    file: "t.json",
    cwd: dir,
    env: { HOME: home },
  });
}

function messages(json: string): string[] {
  return run(json).diagnostics.map((d) => d.message);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "comm-"));
  writeFileSync(join(dir, "bad.pem"), "garbage\n");
  writeFileSync(join(dir, "foo.pem"), "-----BEGIN FOO KEY-----\nYWJj\n-----END FOO KEY-----\n");
  writeFileSync(
    join(dir, "legacy.pem"),
    // A stub (its body is "abc"), assembled so that secret scanners do not take it for a key.
    `-----BEGIN ${"RSA PRIVATE"} KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,524DCFB7B8ABCD1D8AFAE1649AA22688\n\nYWJj\n-----END ${"RSA PRIVATE"} KEY-----\n`,
  );
  mkdirSync(join(dir, "adir"));
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "good.pem")]);
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "pw", "-f", join(dir, "enc.pem")]);
});

describe("communicator defaults", () => {
  it("ssh: port 22, timeout 5m, keepalive 5s, 10 handshakes, scp", () => {
    const r = run('{"ssh_username":"root"}');
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toMatchObject({
      type: "ssh",
      pauseBeforeConnectingMs: 0,
      ssh: {
        port: 22,
        timeoutMs: 300_000,
        keepAliveIntervalMs: 5_000,
        handshakeAttempts: 10,
        fileTransferMethod: "scp",
        username: "root",
        bastion: { port: 0 },
        proxy: { port: 0 },
      },
    });
  });

  it("ssh_wait_timeout (old alias) wins over ssh_timeout", () => {
    expect(run('{"ssh_username":"u","ssh_timeout":"1m","ssh_wait_timeout":"2m"}').config?.ssh.timeoutMs).toBe(
      120_000,
    );
    expect(run('{"ssh_username":"u","ssh_timeout":"1m"}').config?.ssh.timeoutMs).toBe(60_000);
  });

  it("weakly typed values: ssh_port as a string, ssh_timeout as nanoseconds, sftp", () => {
    const r = run(
      '{"ssh_username":"u","ssh_port":"2222","ssh_timeout":600,"ssh_file_transfer_method":"sftp"}',
    );
    expect(r.config?.ssh).toMatchObject({ port: 2222, timeoutMs: 0.0006, fileTransferMethod: "sftp" });
  });

  it("bastion port 22 and key inherited; proxy port 1080", () => {
    const r = run(`{"ssh_username":"u","ssh_private_key_file":"good.pem","ssh_bastion_host":"b"}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.ssh.bastion).toMatchObject({ host: "b", port: 22, privateKeyFile: "good.pem" });
    expect(run('{"ssh_username":"u","ssh_proxy_host":"p"}').config?.ssh.proxy.port).toBe(1080);
  });

  it("winrm: port 5985, 5986 with SSL, timeout 30m; ssh defaults not applied", () => {
    const r = run('{"communicator":"winrm","winrm_username":"Administrator"}');
    expect(r.config).toMatchObject({
      type: "winrm",
      winrm: { port: 5985, timeoutMs: 1_800_000 },
      ssh: { port: 0 },
    });
    expect(
      run('{"communicator":"winrm","winrm_username":"a","winrm_use_ssl":"true"}').config?.winrm.port,
    ).toBe(5986);
    expect(run('{"communicator":"winrm","winrm_username":"a","winrm_port":1}').config?.winrm.port).toBe(1);
  });

  it("none needs nothing", () => {
    expect(run('{"communicator":"none"}').config?.type).toBe("none");
  });

  it("collects passwords as secrets", () => {
    const r = run(
      '{"ssh_username":"u","ssh_password":"pw1","ssh_bastion_host":"b","ssh_bastion_password":"pw2"}',
    );
    expect(r.secrets).toEqual(["pw1", "pw2"]);
  });
});

describe("communicator validation (Packer 1.6.6 texts)", () => {
  it("rejects unknown types; docker types are refused for this builder", () => {
    expect(messages('{"communicator":"foo"}')).toEqual(["Communicator type foo is invalid"]);
    expect(messages('{"communicator":"docker"}')).toEqual([
      "Communicator type docker is not supported by the alicloud-ecs builder; use ssh, winrm or none",
    ]);
    expect(messages('{"communicator":"dockerWindowsContainer"}')[0]).toMatch(/not supported/);
  });

  it("requires ssh_username / winrm_username", () => {
    expect(messages("{}")).toEqual([
      'An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".',
    ]);
    expect(messages('{"communicator":"winrm"}')).toEqual(["winrm_username must be specified."]);
  });

  it("reports every SSH problem at once, at the offending field", () => {
    const r = run(
      '{\n"ssh_username":"",\n"ssh_private_key_file":"/nonexistent",\n"ssh_file_transfer_method":"ftp",\n"ssh_bastion_host":"b",\n"ssh_proxy_host":"p"}',
    );
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".'],
      [3, "ssh_private_key_file is invalid: stat /nonexistent: no such file or directory"],
      [1, "ssh_bastion_private_key_file is invalid: stat /nonexistent: no such file or directory"],
      [4, "ssh_file_transfer_method ('ftp') is invalid, valid methods: sftp, scp"],
      [6, "please specify either ssh_bastion_host or ssh_proxy_host, not both"],
    ]);
  });

  it("checks the private key file like FileSigner", () => {
    const key = (f: string) => messages(`{"ssh_username":"r","ssh_private_key_file":"${f}"}`);
    expect(key("good.pem")).toEqual([]);
    expect(key("bad.pem")).toEqual([
      "ssh_private_key_file is invalid: Error setting up SSH config: Failed to read key 'bad.pem': no key found",
    ]);
    expect(key("good.pem.pub")).toEqual([
      "ssh_private_key_file is invalid: Error setting up SSH config: Failed to read key 'good.pem.pub': no key found",
    ]);
    expect(key("enc.pem")).toEqual([
      "ssh_private_key_file is invalid: Error setting up SSH config: ssh: this private key is passphrase protected",
    ]);
    expect(key("legacy.pem")).toEqual([
      "ssh_private_key_file is invalid: Error setting up SSH config: Failed to read key 'legacy.pem': password protected keys are\nnot supported. Please decrypt the key prior to use.",
    ]);
    expect(key("foo.pem")).toEqual([
      'ssh_private_key_file is invalid: Error setting up SSH config: ssh: unsupported key type "FOO KEY"',
    ]);
    expect(key("adir")).toEqual([
      "ssh_private_key_file is invalid: Error setting up SSH config: read adir: is a directory",
    ]);
    expect(key("~/nope.pem")).toEqual([
      `ssh_private_key_file is invalid: stat ${home}/nope.pem: no such file or directory`,
    ]);
  });

  it("checks the certificate file", () => {
    expect(
      messages('{"ssh_username":"r","ssh_certificate_file":"nope.cert","ssh_private_key_file":"good.pem"}'),
    ).toEqual([
      "ssh_private_key_file is invalid: unable to read certificate file: open nope.cert: no such file or directory",
    ]);
  });

  it("bastion needs a password or a key unless agent auth; its key is checked", () => {
    expect(messages('{"ssh_username":"r","ssh_bastion_host":"b"}')).toEqual([
      "ssh_bastion_password or ssh_bastion_private_key_file must be specified",
    ]);
    expect(messages('{"ssh_username":"r","ssh_bastion_host":"b","ssh_bastion_agent_auth":true}')).toEqual([]);
    expect(
      messages('{"ssh_username":"r","ssh_bastion_host":"b","ssh_bastion_private_key_file":"bad.pem"}'),
    ).toEqual([
      "ssh_bastion_private_key_file is invalid: Error setting up SSH config: Failed to read key 'bad.pem': no key found",
    ]);
  });

  it("checks tunnel specs", () => {
    expect(
      messages(
        '{"ssh_username":"r","ssh_local_tunnels":["x","1:2","8080:localhost:80"],"ssh_remote_tunnels":"a:b:c:d,8080:localhost:80"}',
      ),
    ).toEqual([
      "ssh_local_tunnels ('x') is invalid: Error parsing tunnel 'x': [x]",
      "ssh_local_tunnels ('1:2') is invalid: Error parsing forwarding, must be a tcp address: address 2: missing port in address",
      "ssh_remote_tunnels ('a:b:c:d') is invalid: Error parsing forwarding, must be a tcp address: address b:c:d: too many colons in address",
    ]);
  });

  it("decode errors come first (Packer stops there, before unknown keys: observed)", () => {
    expect(messages('{"ssh_port":"x","bogus":1}')).toEqual([
      `cannot parse 'ssh_port' as int: strconv.ParseInt: parsing "x": invalid syntax`,
    ]);
  });

  it("ssh_public_key / ssh_private_key are Go []byte fields (observed texts)", () => {
    expect(messages('{"ssh_username":"r","ssh_public_key":"x","ssh_private_key":"y"}')).toEqual([
      `cannot parse 'ssh_public_key[0]' as uint: strconv.ParseUint: parsing "x": invalid syntax`,
      `cannot parse 'ssh_private_key[0]' as uint: strconv.ParseUint: parsing "<sensitive>": invalid syntax`,
    ]);
    expect(messages('{"ssh_username":"r","ssh_public_key":"1,300","ssh_private_key":"+1"}')).toEqual([
      `cannot parse 'ssh_public_key[1]' as uint: strconv.ParseUint: parsing "300": value out of range`,
      // Packer prints the text; ours is a secret field, so it is masked.
      `cannot parse 'ssh_private_key[0]' as uint: strconv.ParseUint: parsing "<sensitive>": invalid syntax`,
    ]);
    expect(messages('{"ssh_username":"r","ssh_public_key":[[1]]}')).toEqual([
      `'ssh_public_key[0]' expected type 'uint8', got unconvertible type '[]interface {}', value: '[1]'`,
    ]);
    const r = run('{"ssh_username":"r","ssh_private_key":[104,105],"ssh_public_key":"65,66"}');
    expect(r.config?.ssh).toMatchObject({ privateKey: "hi", publicKey: "AB" });
    expect(r.secrets).toEqual(["hi"]);
  });

  it("expandUser", () => {
    expect(expandUser("~", "/h")).toBe("/h");
    expect(expandUser("~/k", "/h")).toBe("/h/k");
    expect(expandUser("a/~", "/h")).toBe("a/~");
  });
});
