import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeAlicloudEcsConfig, timeOrderedUUID } from "../../../src/builders/alicloud-ecs/config.js";
import { alicloudEcsSpec, R112_ONLY_KEYS } from "../../../src/builders/alicloud-ecs/fields.js";
import type { ConfigObject } from "../../../src/template/config/tree.js";
import { parseJson } from "../../../src/template/json/parse.js";

const FAKE = { ALICLOUD_ACCESS_KEY: "AKfake", ALICLOUD_SECRET_KEY: "SKfake", ALICLOUD_REGION: "cn-hangzhou" };
const BASE =
  '"type":"alicloud-ecs","image_name":"img1","source_image":"centos","instance_type":"ecs.n1.tiny","ssh_username":"root"';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ecs-config-"));
  writeFileSync(join(dir, "ud.sh"), "#!/bin/sh\n");
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "id")]);
});

function decode(body: string, opts: { env?: Record<string, string | undefined>; force?: boolean } = {}) {
  return decodeAlicloudEcsConfig(parseJson(`{${body}}`) as ConfigObject, {
    file: "t.json",
    render: (t) => t,
    env: opts.env ?? FAKE,
    cwd: dir,
    force: opts.force,
  });
}

function errors(body: string, opts?: Parameters<typeof decode>[1]): string[] {
  return decode(body, opts)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => d.message);
}

describe("alicloud-ecs config: defaults", () => {
  it("decodes a minimal builder with Packer's defaults", () => {
    const { config, diagnostics } = decode(BASE);
    expect(diagnostics).toEqual([]);
    expect(config).toBeDefined();
    const c = config!;
    expect(c).toMatchObject({
      accessKey: "AKfake",
      secretKey: "SKfake",
      region: "cn-hangzhou",
      imageName: "img1",
      sourceImage: "centos",
      instanceType: "ecs.n1.tiny",
      waitSnapshotReadyTimeout: 3600,
      waitCopyingImageReadyTimeout: 3600,
      runTags: {},
      tags: {},
      imageCopyRegions: [],
      ioOptimized: undefined,
      imageEncrypted: undefined,
      networkType: "vpc",
      internetChargeType: "",
      internetMaxBandwidthOut: 0,
      imageForceDelete: false,
      systemDiskMapping: { diskSize: 0, deleteWithInstance: false, encrypted: undefined },
      imageDiskMappings: [],
    });
    expect(c.comm.type).toBe("ssh");
    expect(c.comm.ssh).toMatchObject({ port: 22, timeoutMs: 300_000, username: "root" });
    expect(c.comm.ssh.temporaryKeyPairName).toMatch(
      /^packer_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(c.secrets).toEqual(["AKfake", "SKfake"]);
  });

  it("no temporary key pair when a key, key pair, password or WinRM password is given", () => {
    for (const extra of [
      '"ssh_password":"pw"',
      '"ssh_keypair_name":"kp","ssh_agent_auth":true',
      '"ssh_private_key_file":"id"',
      '"temporary_key_pair_name":"mine"',
    ]) {
      const c = decode(`${BASE},${extra}`).config!;
      expect(c.comm.ssh.temporaryKeyPairName === "" || c.comm.ssh.temporaryKeyPairName === "mine").toBe(true);
    }
    const w = decode(
      '"image_name":"img1","source_image":"win","instance_type":"t","communicator":"winrm","winrm_username":"Administrator","winrm_password":"P@ss"',
    ).config!;
    expect(w.comm.ssh.temporaryKeyPairName).toBe("");
    expect(w.secrets).toContain("P@ss");
  });

  it("classic networking (password only) defaults internet charge type and bandwidth", () => {
    const c = decode(`${BASE},"ssh_password":"pw"`).config!;
    expect(c).toMatchObject({
      networkType: "classic",
      internetChargeType: "PayByTraffic",
      internetMaxBandwidthOut: 5,
    });
    const vpc = decode(`${BASE},"ssh_password":"pw","vpc_id":"vpc-1","internet_max_bandwidth_out":"10"`)
      .config!;
    expect(vpc).toMatchObject({ networkType: "vpc", internetChargeType: "", internetMaxBandwidthOut: 10 });
    expect(decode(`${BASE},"ssh_password":"pw","user_data":"x"`).config!.networkType).toBe("vpc");
  });

  it("wait timeouts: 3600 s unless above 0", () => {
    expect(
      decode(`${BASE},"wait_snapshot_ready_timeout":"7200","wait_copying_image_ready_timeout":-1`).config,
    ).toMatchObject({ waitSnapshotReadyTimeout: 7200, waitCopyingImageReadyTimeout: 3600 });
  });

  it("merges tag into tags (tag wins) and deduplicates image_copy_regions keeping order", () => {
    const c = decode(
      `${BASE},"tags":{"a":"1","b":"2"},"tag":[{"key":"b","value":"3"},{"key":"c"}],"image_copy_regions":"cn-beijing,cn-shanghai,cn-beijing","image_copy_names":["x","y","z"]`,
    ).config!;
    expect(c.tags).toEqual({ a: "1", b: "3", c: "" });
    expect(c.imageCopyRegions).toEqual(["cn-beijing", "cn-shanghai"]);
    expect(c.imageCopyNames).toEqual(["x", "y", "z"]);
  });

  it("weak decoding of booleans, trileans and disks", () => {
    const c = decode(
      `${BASE},"io_optimized":"true","image_encrypted":"false","image_force_delete":"1","system_disk_mapping":{"disk_size":"60","disk_category":"cloud_essd","disk_encrypted":true},"image_disk_mappings":{"disk_size":100,"disk_delete_with_instance":"t"}`,
    ).config!;
    expect(c).toMatchObject({ ioOptimized: true, imageEncrypted: false, imageForceDelete: true });
    expect(c.systemDiskMapping).toMatchObject({ diskSize: 60, diskCategory: "cloud_essd", encrypted: true });
    expect(c.imageDiskMappings).toMatchObject([{ diskSize: 100, deleteWithInstance: true }]);
  });

  it("-force sets image_force_delete and image_force_delete_snapshots", () => {
    expect(decode(BASE, { force: true }).config).toMatchObject({
      imageForceDelete: true,
      imageForceDeleteSnapshots: true,
    });
  });

  it("environment fallbacks for empty fields only", () => {
    const c = decode(`${BASE},"region":"cn-beijing","access_key":"AKtpl","secret_key":""`, {
      env: {
        ...FAKE,
        ALICLOUD_PROFILE: "prof",
        ALICLOUD_SHARED_CREDENTIALS_FILE: "/x/config.json",
        SECURITY_TOKEN: "tok",
      },
    }).config!;
    expect(c).toMatchObject({
      region: "cn-beijing",
      accessKey: "AKtpl",
      secretKey: "SKfake",
      profile: "prof",
      sharedCredentialsFile: "/x/config.json",
      securityToken: "tok",
    });
    expect(c.secrets).toEqual(["AKtpl", "SKfake", "tok"]);
  });

  it("accepts every plugin v1.1.2 key (Packer 1.6.6 does not know them)", () => {
    for (const k of R112_ONLY_KEYS) expect(Object.hasOwn(alicloudEcsSpec, k)).toBe(true);
    const c = decode(
      '"image_name":"img1","image_family":"acs:centos_7_9_x64","target_image_family":"test_packer_basic","instance_type":"t","ssh_username":"root","ram_role_name":"r","run_tags":{"a":"b"},"boot_mode":"UEFI","skip_create_image":"true","eip_id":"eip-1","kms_key_copy_ids":"k1,k2"',
    ).config!;
    expect(c).toMatchObject({
      imageFamily: "acs:centos_7_9_x64",
      targetImageFamily: "test_packer_basic",
      runTags: { a: "b" },
      bootMode: "UEFI",
      skipCreateImage: true,
      eipId: "eip-1",
      kmsKeyCopyIds: ["k1", "k2"],
    });
  });

  it("positionOf names any field's place for build-time errors", () => {
    const { config } = decodeAlicloudEcsConfig(
      parseJson(`{\n  ${BASE},\n  "image_disk_mappings": [\n    {"disk_size": 20}\n  ]\n}`) as ConfigObject,
      { file: "t.json", render: (t) => t, env: FAKE, cwd: dir },
    );
    expect(config!.positionOf("image_disk_mappings[0].disk_size")).toMatchObject({
      path: "image_disk_mappings[0].disk_size",
      pos: { line: 4, column: 19 },
    });
    expect(config!.positionOf("image_name").path).toBe("image_name");
    expect(config!.positionOf("vpc_id")).toMatchObject({ path: "", pos: { line: 1, column: 1 } });
  });
});

describe("alicloud-ecs config: rules and Packer 1.6.6's messages", () => {
  it("requires image_name, source_image and instance_type (observed)", () => {
    expect(errors('"ssh_username":"r"')).toEqual([
      "image_name must be specified",
      "A source_image must be specified",
      "An alicloud_instance_type must be specified",
    ]);
  });

  it("image_name rules (observed)", () => {
    const img = (n: string) =>
      errors(`"image_name":${JSON.stringify(n)},"source_image":"s","instance_type":"t","ssh_username":"r"`);
    expect(img("a")).toEqual(["image_name must less than 128 letters and more than 1 letters"]);
    expect(img("a".repeat(129))).toEqual(["image_name must less than 128 letters and more than 1 letters"]);
    expect(img("é".repeat(64))).toEqual([]); // 128 bytes
    expect(img("http://x")).toEqual(["image_name can't start with 'http://' or 'https://'"]);
    expect(img("https:// x")).toEqual([
      "image_name can't start with 'http://' or 'https://'",
      "image_name can't include spaces",
    ]);
    expect(img(" x")).toEqual(["image_name can't include spaces"]);
    expect(img("ab\u000bc")).toEqual([]); // Go's \s has no \v
    expect(img("ab\u00a0c")).toEqual([]);
  });

  it("source_image / image_family rules", () => {
    expect(errors('"image_name":"xx","source_image":" s ","instance_type":"t","ssh_username":"r"')).toEqual([
      "The source_image can't include spaces",
    ]);
    expect(
      errors(
        '"image_name":"xx","source_image":"s","image_family":"f","instance_type":"t","ssh_username":"r"',
      ),
    ).toEqual([
      "An image_family and source_image can not be specified at the same time. Please use only one.",
    ]);
    expect(errors('"image_name":"xx","image_family":"f ","instance_type":"t","ssh_username":"r"')).toEqual([
      "The image_family can't include spaces",
    ]);
  });

  it("user_data / user_data_file (observed)", () => {
    expect(errors(`${BASE},"user_data":"a","user_data_file":"nope"`)).toEqual([
      "Only one of user_data or user_data_file can be specified.",
    ]);
    expect(errors(`${BASE},"user_data_file":"nope"`)).toEqual(["user_data_file not found: nope"]);
    expect(errors(`${BASE},"user_data_file":"ud.sh"`)).toEqual([]);
  });

  it("credentials and region (no credentials check: the credential chain's; region observed)", () => {
    // Packer requires keys, a profile or ram_role_name here; image-build resolves credentials at build time.
    expect(errors(BASE, { env: { ALICLOUD_REGION: "cn-hangzhou" } })).toEqual([]);
    expect(errors(BASE, { env: { ALICLOUD_ACCESS_KEY: "a", ALICLOUD_SECRET_KEY: "b" } })).toEqual([
      "region option or ALICLOUD_REGION must be provided in template file or environment variables.",
    ]);
    expect(errors(`${BASE},"profile":"p"`, { env: { ALICLOUD_REGION: "r" } })).toEqual([]);
    expect(errors(`${BASE},"ram_role_name":"role"`, { env: { ALICLOUD_REGION: "r" } })).toEqual([]);
    expect(errors(`${BASE},"access_key":"a","secret_key":"b","region":"r"`, { env: {} })).toEqual([]);
  });

  it("reports every Prepare error at once, in Packer's order: access, image, communicator, run (observed)", () => {
    const r = decode(
      '"user_data_file":"nope","ssh_file_transfer_method":"SCP","source_image":" s","communicator":""',
      {
        env: { ALICLOUD_ACCESS_KEY: "x", ALICLOUD_SECRET_KEY: "y" },
      },
    );
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "region option or ALICLOUD_REGION must be provided in template file or environment variables.",
      "image_name must be specified",
      'An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".',
      "ssh_file_transfer_method ('SCP') is invalid, valid methods: sftp, scp",
      "The source_image can't include spaces",
      "An alicloud_instance_type must be specified",
      "user_data_file not found: nope",
    ]);
    // Positioned at the offending value, or at the builder object for a missing field.
    expect(r.diagnostics.map((d) => d.path)).toEqual([
      "",
      "",
      "",
      "ssh_file_transfer_method",
      "source_image",
      "",
      "user_data_file",
    ]);
  });

  it("nulls decode to zero values (observed: accepted by Packer)", () => {
    const c = decode(
      `${BASE},"image_disk_mappings":[null,{"disk_size":1}],"tags":{"a":null},"image_copy_regions":["a",null],"system_disk_mapping":null,"vpc_id":null`,
    ).config!;
    expect(c.imageDiskMappings.map((d) => d.diskSize)).toEqual([0, 1]);
    expect(c.tags).toEqual({ a: "" });
    expect(c.imageCopyRegions).toEqual(["a", ""]);
    expect(c.vpcId).toBe("");
  });

  it("boot_mode and target_image_family", () => {
    expect(errors(`${BASE},"boot_mode":"x"`)).toEqual([
      "boot_mode should to be one of 'BIOS', 'UEFI' or 'UEFI-Preferred'",
    ]);
    expect(errors(`${BASE},"boot_mode":"UEFI-Preferred"`)).toEqual([]);
    expect(errors(`${BASE},"target_image_family":"aliyun_x"`)).toEqual([
      "target_image_family can't start with 'aliyun' or 'acs:'",
    ]);
    expect(errors(`${BASE},"target_image_family":"https://x"`)).toEqual([
      "target_image_family can't start with 'http://' or 'https://'",
    ]);
    expect(errors(`${BASE},"target_image_family":"1abc"`)[0]).toMatch(
      /^target_image_family must be 2 to 128/,
    );
    expect(errors(`${BASE},"target_image_family":"家族_1.a:b-c"`)).toEqual([]);
  });

  it("security_enhancement_strategy outside Active/Deactive is a warning, not an error", () => {
    const r = decode(`${BASE},"security_enhancement_strategy":"On"`);
    expect(r.config).toBeDefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "security_enhancement_strategy",
        message: "security_enhancement_strategy should be Active or Deactive; the API will reject 'On'",
      }),
    ]);
  });

  it("communicator rules run inside the builder (observed)", () => {
    expect(errors('"image_name":"ab","source_image":"s","instance_type":"t","ssh_password":"p"')).toEqual([
      'An ssh_username must be specified\n  Note: some builders used to default ssh_username to "root".',
    ]);
    expect(errors('"image_name":"ab","source_image":"s","instance_type":"t","communicator":"winrm"')).toEqual(
      ["winrm_username must be specified."],
    );
  });

  it("decode errors stop before Prepare, all reported (observed texts)", () => {
    expect(
      errors(
        `${BASE},"io_optimized":"maybe","image_force_delete":"yes","ssh_timeout":"abc","tags":{"a":[1]},"tag":"a"`,
      ),
    ).toEqual([
      `error decoding 'io_optimized': Error parsing bool from given var: strconv.ParseBool: parsing "maybe": invalid syntax`,
      `cannot parse 'image_force_delete' as bool: strconv.ParseBool: parsing "yes": invalid syntax`,
      `error decoding 'ssh_timeout': time: invalid duration "abc"`,
      `'tags[<interface {} Value>]' expected type 'string', got unconvertible type '[]interface {}', value: '[1]'`,
      `'tag[0]' expected a map, got 'string'`,
    ]);
    expect(errors(`${BASE},"bogus_key":1,"tag":[{"key":"a","x":1}],"ssh_interface":"x"`)).toEqual([
      `unknown configuration key: '"bogus_key"'`,
      `unknown configuration key: '"tag[0].x"'`,
      `unknown configuration key: '"ssh_interface"'`,
    ]);
    expect(errors(`"name":"n",${BASE},"packer_build_name":"x"`)).toEqual([]);
  });

  it("timeOrderedUUID starts with the Unix time in hex", () => {
    expect(timeOrderedUUID(new Date(0x5f5e1000 * 1000))).toMatch(
      /^5f5e1000-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
