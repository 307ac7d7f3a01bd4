// Every seed template and every real-world template of the fixtures that can run here is built by
// our engine (validateTemplate + runBuilds, in-process) against one emulator, all at once; then an
// instance is started from each new image (every region of it), and the files the template's
// provisioners wrote are read over SSH. The leak check then shows only the images and their
// snapshots.
//
// A template runs as a portable variant (__tests__/helpers/portable.ts) where its commands need
// what the emulator's machines lack (package repositories, the network, systemd); placeholders of
// the user's own resources (vpc-xxxx, s-xxxx) name resources created first
// (__tests__/helpers/own-resources.ts). All share one account, so each image name gets the case's
// id appended. The templates that cannot run here are listed in SKIPPED with the verdict of
// `validateTemplate` that says why, so the list cannot rot.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Client } from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { type RunBuildsResult, runBuilds } from "../../src/engine/build.js";
import { provisioningHooks } from "../../src/engine/provisioning.js";
import { validateTemplate } from "../../src/engine/validate.js";
import { RecordingUi } from "../../src/ui/recording.js";
import { connect, exec } from "../emulator/machines/helpers.js";
import { $Ecs, ecsClient, waitFor } from "../emulator/services/clients.js";
import { ownResources } from "../helpers/own-resources.js";
import {
  emulatedLine,
  PROVISION_LOG,
  portableScript,
  portableTemplate,
  type Template,
} from "../helpers/portable.js";

const FIXTURES = join(__dirname, "../fixtures");
const MARKER = "/root/image-build-marker";
/** The password of the instances started from the new images. */
const PASSWORD = "Verify-Image-1";

/** A file's expected content: exact text, or a pattern. */
type Expected = string | RegExp;

interface Case {
  /** Relative to the fixtures directory. */
  file: string;
  /** `{{env}}` values the template expects from its user (undefined: unset). */
  env?: Record<string, string | undefined>;
  /** The credentials source the build must report. */
  credentials?: RegExp;
  /** A template invalid as published (asserted below) is built after this repair. */
  repair?: { diagnostic: RegExp; fix: (text: string) => string };
  /** Edits of this variant beyond the generic ones (dir: the copy of its working directory). */
  edit?: (t: Template, dir: string, replaced: string[]) => void;
  /** The provisioners write nothing checkable: the variant's last provisioner writes MARKER. */
  marker?: boolean;
  /** Files the provisioners wrote (besides the provision log of replaced commands). */
  files?: Record<string, Expected>;
  /** The exact provision log, when not every replaced command runs (branches not taken). */
  log?: (replaced: string[]) => string[];
  /** The image's regions (default: the build region). */
  regions?: string[];
  /** Checks of what the template asks of the cloud (tags, disks, sharing...), through the API. */
  api?: (x: ApiView) => Promise<void> | void;
}

/** What a case's `api` check sees. */
interface ApiView {
  /** Region → image id. */
  images: Record<string, string>;
  /** The image as DescribeImages answers. */
  image(region?: string): Promise<$Ecs.DescribeImagesResponseBodyImagesImage>;
  /** Wire parameters of the build's RunInstances call. */
  run: Record<string, string>;
  /** The build region. */
  region: string;
  /** The template as built (placeholders replaced). */
  text: string;
  ecs: ReturnType<typeof ecsClient>;
}

/** The `Tag.N.Key`/`Tag.N.Value` pairs of a call's parameters. */
function wireTags(p: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    const m = /^Tag\.(\d+)\.Key$/.exec(k);
    if (m) out[v] = p[`Tag.${m[1]}.Value`] ?? "";
  }
  return out;
}

/** The image's tags. */
const tagsOf = (im: $Ecs.DescribeImagesResponseBodyImagesImage) =>
  Object.fromEntries((im.tags?.tag ?? []).map((t) => [t.tagKey!, t.tagValue ?? ""]));

/** Whether the snapshots behind disk mappings are encrypted, as `size:encrypted`. */
async function encrypted(x: ApiView, mappings: { size?: string; snapshotId?: string }[]): Promise<string[]> {
  const d = await x.ecs.describeSnapshots(
    new $Ecs.DescribeSnapshotsRequest({
      regionId: x.region,
      snapshotIds: JSON.stringify(mappings.map((m) => m.snapshotId)),
    }),
  );
  const byId = new Map((d.body!.snapshots!.snapshot ?? []).map((sn) => [sn.snapshotId, sn.encrypted]));
  return mappings.map((m) => `${m.size}:${byId.get(m.snapshotId)}`);
}

/** The image's disk mappings as `type:size`. */
const disksOf = (im: $Ecs.DescribeImagesResponseBodyImagesImage) =>
  (im.diskDeviceMappings?.diskDeviceMapping ?? []).map((d) => `${d.type}:${d.size}`);

/** Text of an ACK script replaced whole: it checks an ACK node (cloud-init, systemd, sshd on 22). */
const VERIFY_NOTE = "scripts/verify.sh (cloud-init, systemd and sshd checks of an ACK node)";
const VERIFY_STUB = `#!/bin/bash\n${emulatedLine(VERIFY_NOTE)}\n`;

/** The ACK templates: kernel update, a reboot (expect_disconnect), clean-up, settings, checks. */
function ack(file: string, extra: Partial<Case> = {}): Case {
  return {
    file,
    edit: (_t, dir) => {
      writeFileSync(join(dir, "scripts/verify.sh"), VERIFY_STUB);
      // a real image has /etc/fstab (default.sh edits it); the emulator's base filesystem has none
      if (readFileSync(join(dir, "config/default.sh"), "utf8").includes("/etc/fstab"))
        _t.provisioners!.unshift({ type: "shell", inline: ["touch /etc/fstab"] });
    },
    ...extra,
    // verify.sh runs last
    log: (r) => [...(extra.log?.(r) ?? r), VERIFY_NOTE],
  };
}

/** No access keys in the environment (the template's own credential source is used). */
const NO_KEYS = {
  ALICLOUD_ACCESS_KEY: undefined,
  ALICLOUD_SECRET_KEY: undefined,
  ALIBABA_CLOUD_ACCESS_KEY_ID: undefined,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: undefined,
};

const CASES: Case[] = [
  {
    file: "seed-templates/001_46923a7ba6622760-01.json",
    marker: true,
    api: async (x) => expect(tagsOf(await x.image())).toMatchObject({ version: "v1.0.0", app: "web" }),
  },
  // image_disk_mappings from a snapshot of the user's, image_ignore_data_disks
  { file: "seed-templates/001_46923a7ba6622760-02.json", marker: true },
  { file: "seed-templates/001_46923a7ba6622760-03.json", marker: true },
  {
    // existing VPC and vSwitch, ssh_private_ip
    file: "seed-templates/001_46923a7ba6622760-04.json",
    marker: true,
    api: (x) => expect(x.run.VSwitchId).toBe(/"(vsw-[a-z0-9]+)"/.exec(x.text)![1]),
  },
  {
    // disable_stop_instance: the build waits for the instance to stop itself; the seed has no
    // provisioner doing it, so the variant's does (Packer's seed test does the same)
    file: "seed-templates/001_46923a7ba6622760-05.json",
    edit: (t) => {
      t.provisioners = [
        {
          type: "shell",
          inline: ["echo stopped-by-guest > /root/marker", "poweroff"],
          expect_disconnect: true,
          skip_clean: true,
        },
      ];
    },
    files: { "/root/marker": "stopped-by-guest\n" },
  },
  {
    // ssh_private_ip with the VPC, vSwitch and security group from user variables the user gives
    // (-var): a build that only a runner inside that VPC can connect. The variant names the user's
    // own VPC and vSwitch (seed 04's), where the runner of these builds stands.
    file: "seed-templates/001_46923a7ba6622760-07.json",
    edit: (t) => {
      t.builders[0].vpc_id = runnerVpc.vpcId;
      t.builders[0].vswitch_id = runnerVpc.vswitchId;
    },
  },
  // system_disk_mapping, image_disk_mappings from a snapshot of the user's
  { file: "seed-templates/001_46923a7ba6622760-08.json" },
  {
    // image_family (source) and target_image_family
    file: "seed-templates/001_46923a7ba6622760-09.json",
    api: async (x) => {
      expect((await x.image()).imageFamily).toBe("test_packer_basic");
    },
  },
  {
    // credentials from a CLI profile (written to the build's home); no keys in the environment
    file: "seed-templates/001_46923a7ba6622760-10.json",
    env: NO_KEYS,
    credentials: /^Using credentials from .*profile 'packer_sk'/m,
  },
  {
    // credentials of the ECS RAM role of the machine running the build (metadata service): the
    // variant names the role the emulator's metadata service has
    file: "seed-templates/001_46923a7ba6622760-11.json",
    env: NO_KEYS,
    credentials: /^Using credentials from .*EmulatorRole/m,
    edit: (t) => {
      t.builders[0].ram_role_name = "EmulatorRole";
    },
  },
  {
    // ecs_ram_role_name: the RAM role given to the temporary instance
    file: "seed-templates/001_46923a7ba6622760-12.json",
    api: (x) => expect(x.run.RamRoleName).toBe("packer-test"),
  },
  {
    // AssumeRole: the variant names the emulator's role (the template's is a placeholder)
    file: "seed-templates/001_46923a7ba6622760-13.json",
    edit: (t) => {
      t.builders[0].ram_role_arn = "acs:ram::1234567890123456:role/emulatorrole";
    },
  },
  { file: "seed-templates/004_5b186ebb0ede2d3a.json" },

  { file: "templates/01-plugin-basic.json" },
  {
    file: "templates/03-plugin-data-disk.json",
    api: async (x) => expect(disksOf(await x.image()).slice(1)).toEqual(["data:20", "data:20"]),
  },
  {
    // user_data_file at first boot, ssh_password, a file provisioner then a shell running the file
    file: "templates/04-plugin-chef.json",
    edit: (_t, dir, replaced) => portableScript(join(dir, "examples/alicloud/chef/chef.sh"), replaced),
    files: { "/root/.pemfile": /^$/ },
  },
  {
    file: "templates/05-plugin-jenkins.json",
    edit: (_t, dir, replaced) => portableScript(join(dir, "examples/alicloud/jenkins/jenkins.sh"), replaced),
    files: { "/etc/profile": /\nTOMCAT_PATH="\/opt\/apache-tomcat-7\.0\.77"\nJENKINS_HOME=/ },
    // an Ubuntu image: the yum branch of jenkins.sh does not run
    log: (r) => r.filter((l) => !l.startsWith("sudo yum")),
  },
  { file: "templates/07-packer-2020-basic.json" },
  { file: "templates/08-packer-2017-data-disk.json" },
  { file: "templates/10-packer-docs-2020-basic.json" },
  {
    // run_tags; as published a comma is missing before "run_tags"
    file: "templates/11-plugin-docs-run-tags.json",
    api: (x) => expect(wireTags(x.run)).toMatchObject({ "Managed by": "Packer", "Built by": "Packer" }),
    repair: {
      diagnostic: /Error parsing JSON: invalid character '"' after object key:value pair/,
      fix: (s) => s.replace(`"image_force_delete": "true"\n`, `"image_force_delete": "true",\n`),
    },
  },
  { file: "templates/12-acc-basic.json", marker: true },
  {
    file: "templates/13-acc-disk-settings.json",
    marker: true,
    api: async (x) => expect(disksOf(await x.image())).toEqual(["system:60", "data:25", "data:25"]),
  },
  // a GPU instance type with local disks, image_ignore_data_disks
  {
    file: "templates/14-acc-ignore-data-disks.json",
    marker: true,
    api: async (x) => expect(disksOf(await x.image()).filter((d) => !d.startsWith("system:"))).toEqual([]),
  },
  {
    file: "templates/16-acc-region-copy.json",
    marker: true,
    regions: ["cn-beijing", "cn-hangzhou", "cn-shenzhen"],
    api: async (x) => {
      expect((await x.image("cn-hangzhou")).imageName).toMatch(/^packer-copy-test-hz_\d+-16$/);
      expect((await x.image("cn-shenzhen")).imageName).toMatch(/^packer-copy-test-sz_\d+-16$/);
    },
  },
  {
    file: "templates/17-acc-sharing.json",
    marker: true,
    api: async (x) => {
      const p = await x.ecs.describeImageSharePermission(
        new $Ecs.DescribeImageSharePermissionRequest({ regionId: x.region, imageId: x.images[x.region] }),
      );
      expect(p.body!.accounts!.account!.map((a) => a.aliyunId)).toEqual(["1309208528360047"]);
    },
  },
  {
    file: "templates/18-acc-image-tags.json",
    marker: true,
    api: async (x) =>
      expect(tagsOf(await x.image())).toMatchObject({ TagKey1: "TagValue1", TagKey2: "TagValue2" }),
  },
  {
    file: "templates/19-acc-data-disk-encrypted.json",
    marker: true,
    api: async (x) => {
      const data = (await x.image()).diskDeviceMappings!.diskDeviceMapping!.filter((d) => d.type === "data");
      expect(await encrypted(x, data)).toEqual(["25:true", "35:false", "45:false"]);
    },
  },
  {
    file: "templates/20-acc-system-disk-encrypted.json",
    marker: true,
    api: async (x) => {
      const sys = (await x.image()).diskDeviceMappings!.diskDeviceMapping!.filter((d) => d.type === "system");
      expect(await encrypted(x, sys)).toEqual([`${sys[0].size}:true`]);
    },
  },
  ack("templates/21-ack-centos.json"),
  // existing VPC and vSwitch through user variables
  ack("templates/22-ack-centos-existing-vpc-vswitch.json", {
    api: (x) => expect(x.run.VSwitchId).toBe(/"(vsw-[a-z0-9]+)"/.exec(x.text)![1]),
  }),
  ack("templates/23-ack-aliyunlinux3.json", {
    // set-cgroupv2.sh runs grubby only when CGROUP_MODE says v2 (the template leaves it empty),
    // disableTuned.sh stops tuned only on two aliyun 2 images (/etc/image-id)
    log: (r) => r.filter((l) => !/^(grubby|systemctl (stop|disable) tuned)/.test(l)),
  }),
  {
    // the script trims the OS, downloads and installs Kubernetes packages and pulls images: it is
    // uploaded as published (the file provisioner's destination is checked) and the variant's shell
    // runs a stand-in recording the environment the inline exports gave it
    file: "templates/24-ack-optimized-os-1.18.json",
    env: { RUNTIME: "containerd", SKIP_SECURITY_FIX: "1" },
    edit: (t) => {
      t.provisioners![1].inline = t.provisioners![1].inline!.map((l) =>
        l === "bash /root/ack-optimized-os-1.18.sh"
          ? `test -s /root/ack-optimized-os-1.18.sh && echo "ran with RUNTIME=$RUNTIME SKIP_SECURITY_FIX=$SKIP_SECURITY_FIX OS_ARCH=$OS_ARCH" > ${MARKER}`
          : l,
      );
    },
    files: {
      "/root/ack-optimized-os-1.18.sh": readFileSync(
        join(FIXTURES, "templates/24-ack-optimized-os-1.18.files/scripts/ack-optimized-os-1.18.sh"),
        "utf8",
      ),
      [MARKER]: "ran with RUNTIME=containerd SKIP_SECURITY_FIX=1 OS_ARCH=amd64\n",
    },
  },
  {
    file: "templates/28-devops-sample-image.json",
    env: { SOURCE_IMAGE: "ubuntu_18_04_64_20G_alibase_20190509.vhd", INSTANCE_TYPE: "ecs.n1.small" },
  },
  {
    // file provisioners whose sources come from the environment, then sed edits of one of them
    file: "templates/29-devops-v3-app-image.json",
    env: {
      SOURCE_IMAGE: "ubuntu_18_04_64_20G_alibase_20190509.vhd",
      INSTANCE_TYPE: "ecs.n1.small",
      IMAGE_VERSION: "3",
      ENVIRONMENT: "dev",
      APPLICATION_PATH: "todo-list.jar",
      PROPERTIES_PATH: "application.properties",
      RDS_CONNECTION_STRING: "rm-1.mysql.rds.aliyuncs.com",
      RDS_DATABASE: "todo",
      RDS_ACCOUNT: "todo_user",
      RDS_PASSWORD: "p&ss/word",
    },
    edit: (t, dir) => {
      // a real Ubuntu image has /etc/systemd/system (the third file goes there); the emulator's
      // base filesystem has no systemd
      t.provisioners![0].inline!.push("mkdir -p /etc/systemd/system");
      writeFileSync(join(dir, "todo-list.jar"), "PK fake jar\n");
      writeFileSync(
        join(dir, "application.properties"),
        "spring.datasource.url=\nspring.datasource.username=\nspring.datasource.password=\n",
      );
    },
    files: {
      "/opt/todo-list/todo-list.jar": "PK fake jar\n",
      "/etc/todo-list/application.properties":
        "spring.datasource.url=jdbc:mysql://rm-1.mysql.rds.aliyuncs.com:3306/todo?useSSL=false\n" +
        "spring.datasource.username=todo_user\nspring.datasource.password=p&ss/word\n",
      "/etc/systemd/system/todo-list.service": readFileSync(
        join(FIXTURES, "templates/29-devops-v3-app-image.files/resources/todo-list.service"),
        "utf8",
      ),
    },
  },
  { file: "templates/33-aliyundocs-ecs-devops-tags.json", marker: true },
  ack("templates/35-aliyundocs-csk-ack-custom-image.json"),
  {
    // as published a trailing comma ends the inline list; region from REGION
    file: "templates/36-aliyundocs-csk-ess-configmap-invalid.json",
    env: { REGION: "cn-hangzhou" },
    repair: {
      diagnostic: /Error parsing JSON: invalid character ']' looking for beginning of value/,
      fix: (s) => s.replace(`"sleep 30",\n`, `"sleep 30"\n`),
    },
    marker: true,
  },
  ack("templates/37-nucsimple-ack-centos.json", {
    env: {
      ACCESS_KEY: "",
      SECRET_KEY: "",
      REGION: "cn-hangzhou",
      IMAGE_NAME: "nucsimple",
      INSTANCE_TYPE: "ecs.g6.large",
    },
  }),
];

/** Templates that cannot run here, each with the diagnostic of `validateTemplate` saying why. */
const SKIPPED: { file: string; reason: string; diagnostic: RegExp; cwd?: string }[] = [
  {
    file: "seed-templates/001_46923a7ba6622760-06.json",
    reason: "Windows over WinRM with a powershell provisioner",
    diagnostic: /provisioner type "powershell" is not supported yet/,
  },
  {
    file: "templates/02-plugin-windows-winrm.json",
    reason: "Windows over WinRM with a powershell provisioner",
    diagnostic: /provisioner type "powershell" is not supported yet/,
  },
  {
    file: "templates/06-plugin-local-qemu-alicloud-import.json",
    reason: "a qemu builder and an alicloud-import post-processor, no alicloud-ecs builder",
    diagnostic: /builder type "qemu" is not supported by image-build/,
  },
  {
    file: "templates/09-packer-2017-windows-nouserdata.json",
    reason: "Windows over WinRM with a powershell provisioner",
    diagnostic: /provisioner type "powershell" is not supported yet/,
  },
  {
    // valid for Packer (no provisioner); image-build has no WinRM communicator and says so at
    // validation, before any resource exists
    file: "templates/15-acc-windows.json",
    reason: "Windows over WinRM",
    cwd: "templates/15-acc-windows.files/builder/alicloud/ecs",
    diagnostic: /communicator "winrm" is not supported yet by image-build/,
  },
  {
    file: "templates/hcl2/44-ygxxii-ansible-grafana.pkr.hcl",
    reason: "needs the ansible plugin",
    diagnostic:
      /The plugin "ansible" \(github.com\/hashicorp\/ansible ~> 1\) is not available in image-build/,
  },
  {
    file: "templates/hcl2/48-qubitpi-react-alicloud.pkr.hcl",
    reason: "needs the iiaas plugin",
    diagnostic:
      /The plugin "iiaas" \(github.com\/paion-data\/paion-data >= 0.0.6\) is not available in image-build/,
  },
];

/**
 * HCL2 templates built by __tests__/engine/hcl2-build.test.ts (40, 41) and validated by
 * __tests__/template/hcl2/fixtures-validate.test.ts (45: its provisioner is a dnf script for
 * AlmaLinux with the network).
 */
const ELSEWHERE = [
  "templates/hcl2/40-plugin-example-build.pkr.hcl",
  "templates/hcl2/41-plugin-docs-run-tags.pkr.hcl",
  "templates/hcl2/45-ygxxii-shell-packer.pkr.hcl",
];

/** The working directory of a fixture: its `.files` directory when it has one. */
function filesDir(file: string): string | undefined {
  const d = join(FIXTURES, file.replace(/\.json$/, ".files"));
  return existsSync(d) ? d : undefined;
}

/** Whether this process may bind port 22 on a loopback address (else instances answer on 2222). */
function canBind22(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRINUSE"));
    s.listen(22, "127.254.254.254", () => s.close(() => resolve(true)));
  });
}

interface Outcome {
  result: RunBuildsResult;
  log: string;
  replaced: string[];
  /** Every image of the build, by region. */
  images: Record<string, string>;
  /** Files read over SSH from an instance of each image: region → path → content. */
  read: Record<string, Record<string, string>>;
  runId: string;
  /** Build, and check (instances from the images), wall times in ms. */
  ms: { build: number; check: number };
}

let emu: Emulator;
let home: string;
let sshPort = 22;
const prepared = new Map<string, { text: string; tag: string }>();
let preexisting: Set<string>;
let since: string;
const outcomes = new Map<string, Promise<Outcome>>();
const securityGroups: Record<string, string> = {};
let started = 0;
/** The user's own VPC that the runner of the ssh_private_ip builds stands in. */
const runnerVpc = { vpcId: "", vswitchId: "" };

function env(c: Case): Record<string, string> {
  const e: Record<string, string | undefined> = { ...emu.env, ...(c.env ?? {}) };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return e as Record<string, string>;
}

beforeAll(async () => {
  started = performance.now();
  const bind22 = await canBind22();
  emu = await startEmulator({
    profile: "zero",
    tls: false,
    machines: bind22 ? {} : { sshPort: 2222 },
  });
  sshPort = emu.machines!.sshPort;
  // the CLI profile seed 10 names (not the file's current one: seed 11 must not fall back to it)
  home = mkdtempSync(join(tmpdir(), "template-builds-home-"));
  mkdirSync(join(home, ".aliyun"));
  writeFileSync(
    join(home, ".aliyun/config.json"),
    JSON.stringify({
      profiles: [
        {
          name: "packer_sk",
          mode: "AK",
          access_key_id: emu.credentials.accessKeyId,
          access_key_secret: emu.credentials.accessKeySecret,
          region_id: "cn-hangzhou",
        },
      ],
    }),
  );
  // the user's own resources the templates name, and a security group per region for the checks
  const ecs = ecsClient(emu);
  for (const region of ["cn-beijing", "cn-hangzhou", "cn-shenzhen"]) {
    const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: region }));
    securityGroups[region] = sg.body!.securityGroupId!;
    // the emulator enforces reachability: without this rule the checks' SSH would be dropped
    await ecs.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: region,
        securityGroupId: securityGroups[region],
        ipProtocol: "tcp",
        portRange: `${sshPort}/${sshPort}`,
        sourceCidrIp: "0.0.0.0/0",
      }),
    );
  }
  for (const c of CASES) {
    let text = readFileSync(join(FIXTURES, c.file), "utf8");
    if (c.repair) text = c.repair.fix(text);
    text = await ownResources(emu, text);
    prepared.set(c.file, {
      text,
      tag: `-${basename(c.file).slice(0, 2)}${c.file.startsWith("seed") ? basename(c.file, ".json").slice(-2) : ""}`,
    });
  }
  // Seed 04 connects with ssh_private_ip to an instance in the user's own VPC: that build runs on a
  // self-hosted runner inside that VPC. Every other build reaches its instance from outside (the
  // emulator still judges public addresses from the runner's public address).
  const privateCase = prepared.get("seed-templates/001_46923a7ba6622760-04.json")!.text;
  runnerVpc.vpcId = /"vpc_id":\s*"(vpc-[a-z0-9]+)"/.exec(privateCase)![1];
  runnerVpc.vswitchId = /"vswitch_id":\s*"(vsw-[a-z0-9]+)"/.exec(privateCase)![1];
  emu.machines!.setRunner({ vpcId: runnerVpc.vpcId });
  preexisting = new Set((emu.leakCheck() as { id: string }[]).map((r) => r.id));
  since = new Date().toISOString();
  for (const c of CASES) outcomes.set(c.file, run(c));
  // no rejection goes unhandled while earlier tests run
  for (const p of outcomes.values()) p.catch(() => {});
}, 60_000);

afterAll(async () => {
  const done = await Promise.allSettled(outcomes.values());
  await emu?.stop();
  // figures for the report (not asserted: no timing asserts in tests)
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const times = done.flatMap((d, i) =>
    d.status === "fulfilled" ? [[CASES[i].file, d.value.ms] as const] : [],
  );
  const slowest = [...times].sort((a, b) => b[1].build + b[1].check - a[1].build - a[1].check).slice(0, 3);
  console.log(
    `template-builds: ${CASES.length} templates built and checked in ${s(performance.now() - started)}; slowest: ${slowest
      .map(([f, ms]) => `${basename(f)} build ${s(ms.build)} + check ${s(ms.check)}`)
      .join(", ")}`,
  );
});

/** Builds a case's variant, then reads what it wrote from an instance of each of its images. */
async function run(c: Case): Promise<Outcome> {
  const { text, tag } = prepared.get(c.file)!;
  const dir = mkdtempSync(join(tmpdir(), "template-build-"));
  const from = filesDir(c.file);
  if (from) cpSync(from, dir, { recursive: true });
  const t = JSON.parse(text) as Template;
  const replaced: string[] = [];
  c.edit?.(t, dir, replaced);
  replaced.push(...portableTemplate(t, dir));
  for (const b of t.builders) {
    b.image_name = `${b.image_name}${tag}`;
    if (Array.isArray(b.image_copy_names)) b.image_copy_names = b.image_copy_names.map((n) => `${n}${tag}`);
    if (sshPort !== 22) b.ssh_port = sshPort;
  }
  if (c.marker)
    t.provisioners = [...(t.provisioners ?? []), { type: "shell", inline: [`echo built > ${MARKER}`] }];
  const path = join(dir, basename(c.file));
  writeFileSync(path, JSON.stringify(t, null, 2));

  const e = env(c);
  const t0 = performance.now();
  const v = await validateTemplate({ path, env: e, cwd: dir });
  if (!v.ok) throw new Error(`variant invalid: ${v.diagnostics.map((d) => d.message).join("; ")}`);
  const ui = new RecordingUi();
  const runId = `tb${tag}`;
  const result = await runBuilds(v.prepared, {
    ui,
    env: e,
    home,
    cwd: dir,
    runId,
    template: v.template,
    secrets: v.secrets,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    provisioning: provisioningHooks({
      template: v.template,
      runId,
      cwd: dir,
      env: e,
      sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
    }),
  });
  const t1 = performance.now();
  const log = ui.lines.map((l) => l.text).join("\n");
  const images: Record<string, string> = {};
  for (const b of result.builds) Object.assign(images, b.images);
  const read: Outcome["read"] = {};
  if (result.ok) {
    const paths = [
      ...Object.keys(c.files ?? {}),
      ...(replaced.length ? [PROVISION_LOG] : []),
      ...(c.marker ? [MARKER] : []),
    ];
    for (const [region, imageId] of Object.entries(images))
      read[region] = await readFromInstance(region, imageId, paths);
  }
  return {
    result,
    log,
    replaced,
    images,
    read,
    runId,
    ms: { build: t1 - t0, check: performance.now() - t1 },
  };
}

/** RunInstances from the image (password), waits for SSH, reads the files with ssh2, deletes it. */
async function readFromInstance(
  region: string,
  imageId: string,
  paths: string[],
): Promise<Record<string, string>> {
  const ecs = ecsClient(emu);
  const r = await ecs.runInstances(
    new $Ecs.RunInstancesRequest({
      regionId: region,
      imageId,
      instanceType: "ecs.g6.large",
      securityGroupId: securityGroups[region],
      internetMaxBandwidthOut: 5,
      password: PASSWORD,
      amount: 1,
    }),
  );
  const instanceId = r.body!.instanceIdSets!.instanceIdSet![0];
  try {
    const inst = await waitFor(async () => {
      const d = await ecs.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: region, instanceIds: JSON.stringify([instanceId]) }),
      );
      const i = d.body?.instances?.instance?.[0];
      return i?.status === "Running" ? i : undefined;
    }, 60_000);
    await emu.machines!.waitForSsh(instanceId, 60_000);
    const c: Client = await connect(inst.publicIpAddress!.ipAddress![0], {
      password: PASSWORD,
      port: sshPort,
    });
    try {
      const out: Record<string, string> = {};
      for (const p of paths) {
        const x = await exec(c, `if [ -d '${p}' ]; then ls -A '${p}'; else cat '${p}'; fi`);
        out[p] = x.code === 0 ? x.stdout : `<missing: ${x.stderr.trim()}>`;
      }
      return out;
    } finally {
      c.end();
    }
  } finally {
    await ecs.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId, force: true }));
    await waitFor(async () => {
      const d = await ecs.describeInstances(
        new $Ecs.DescribeInstancesRequest({ regionId: region, instanceIds: JSON.stringify([instanceId]) }),
      );
      return (d.body?.instances?.instance?.length ?? 0) === 0;
    }, 60_000);
  }
}

// The tests await builds that all run at once: the first waits for most of them.
describe("our engine builds the templates against the emulator; instances from the images hold what they wrote", {
  timeout: 180_000,
}, () => {
  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (_name, c) => {
    if (c.repair) {
      const v = await validateTemplate({ path: join(FIXTURES, c.file), env: env(c), cwd: filesDir(c.file) });
      expect(v.ok).toBe(false);
      expect(v.diagnostics.map((d) => d.message).join("\n")).toMatch(c.repair.diagnostic);
    }
    const o = await outcomes.get(c.file)!;
    expect(o.result.ok, o.log).toBe(true);
    expect(
      o.result.builds.flatMap((b) => [...b.cleanupErrors, ...b.leftBehind]),
      o.log,
    ).toEqual([]);
    if (c.credentials) expect(o.log.replace(/^alicloud-ecs: /gm, "")).toMatch(c.credentials);
    // Reachable by default: a template that writes neither associate_public_ip_address nor
    // ssh_private_ip gets the public IP RunInstances assigns, and the build connects there.
    const text = prepared.get(c.file)!.text;
    if (!/associate_public_ip_address|ssh_private_ip/.test(text)) {
      expect(o.log).toMatch(/Using public ip address 127\.10\.\d+\.\d+\./);
      const runs = emu
        .calls()
        .filter((k) => k.action === "RunInstances" && Object.values(wireTags(k.params)).includes(o.runId));
      expect(Number(runs[0]?.params.InternetMaxBandwidthOut)).toBeGreaterThan(0);
      // no EIP: the address costs no call beyond RunInstances
      expect(emu.calls({ action: "AllocateEipAddress" })).toEqual([]);
    } else if (/"ssh_private_ip":\s*true/.test(text)) {
      expect(o.log).toMatch(/Using private ip address 127\.2\d\.\d+\.\d+\./);
    }
    expect(Object.keys(o.images).sort()).toEqual(c.regions ?? [o.result.builds[0].region]);
    if (c.api) {
      const ecs = ecsClient(emu);
      const region = o.result.builds[0].region;
      const run = emu
        .calls()
        .filter((k) => k.action === "RunInstances" && Object.values(wireTags(k.params)).includes(o.runId));
      expect(run).toHaveLength(1);
      await c.api({
        images: o.images,
        region,
        run: run[0].params,
        text: prepared.get(c.file)!.text,
        ecs,
        image: async (r = region) => {
          const d = await ecs.describeImages(
            new $Ecs.DescribeImagesRequest({ regionId: r, imageId: o.images[r] }),
          );
          return d.body!.images!.image![0];
        },
      });
    }
    for (const [region, files] of Object.entries(o.read)) {
      const want: Record<string, Expected> = { ...(c.files ?? {}) };
      if (c.marker) want[MARKER] = "built\n";
      if (o.replaced.length > 0)
        want[PROVISION_LOG] = (c.log?.(o.replaced) ?? o.replaced).map((l) => `emulated: ${l}\n`).join("");
      for (const [p, w] of Object.entries(want)) {
        if (typeof w === "string") expect(files[p], `${region} ${p}`).toBe(w);
        else expect(files[p], `${region} ${p}`).toMatch(w);
      }
    }
  });

  it.each(SKIPPED.map((s) => [s.file, s] as const))("skips %s", async (_name, s) => {
    const path = join(FIXTURES, s.file);
    const cwd = s.cwd ? join(FIXTURES, s.cwd) : (filesDir(s.file) ?? dirname(path));
    const v = await validateTemplate({ path, env: emu.env, cwd });
    expect(v.ok, s.reason).toBe(false);
    expect(v.diagnostics.map((d) => d.message).join("\n")).toMatch(s.diagnostic);
  });

  it("covers every template of the fixtures (built or skipped)", () => {
    const listed = new Set([...CASES.map((c) => c.file), ...SKIPPED.map((s) => s.file), ...ELSEWHERE]);
    const all = [
      ...readdirSync(join(FIXTURES, "seed-templates"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => `seed-templates/${f}`),
      ...readdirSync(join(FIXTURES, "templates"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => `templates/${f}`),
      ...readdirSync(join(FIXTURES, "templates/hcl2"))
        .filter((f) => f.endsWith(".pkr.hcl"))
        .map((f) => `templates/hcl2/${f}`),
    ];
    expect(all.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !all.includes(f))).toEqual([]);
  });

  it("leaves only the images and their snapshots", async () => {
    const all = await Promise.all(outcomes.values());
    const ecs = ecsClient(emu);
    const images: string[] = [];
    const snapshots: string[] = [];
    for (const o of all) {
      for (const [region, imageId] of Object.entries(o.images)) {
        images.push(imageId);
        const d = await ecs.describeImages(new $Ecs.DescribeImagesRequest({ regionId: region, imageId }));
        for (const m of d.body!.images!.image![0].diskDeviceMappings!.diskDeviceMapping!)
          snapshots.push(m.snapshotId!);
      }
    }
    const leaks = (emu.leakCheck({ since }) as { kind: string; id: string }[]).filter(
      (l) => !preexisting.has(l.id),
    );
    const ids = (kind: string) =>
      leaks
        .filter((l) => l.kind === kind)
        .map((l) => l.id)
        .sort();
    expect(leaks.filter((l) => l.kind !== "image" && l.kind !== "snapshot")).toEqual([]);
    expect(ids("image")).toEqual(images.sort());
    expect(ids("snapshot")).toEqual(snapshots.sort());
  });
});
