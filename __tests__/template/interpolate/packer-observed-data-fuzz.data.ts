// Observed behaviour of Packer 1.6.6 with a data map as the dot, on generated templates (packer build).
// Generated like packer-observed-data.data.ts (packer build, shell-local execute_command) from a
// seeded call grammar over the data fields; rows that print the per-run Script/Command/UUID values
// are left out.

export interface Observation {
  expr: string;
  out?: string;
  error?: string;
}

export const OBSERVED: Observation[] = [
  { expr: '{{ " " }}', out: " " },
  { expr: '{{ "ID" }}', out: "ID" },
  { expr: "{{ 1 }}", out: "1" },
  { expr: '{{ printf "ID" }}', out: "ID" },
  {
    expr: '{{ lower (or (split) (or "Vars" .Missing true)) }}',
    error: 'template: root:1:14: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  { expr: "{{ if .Missing }}T{{ else }}F{{ end }}", out: "F" },
  {
    expr: "{{ urlquery | sed }}",
    error: 'template: root:1:14: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ split }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: '{{ urlquery " " | ge "ID" .Missing . }}',
    error: 'template: root:1:18: executing "root" at <ge>: wrong number of args for ge: want 2 got 4',
  },
  {
    expr: '{{ .ID.X | println | print " " }}',
    error: 'template: root:1:6: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  { expr: "{{ .Missing }}", out: "<no value>" },
  {
    expr: '{{ not 0 (eq "Null") nil }}',
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: '{{ env (lower) "-" }}',
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 2',
  },
  {
    expr: "{{ split (vault) | ge }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  {
    expr: "{{ printf }}",
    error:
      'template: root:1:3: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  {
    expr: '{{ vault " " .ID }}',
    error:
      'template: root:1:3: executing "root" at <vault " " .ID>: error calling vault: Vault vars are only allowed in the variables section',
  },
  {
    expr: "{{ build -1 }}",
    error: 'template: root:1:9: executing "root" at <-1>: expected string; found -1',
  },
  {
    expr: "{{ ge nil true (user (consul_key) .ID) | urlquery nil .ID | urlquery .ID -1 }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  {
    expr: "{{ env }}",
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 0',
  },
  {
    expr: "{{ ge .PackerHTTPIP (ge) }}",
    error: 'template: root:1:21: executing "root" at <ge>: wrong number of args for ge: want 2 got 0',
  },
  {
    expr: "{{ vault true (gt) }}",
    error: 'template: root:1:9: executing "root" at <true>: expected string; found true',
  },
  {
    expr: "{{ html .Vars -1 }}",
    out: "PACKER_BUILDER_TYPE=&#39;null&#39; PACKER_BUILD_NAME=&#39;null&#39; -1",
  },
  {
    expr: '{{ $v := 0 | user "ID" (sed nil) .Vars }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:13: executing "root" at <user>: wrong number of args for user: want 1 got 4',
  },
  {
    expr: '{{ if 0 | ge | user "-" (println .PackerHTTPIP 1 .ID.X) $.ID }}T{{ else }}F{{ end }}',
    error: 'template: root:1:10: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: '{{ slice "-" (split " ") }}',
    error: 'template: root:1:14: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  { expr: "{{ upper 1 }}", error: 'template: root:1:9: executing "root" at <1>: expected string; found 1' },
  {
    expr: '{{ template_dir "Null" (or 0) $ | js (user "%v|%T" (upper) nil) .Vars " " }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: "{{ printf -1 }}",
    error: 'template: root:1:10: executing "root" at <-1>: expected string; found -1',
  },
  { expr: '{{ if js "Vars" -1 }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ if upper "Vars" nil }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  { expr: "{{ js .Vars }}", out: "PACKER_BUILDER_TYPE\\u003D\\'null\\' PACKER_BUILD_NAME\\u003D\\'null\\' " },
  {
    expr: "{{ not .Vars .ID.X }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  { expr: '{{ $v := len " " }}{{ $v }}|{{ printf "%T" $v }}', out: "1|int" },
  {
    expr: '{{ upper .ID "-" .Vars }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: '{{ if len .Vars " " "%v|%T" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: '{{ $v := packer_version true (replace) | call (gt . nil .ID.X) (split "%v|%T" .) (packer_version 0 $.ID) }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  {
    expr: "{{ if .ID.X }}T{{ else }}F{{ end }}",
    error: 'template: root:1:9: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  { expr: '{{ $v := eq true true }}{{ $v }}|{{ printf "%T" $v }}', out: "true|bool" },
  {
    expr: "{{ len 1 }}",
    error: 'template: root:1:3: executing "root" at <len 1>: error calling len: len of type int',
  },
  {
    expr: '{{ consul_key "ID" (len) | consul_key .ID "ID" .Missing | js "%v|%T" .Vars true }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  { expr: '{{ le "Null" "ID" }}', out: "false" },
  {
    expr: '{{ .Missing | html (upper $.ID -1) (lower .ID . "Vars") 1 }}',
    error: 'template: root:1:20: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  {
    expr: '{{ build $.ID "Vars" }}',
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: "{{ lt (println 1) -1 }}",
    error:
      'template: root:1:3: executing "root" at <lt (println 1) -1>: error calling lt: incompatible types for comparison',
  },
  {
    expr: '{{ len nil | index "-" "%v|%T" 1 }}',
    error:
      'template: root:1:3: executing "root" at <len nil>: error calling len: reflect: call of reflect.Value.Type on zero Value',
  },
  {
    expr: "{{ .Vars | index 0 . 0 }}",
    error:
      'template: root:1:11: executing "root" at <index 0 . 0>: error calling index: can\'t index item of type int',
  },
  {
    expr: '{{ $v := gt }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <gt>: wrong number of args for gt: want 2 got 0',
  },
  { expr: "{{ nil }}", error: 'template: root:1:3: executing "root" at <nil>: nil is not a command' },
  { expr: "{{ if template_dir }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ lower .Vars . }}",
    error: 'template: root:1:3: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: "{{ lt }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  {
    expr: "{{ replace (js .Missing .Missing) }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 1',
  },
  {
    expr: "{{ call -1 .Missing | or true nil .Missing }}",
    error:
      'template: root:1:3: executing "root" at <call -1 .Missing>: error calling call: non-function of type int',
  },
  { expr: "{{ true }}", out: "true" },
  {
    expr: "{{ $.ID | eq }}",
    error: 'template: root:1:10: executing "root" at <eq>: error calling eq: missing argument for comparison',
  },
  {
    expr: '{{ call (ge true "%v|%T") }}',
    error:
      'template: root:1:9: executing "root" at <ge true "%v|%T">: error calling ge: incompatible types for comparison',
  },
  { expr: "{{ $.ID | js }}", out: "Null" },
  { expr: "{{ -1 }}", out: "-1" },
  {
    expr: "{{ if call (split $.ID .) true true }}T{{ else }}F{{ end }}",
    error: 'template: root:1:12: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: "{{ print (lt) .Vars }}",
    error: 'template: root:1:10: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  { expr: '{{ printf "Null" -1 nil }}', out: "Null%!(EXTRA int=-1, <nil>)" },
  {
    expr: "{{ if split -1 .Missing }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: '{{ len " " | eq }}',
    error: 'template: root:1:13: executing "root" at <eq>: error calling eq: missing argument for comparison',
  },
  { expr: '{{ $v := or $.ID (index) $.ID }}{{ $v }}|{{ printf "%T" $v }}', out: "Null|string" },
  { expr: "{{ upper .ID }}", out: "NULL" },
  {
    expr: "{{ if consul_key .PackerHTTPIP | replace }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <consul_key .PackerHTTPIP>: error calling consul_key: consul_key is not allowed here',
  },
  {
    expr: '{{ eq $ "ID" }}',
    error:
      'template: root:1:3: executing "root" at <eq $ "ID">: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ if 0 | len }}T{{ else }}F{{ end }}",
    error: 'template: root:1:10: executing "root" at <len>: error calling len: len of type int',
  },
  {
    expr: '{{ packer_version "Vars" }}',
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 1',
  },
  {
    expr: '{{ not -1 $.ID | html .PackerHTTPIP " " | printf .ID.X $.ID }}',
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  {
    expr: '{{ if "%v|%T" | ne " " true | call }}T{{ else }}F{{ end }}',
    error: 'template: root:1:16: executing "root" at <ne>: wrong number of args for ne: want 2 got 3',
  },
  { expr: '{{ "%v|%T" }}', out: "%v|%T" },
  {
    expr: "{{ consul_key }}",
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  { expr: "{{ build_name }}", out: "null" },
  {
    expr: "{{ split . }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  {
    expr: "{{ lower (aws_secretsmanager) }}",
    error:
      'template: root:1:10: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  {
    expr: "{{ if lower }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  {
    expr: "{{ if le 1 (replace 1) (env .PackerHTTPIP $ $) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <le>: wrong number of args for le: want 2 got 3',
  },
  {
    expr: "{{ index }}",
    error:
      'template: root:1:3: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  {
    expr: "{{ sed }}",
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 0',
  },
  {
    expr: '{{ if build_name $.ID (split "ID") (env $) }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  { expr: "{{ 0 }}", out: "0" },
  { expr: "{{ html }}", out: "" },
  { expr: '{{ if "Null" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: "{{ js (packer_version .Vars .ID.X) }}",
    error:
      'template: root:1:7: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  { expr: '{{ not "Null" }}', out: "false" },
  { expr: '{{ "-" }}', out: "-" },
  { expr: "{{ .PackerHTTPIP }}", out: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER" },
  {
    expr: '{{ index 0 "ID" }}',
    error:
      'template: root:1:3: executing "root" at <index 0 "ID">: error calling index: can\'t index item of type int',
  },
  {
    expr: '{{ $v := template_dir .Vars (build_name .PackerHTTPIP "Vars" -1) (not $.ID 1) | lower "Null" | or (upper "%v|%T") }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: "{{ upper . .ID .PackerHTTPIP }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: "{{ le }}",
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 0',
  },
  {
    expr: "{{ println (replace) }}",
    error:
      'template: root:1:12: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: '{{ if sed "-" | vault $ }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ ne }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: "{{ replace_all (user .ID .Vars .Missing) }}",
    error:
      'template: root:1:3: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  {
    expr: "{{ eq }}",
    error: 'template: root:1:3: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  {
    expr: '{{ consul_key -1 .PackerHTTPIP "%v|%T" | consul_key | slice (println (consul_key "-" .)) (println . .ID) .PackerHTTPIP }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  {
    expr: "{{ if not }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: "{{ ge .ID.X | upper }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: "{{ lt (aws_secretsmanager .Vars) }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: '{{ if -1 | build_name nil "Null" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:11: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  {
    expr: "{{ or }}",
    error: 'template: root:1:3: executing "root" at <or>: wrong number of args for or: want at least 1 got 0',
  },
  {
    expr: '{{ and (len 1 " ") .PackerHTTPIP .Missing }}',
    error: 'template: root:1:8: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  { expr: "{{ urlquery $.ID 0 }}", out: "Null0" },
  {
    expr: "{{ aws_secretsmanager (html) $ }}",
    error:
      'template: root:1:29: executing "root" at <$>: wrong type for value; expected string; got map[string]interface {}',
  },
  {
    expr: '{{ gt (not 0 (printf) "Null") }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 1',
  },
  {
    expr: '{{ .Vars | template_dir .ID.X | ge "-" . "Null" }}',
    error:
      'template: root:1:11: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: "{{ slice . 0 }}",
    error:
      'template: root:1:3: executing "root" at <slice . 0>: error calling slice: can\'t slice item of type map[string]interface {}',
  },
  {
    expr: "{{ ne 1 }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: '{{ packer_version "ID" nil .PackerHTTPIP }}',
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 3',
  },
  { expr: '{{ ge "Null" "Null" }}', out: "true" },
  {
    expr: '{{ build_name (template_dir (printf $.ID "%v|%T") -1 nil) (js) }}',
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  { expr: "{{ println }}", out: "\n" },
  {
    expr: "{{ if consul_key (printf) .ID.X }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  {
    expr: '{{ if -1 | ge (le -1 nil) .Vars "Null" | packer_version $ nil 0 }}T{{ else }}F{{ end }}',
    error: 'template: root:1:11: executing "root" at <ge>: wrong number of args for ge: want 2 got 4',
  },
  {
    expr: "{{ eq . .PackerHTTPIP | html .Missing }}",
    error:
      'template: root:1:3: executing "root" at <eq . .PackerHTTPIP>: error calling eq: incompatible types for comparison',
  },
  { expr: '{{ $v := "Null" }}{{ $v }}|{{ printf "%T" $v }}', out: "Null|string" },
  {
    expr: "{{ build (upper) .ID.X .Missing | build_name }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 3',
  },
  {
    expr: "{{ sed . .PackerHTTPIP .Missing }}",
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 3',
  },
  {
    expr: '{{ ge "-" (vault) nil }}',
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  { expr: "{{ .ID }}", out: "Null" },
  {
    expr: '{{ if index (lt .PackerHTTPIP .) "-" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:13: executing "root" at <lt .PackerHTTPIP .>: error calling lt: invalid type for comparison',
  },
  { expr: '{{ -1 | print "Null" }}', out: "Null-1" },
  {
    expr: "{{ vault true }}",
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  { expr: "{{ or .PackerHTTPIP }}", out: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER" },
  { expr: '{{ if or "Vars" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: "{{ not }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  { expr: '{{ "Vars" }}', out: "Vars" },
  {
    expr: "{{ 1 | template_dir }}",
    error:
      'template: root:1:7: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  {
    expr: "{{ packer_version | replace_all | index }}",
    error:
      'template: root:1:20: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  { expr: '{{ $v := len (html .ID) }}{{ $v }}|{{ printf "%T" $v }}', out: "4|int" },
  {
    expr: '{{ $v := .PackerHTTPIP }}{{ $v }}|{{ printf "%T" $v }}',
    out: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER|string",
  },
  {
    expr: "{{ if replace (sed) .Missing | user }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  { expr: '{{ $v := print 0 }}{{ $v }}|{{ printf "%T" $v }}', out: "0|string" },
  { expr: "{{ and . .PackerHTTPIP }}", out: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER" },
  {
    expr: "{{ if js (index) -1 }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:10: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  {
    expr: "{{ replace }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: '{{ build (not 0 "%v|%T") }}',
    error: 'template: root:1:10: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  { expr: '{{ lower "%v|%T" }}', out: "%v|%t" },
  {
    expr: "{{ split .Vars | ge .Vars | urlquery }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  {
    expr: '{{ " " | consul_key true "%v|%T" $.ID }}',
    error:
      'template: root:1:9: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 4',
  },
  {
    expr: "{{ lower true }}",
    error: 'template: root:1:9: executing "root" at <true>: expected string; found true',
  },
  {
    expr: '{{ len "-" "ID" }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: '{{ .ID | len " " | and nil (call .Missing "Null") }}',
    error: 'template: root:1:9: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: "{{ .ID.X }}",
    error: 'template: root:1:6: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  {
    expr: "{{ if le true (gt true 0 $) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:15: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  { expr: '{{ if and .PackerHTTPIP "Null" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ $v := eq "ID" | build $.ID .ID.X "-" }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <eq "ID">: error calling eq: missing argument for comparison',
  },
  {
    expr: '{{ or "ID" (println "-") (not .PackerHTTPIP) | vault true | template_dir .Missing }}',
    error: 'template: root:1:53: executing "root" at <true>: expected string; found true',
  },
  {
    expr: "{{ ge }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 0',
  },
  {
    expr: "{{ slice (split) }}",
    error: 'template: root:1:10: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: "{{ packer_version (build . (upper)) nil }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  { expr: '{{ build "ID" }}', out: "Null" },
  { expr: '{{ "Null" }}', out: "Null" },
  {
    expr: '{{ vault | len .Vars "%v|%T" }}',
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 0',
  },
  {
    expr: '{{ $v := consul_key }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: '{{ len (urlquery) $ (slice "Vars" .Missing true) }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: "{{ gt }}",
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 0',
  },
  {
    expr: "{{ sed (println .ID) 0 }}",
    error: 'template: root:1:21: executing "root" at <0>: expected string; found 0',
  },
  {
    expr: "{{ println $.ID .ID.X }}",
    error: 'template: root:1:19: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  {
    expr: '{{ if index "Null" .PackerHTTPIP (lower $ "Vars") }}T{{ else }}F{{ end }}',
    error: 'template: root:1:34: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: "{{ upper -1 . .ID }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: '{{ js .PackerHTTPIP 0 (lt "Null") }}',
    error: 'template: root:1:23: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: "{{ html (consul_key) }}",
    error:
      'template: root:1:9: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  { expr: "{{ $.ID }}", out: "Null" },
  {
    expr: "{{ template_dir $.ID | and | user $.ID .Vars (vault $ .Vars) }}",
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  {
    expr: '{{ eq $ " " }}',
    error:
      'template: root:1:3: executing "root" at <eq $ " ">: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ $v := .ID.X }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:12: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  {
    expr: "{{ build | printf }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 0',
  },
  {
    expr: "{{ printf 1 (split (consul_key .Vars) $) $.ID }}",
    error: 'template: root:1:10: executing "root" at <1>: expected string; found 1',
  },
  {
    expr: '{{ env " " | user $ 1 }}',
    error:
      'template: root:1:3: executing "root" at <env " ">: error calling env: env vars are not allowed here',
  },
  {
    expr: '{{ index "ID" " " "-" }}',
    error:
      'template: root:1:3: executing "root" at <index "ID" " " "-">: error calling index: cannot index slice/array with type string',
  },
  { expr: '{{ slice "-" }}', out: "-" },
  {
    expr: '{{ upper (upper $.ID .Vars .ID) .Vars "-" }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: '{{ " " | user nil .PackerHTTPIP "-" | js . true }}',
    error: 'template: root:1:9: executing "root" at <user>: wrong number of args for user: want 1 got 4',
  },
  {
    expr: '{{ index 0 " " | build "ID" (and) (js .Vars "%v|%T" (len $.ID)) | call " " (call 1 true) }}',
    error:
      'template: root:1:3: executing "root" at <index 0 " ">: error calling index: can\'t index item of type int',
  },
  {
    expr: "{{ lt . }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: "{{ packer_version 0 -1 | le .PackerHTTPIP }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  {
    expr: "{{ if 1 | template_dir }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:10: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  { expr: "{{ if .PackerHTTPIP }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ not (print .Vars) .Vars (html $) }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: "{{ ge .ID.X }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: "{{ vault -1 | replace }}",
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  {
    expr: "{{ ne | upper }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: "{{ env 0 | replace $.ID -1 }}",
    error: 'template: root:1:7: executing "root" at <0>: expected string; found 0',
  },
  {
    expr: "{{ len $.ID $.ID | aws_secretsmanager }}",
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: "{{ if len (len .ID.X) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:18: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  {
    expr: "{{ html .ID.X | slice (gt) }}",
    error: 'template: root:1:11: executing "root" at <.ID.X>: can\'t evaluate field X in type interface {}',
  },
  {
    expr: "{{ print (split) }}",
    error: 'template: root:1:10: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: '{{ call (not) | env (replace_all (env $.ID) "ID" " ") }}',
    error: 'template: root:1:9: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: "{{ if upper $ }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:12: executing "root" at <$>: wrong type for value; expected string; got map[string]interface {}',
  },
  { expr: "{{ if .ID }}T{{ else }}F{{ end }}", out: "T" },
];
