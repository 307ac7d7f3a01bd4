/**
 * Conformance cases: every fixture template (JSON) and every template embedded in a seed article,
 * with the inputs `packer validate` (1.6.6) needs to judge it the way a user would run it, and the
 * mapping from Packer's reason to ours.
 *
 * Inputs: `-var` values for variables that have no usable default (each with the reason), the
 * working directory (a template's `<name>.files/` when it has one, see the templates'
 * PROVENANCE.md), and fake credentials in the environment. Paths are relative to
 * `__tests__/fixtures`. The recorded verdicts live in `packer-verdicts.json`
 * (`npx tsx scripts/packer-verdicts.mjs` rewrites them).
 *
 * Our verdict must be Packer's, with the same reason. The only allowed differences are listed per
 * case in `divergence`: keys plugin v1.1.2 added after 1.6.6 (`R112_ONLY_FIELDS`, which Packer
 * 1.6.6 rejects as `unknown configuration key` and we accept), and components image-build does
 * not have (yet).
 */

/** Keys the alicloud-ecs builder gained after Packer 1.6.6 (reference §0, "P166 vs R112"). */
export const R112_ONLY_FIELDS: readonly string[] = [
  "ram_role_name",
  "ram_role_arn",
  "ram_session_name",
  "custom_endpoint_ecs",
  "image_family",
  "ecs_ram_role_name",
  "run_tags",
  "security_enhancement_strategy",
  "eip_id",
  "resource_group_id",
  "target_image_family",
  "boot_mode",
  "kms_key_id",
  "kms_key_copy_ids",
  "wait_copying_image_ready_timeout",
  "skip_create_image",
];

/** Fake credentials: enough for Prepare's "access key / secret key / region must be set" checks. */
export const FAKE_CREDENTIALS: Readonly<Record<string, string>> = {
  ALICLOUD_ACCESS_KEY: "FAKEACCESSKEYFORTESTS",
  ALICLOUD_SECRET_KEY: "fake-secret-key-for-validate",
  ALICLOUD_REGION: "cn-hangzhou",
};

/** One of Packer's reasons and how our diagnostics must say the same thing. */
export interface ReasonMapping {
  /** A substring of one of Packer's (unwrapped) error lines. */
  packer: string;
  /** What one of our error diagnostics must match (`message`, and `path`/`line` where given). */
  ours: { message: RegExp; path?: string; line?: number };
}

/** Where image-build knowingly judges differently from Packer 1.6.6, and what it says instead. */
export interface Divergence {
  why: "r112-fields" | "unsupported-component";
  /** Our verdict for this case. */
  ok: boolean;
  /** For `ok: false`: what our error diagnostics must include instead of Packer's reasons. */
  ours?: ReasonMapping["ours"][];
  note: string;
}

export interface ConformanceCase {
  /** Unique id; the template's base name, plus `~variant` for a second run of the same template. */
  id: string;
  /** Template path, relative to `__tests__/fixtures`. */
  template: string;
  /** Working directory, relative to `__tests__/fixtures`. */
  cwd: string;
  /** `-var` arguments, `k=v`. */
  vars: string[];
  /** `-var-file` files, relative to `__tests__/fixtures` (given relative to `cwd` on the command line). */
  varFiles?: string[];
  /** Environment (besides PATH and a temporary HOME). */
  env: Record<string, string>;
  /** Packer's reasons mapped to ours (invalid templates only; every Packer error is covered). */
  reasons?: ReasonMapping[];
  divergence?: Divergence;
  note?: string;
}

const env = FAKE_CREDENTIALS;
const tpl = (name: string) => `templates/${name}.json`;
const files = (name: string) => `templates/${name}.files`;
const seed = (name: string) => `seed-templates/${name}.json`;

/** `unknown configuration key` for R112-only keys: Packer 1.6.6 rejects them, we accept them. */
function r112(keys: string[], note: string): Divergence {
  return { why: "r112-fields", ok: true, note: `R112-only keys ${keys.join(", ")}: ${note}` };
}

const POWERSHELL: Divergence = {
  why: "unsupported-component",
  ok: false,
  ours: [
    {
      message: /^provisioner type "powershell" is not supported yet by image-build/,
      path: "provisioners[0].type",
    },
  ],
  note: "Packer 1.6.6 has the powershell provisioner; image-build does not have it yet (DESIGN §2: powershell later)",
};

const WINRM: Divergence = {
  why: "unsupported-component",
  ok: false,
  ours: [
    {
      message: /^communicator "winrm" is not supported yet by image-build/,
      path: "builders[0].communicator",
    },
  ],
  note: "Packer 1.6.6 has the WinRM communicator; image-build does not have it yet, and says so before creating any resource",
};

export const CASES: ConformanceCase[] = [
  // Credentials come from ALICLOUD_* through {{env}} in `variables`; nothing else is needed.
  { id: "01-plugin-basic", template: tpl("01-plugin-basic"), cwd: "templates", vars: [], env },
  {
    id: "02-plugin-windows-winrm",
    template: tpl("02-plugin-windows-winrm"),
    // user_data_file examples/alicloud/basic/winrm_enable_userdata.ps1 is relative to the cwd.
    cwd: files("02-plugin-windows-winrm"),
    vars: [],
    env,
    divergence: POWERSHELL,
  },
  { id: "03-plugin-data-disk", template: tpl("03-plugin-data-disk"), cwd: "templates", vars: [], env },
  // file provisioner sources and user_data_file live under examples/alicloud/chef/ in .files.
  { id: "04-plugin-chef", template: tpl("04-plugin-chef"), cwd: files("04-plugin-chef"), vars: [], env },
  {
    id: "05-plugin-jenkins",
    template: tpl("05-plugin-jenkins"),
    cwd: files("05-plugin-jenkins"),
    vars: [],
    env,
  },
  {
    id: "06-plugin-local-qemu-alicloud-import",
    template: tpl("06-plugin-local-qemu-alicloud-import"),
    // http_directory "http" is in .files; every variable has a default.
    cwd: files("06-plugin-local-qemu-alicloud-import"),
    vars: [],
    env,
    divergence: {
      why: "unsupported-component",
      ok: false,
      ours: [{ message: /qemu/ }],
      note: "no alicloud-ecs builder: Packer rejects the qemu builder's deprecated iso_checksum_type; image-build has no qemu builder and says so",
    },
  },
  { id: "07-packer-2020-basic", template: tpl("07-packer-2020-basic"), cwd: "templates", vars: [], env },
  {
    id: "08-packer-2017-data-disk",
    template: tpl("08-packer-2017-data-disk"),
    cwd: "templates",
    vars: [],
    env,
  },
  {
    id: "09-packer-2017-windows-nouserdata",
    template: tpl("09-packer-2017-windows-nouserdata"),
    cwd: "templates",
    vars: [],
    env,
    divergence: POWERSHELL,
  },
  {
    id: "10-packer-docs-2020-basic",
    template: tpl("10-packer-docs-2020-basic"),
    cwd: "templates",
    vars: [],
    env,
  },
  {
    id: "11-plugin-docs-run-tags",
    template: tpl("11-plugin-docs-run-tags"),
    cwd: "templates",
    vars: [],
    env,
    reasons: [
      {
        packer: "Error parsing JSON: invalid character '\"' after object key:value pair",
        ours: {
          message: /^Error parsing JSON: invalid character '"' after object key:value pair$/,
          line: 19,
        },
      },
    ],
    note: "invalid JSON as published (missing comma before run_tags)",
  },
  // 12-20: acceptance-test templates; credentials and nothing else from the environment.
  { id: "12-acc-basic", template: tpl("12-acc-basic"), cwd: "templates", vars: [], env },
  { id: "13-acc-disk-settings", template: tpl("13-acc-disk-settings"), cwd: "templates", vars: [], env },
  {
    id: "14-acc-ignore-data-disks",
    template: tpl("14-acc-ignore-data-disks"),
    cwd: "templates",
    vars: [],
    env,
  },
  {
    id: "15-acc-windows",
    template: tpl("15-acc-windows"),
    // user_data_file "../../../examples/alicloud/basic/winrm_enable_userdata.ps1": the layout of the
    // old hashicorp/packer repo, where the test ran from builder/alicloud/ecs.
    cwd: `${files("15-acc-windows")}/builder/alicloud/ecs`,
    vars: [],
    env,
    divergence: WINRM,
  },
  { id: "16-acc-region-copy", template: tpl("16-acc-region-copy"), cwd: "templates", vars: [], env },
  { id: "17-acc-sharing", template: tpl("17-acc-sharing"), cwd: "templates", vars: [], env },
  { id: "18-acc-image-tags", template: tpl("18-acc-image-tags"), cwd: "templates", vars: [], env },
  {
    id: "19-acc-data-disk-encrypted",
    template: tpl("19-acc-data-disk-encrypted"),
    cwd: "templates",
    vars: [],
    env,
  },
  {
    id: "20-acc-system-disk-encrypted",
    template: tpl("20-acc-system-disk-encrypted"),
    cwd: "templates",
    vars: [],
    env,
  },
  // 21-24, 35, 37: ACK templates; shell `scripts` are relative to the cwd (.files).
  { id: "21-ack-centos", template: tpl("21-ack-centos"), cwd: files("21-ack-centos"), vars: [], env },
  {
    id: "21-ack-centos~wrong-cwd",
    template: tpl("21-ack-centos"),
    // Run from the templates directory instead of the repo root the scripts are relative to.
    cwd: "templates",
    vars: [],
    env,
    reasons: [
      "scripts/updateKernel.sh",
      "scripts/reboot.sh",
      "scripts/cleanUpKerneles.sh",
      "config/default.sh",
      "scripts/verify.sh",
    ].map((p, i) => ({
      packer: `Bad script '${p}': stat ${p}: no such file or directory`,
      ours: {
        message: new RegExp(`^Bad script '${p.replace(/[./]/g, "\\$&")}': stat .*no such file or directory$`),
        path: `provisioners[0].scripts[${i}]`,
      },
    })),
    note: "a user running the ACK template from the wrong directory",
  },
  {
    id: "22-ack-centos-existing-vpc-vswitch",
    template: tpl("22-ack-centos-existing-vpc-vswitch"),
    cwd: files("22-ack-centos-existing-vpc-vswitch"),
    vars: [],
    env,
  },
  {
    id: "23-ack-aliyunlinux3",
    template: tpl("23-ack-aliyunlinux3"),
    cwd: files("23-ack-aliyunlinux3"),
    vars: [],
    env,
  },
  {
    id: "24-ack-optimized-os-1.18",
    template: tpl("24-ack-optimized-os-1.18"),
    cwd: files("24-ack-optimized-os-1.18"),
    // region comes from ALICLOUD_REGION; RUNTIME / SKIP_SECURITY_FIX only feed inline exports.
    vars: [],
    env,
  },
  {
    id: "28-devops-sample-image",
    template: tpl("28-devops-sample-image"),
    cwd: "templates",
    // source_image and instance_type default to {{env `SOURCE_IMAGE`}} / {{env `INSTANCE_TYPE`}},
    // which the tutorial exports before running Packer: without them the builder has neither.
    vars: ["source_image=ubuntu_18_04_64_20G_alibase_20190624.vhd", "instance_type=ecs.n1.small"],
    env,
  },
  {
    id: "28-devops-sample-image~unset-vars",
    template: tpl("28-devops-sample-image"),
    cwd: "templates",
    vars: [],
    env,
    reasons: [
      { packer: "A source_image must be specified", ours: { message: /source_image must be specified/ } },
      {
        packer: "An alicloud_instance_type must be specified",
        ours: { message: /instance_type must be specified/ },
      },
    ],
    note: "the same template run without the tutorial's SOURCE_IMAGE / INSTANCE_TYPE",
  },
  {
    id: "28-devops-sample-image~var-file",
    template: tpl("28-devops-sample-image"),
    cwd: "templates",
    // The tutorial's two values from a var file; -var beats -var-file for instance_type.
    varFiles: ["conformance-vars/28-devops.json"],
    vars: ["instance_type=ecs.n1.medium"],
    env,
  },
  {
    id: "28-devops-sample-image~var-file-not-string",
    template: tpl("28-devops-sample-image"),
    cwd: "templates",
    varFiles: ["conformance-vars/28-devops-number.json"],
    vars: [],
    env,
    reasons: [
      {
        packer:
          "Error reading variables in '../conformance-vars/28-devops-number.json': json: cannot unmarshal number into Go value of type string",
        ours: {
          message:
            /^Error reading variables in '\.\.\/conformance-vars\/28-devops-number\.json': json: cannot unmarshal number into Go value of type string/,
        },
      },
    ],
    note: "var files hold strings only",
  },
  {
    id: "29-devops-v3-app-image",
    template: tpl("29-devops-v3-app-image"),
    // resources/todo-list.service (third file provisioner) is relative to the cwd.
    cwd: files("29-devops-v3-app-image"),
    // All inputs default to {{env ...}} that the tutorial's CI sets. source_image / instance_type:
    // required by the builder; image_version / environment: name the image; application_path /
    // properties_path: sources of two file provisioners, the build outputs of the sample app's
    // Maven build, which the fixture does not have, so Packer reports the first missing source.
    vars: [
      "source_image=ubuntu_18_04_64_20G_alibase_20190624.vhd",
      "instance_type=ecs.n1.small",
      "image_version=1.0.0",
      "environment=dev",
      "application_path=target/todo-list-1.0-SNAPSHOT.jar",
      "properties_path=src/main/resources/application.properties",
    ],
    env,
    reasons: [
      {
        packer:
          "Bad source 'target/todo-list-1.0-SNAPSHOT.jar': stat target/todo-list-1.0-SNAPSHOT.jar: no such file or directory",
        ours: {
          message: /^Bad source 'target\/todo-list-1\.0-SNAPSHOT\.jar': .*no such file or directory/,
          path: "provisioners[1].source",
        },
      },
    ],
  },
  {
    id: "29-devops-v3-app-image~unset-vars",
    template: tpl("29-devops-v3-app-image"),
    cwd: files("29-devops-v3-app-image"),
    vars: [],
    env,
    reasons: [
      { packer: "A source_image must be specified", ours: { message: /source_image must be specified/ } },
      {
        packer: "An alicloud_instance_type must be specified",
        ours: { message: /instance_type must be specified/ },
      },
    ],
    note: "without the tutorial's environment: Packer stops at the builder and never reaches the provisioners",
  },
  {
    id: "33-aliyundocs-ecs-devops-tags",
    template: tpl("33-aliyundocs-ecs-devops-tags"),
    cwd: "templates",
    vars: [],
    env,
  },
  {
    id: "35-aliyundocs-csk-ack-custom-image",
    template: tpl("35-aliyundocs-csk-ack-custom-image"),
    cwd: files("35-aliyundocs-csk-ack-custom-image"),
    vars: [],
    env,
  },
  {
    id: "36-aliyundocs-csk-ess-configmap-invalid",
    template: tpl("36-aliyundocs-csk-ess-configmap-invalid"),
    cwd: "templates",
    vars: [],
    env,
    reasons: [
      {
        packer: "Error parsing JSON: invalid character ']' looking for beginning of value",
        ours: {
          message: /^Error parsing JSON: invalid character '\]' looking for beginning of value$/,
          line: 27,
        },
      },
    ],
    note: "invalid JSON as published (trailing comma in an inline array)",
  },
  {
    id: "37-nucsimple-ack-centos",
    template: tpl("37-nucsimple-ack-centos"),
    cwd: files("37-nucsimple-ack-centos"),
    // image_name and instance_type default to {{env `IMAGE_NAME`}} / {{env `INSTANCE_TYPE`}} (the
    // repo's README exports them); access_key/secret_key/region default to ACCESS_KEY/SECRET_KEY/
    // REGION, left empty here: the builder falls back to ALICLOUD_* for empty fields.
    vars: ["image_name=ack-centos-custom", "instance_type=ecs.g6.large"],
    env,
  },
  {
    id: "37-nucsimple-ack-centos~unset-vars",
    template: tpl("37-nucsimple-ack-centos"),
    cwd: files("37-nucsimple-ack-centos"),
    vars: [],
    env,
    reasons: [
      { packer: "image_name must be specified", ours: { message: /image_name must be specified/ } },
      {
        packer: "An alicloud_instance_type must be specified",
        ours: { message: /instance_type must be specified/ },
      },
    ],
    note: "without the README's IMAGE_NAME / INSTANCE_TYPE",
  },

  // Templates embedded in the seed articles (seed-templates/PROVENANCE.md). Credentials from env.
  { id: "seed-001-01-tags", template: seed("001_46923a7ba6622760-01"), cwd: "seed-templates", vars: [], env },
  {
    id: "seed-001-02-ignore-data-disks",
    template: seed("001_46923a7ba6622760-02"),
    cwd: "seed-templates",
    vars: [],
    env,
  },
  {
    id: "seed-001-03-snapshot-timeout",
    template: seed("001_46923a7ba6622760-03"),
    cwd: "seed-templates",
    vars: [],
    env,
  },
  {
    id: "seed-001-04-private-ip",
    template: seed("001_46923a7ba6622760-04"),
    cwd: "seed-templates",
    vars: [],
    env,
  },
  {
    id: "seed-001-05-disable-stop-instance",
    template: seed("001_46923a7ba6622760-05"),
    cwd: "seed-templates",
    vars: [],
    env,
  },
  {
    id: "seed-001-06-winrm-userdata",
    template: seed("001_46923a7ba6622760-06"),
    // The article stores the user data at examples/alicloud/basic/winrm_enable_userdata.ps1
    // relative to the cwd: the same layout as template 02's .files.
    cwd: files("02-plugin-windows-winrm"),
    vars: [],
    env,
    divergence: POWERSHELL,
  },
  {
    id: "seed-001-06-winrm-userdata~no-user-data-file",
    template: seed("001_46923a7ba6622760-06"),
    cwd: "seed-templates",
    vars: [],
    env,
    reasons: [
      {
        packer: "user_data_file not found: examples/alicloud/basic/winrm_enable_userdata.ps1",
        ours: { message: /^user_data_file not found: examples\/alicloud\/basic\/winrm_enable_userdata\.ps1/ },
      },
    ],
    note: "run where the article's user data file does not exist",
  },
  {
    id: "seed-001-07-keypair-private-ip",
    template: seed("001_46923a7ba6622760-07"),
    cwd: "seed-templates",
    // ssh_keypair_name, ssh_private_key_file, vpc_id, vswitch_id, security_group_id are {{user}}
    // references to variables the article never declares: they render as "" (no error in 1.6.6).
    vars: [],
    env,
  },
  {
    id: "seed-001-08-disks",
    template: seed("001_46923a7ba6622760-08"),
    cwd: "seed-templates",
    vars: [],
    env,
  },
  {
    id: "seed-001-09-image-family",
    template: seed("001_46923a7ba6622760-09"),
    cwd: "seed-templates",
    vars: [],
    env,
    divergence: r112(
      ["image_family", "target_image_family"],
      "image_family stands in for source_image in R112, so the template is complete for us",
    ),
  },
  {
    id: "seed-001-10-profile",
    template: seed("001_46923a7ba6622760-10"),
    // profile "packer_sk" is read from ~/.aliyun/config.json at build time, not by validate.
    cwd: "seed-templates",
    vars: [],
    env,
  },
  {
    id: "seed-001-11-ram-role-name",
    template: seed("001_46923a7ba6622760-11"),
    cwd: "seed-templates",
    vars: [],
    env,
    divergence: r112(["ram_role_name"], "the rest of the template is valid in 1.6.6"),
  },
  {
    id: "seed-001-12-ecs-ram-role-name",
    template: seed("001_46923a7ba6622760-12"),
    cwd: "seed-templates",
    vars: [],
    env,
    divergence: r112(["ecs_ram_role_name"], "the rest of the template is valid in 1.6.6"),
  },
  {
    id: "seed-001-13-ram-role-arn",
    template: seed("001_46923a7ba6622760-13"),
    cwd: "seed-templates",
    vars: [],
    env,
    divergence: r112(["ram_role_arn", "ram_session_name"], "the rest of the template is valid in 1.6.6"),
  },
  { id: "seed-004-basic", template: seed("004_5b186ebb0ede2d3a"), cwd: "seed-templates", vars: [], env },
];
