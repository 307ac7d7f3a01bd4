// Observed behaviour of Packer 1.6.6 with a data map (the dot), from `packer build`.
// Generated from `packer build` of a null builder whose shell-local provisioner has
// execute_command ["/bin/sh", "-c", "printf %s \"$1\" > out.txt", "sh", EXPR]: Packer renders EXPR with
// the dot = map[string]interface{} of shell-local's ExecuteCommandTemplate (see the test). Errors are
// the text after "Error processing command: ".

export interface Observation {
  expr: string;
  out?: string;
  error?: string;
}

export const OBSERVED: Observation[] = [
  {
    expr: "{{ .ID }}|{{ .Vars }}|{{ .Missing }}",
    out: "Null|PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='null' |<no value>",
  },
  {
    expr: "{{ .ID.Foo }}",
    error:
      'template: root:1:6: executing "root" at <.ID.Foo>: can\'t evaluate field Foo in type interface {}',
  },
  {
    expr: "{{ .Vars.Foo.Bar }}",
    error:
      'template: root:1:8: executing "root" at <.Vars.Foo.Bar>: can\'t evaluate field Foo in type interface {}',
  },
  { expr: "{{ .Missing.Foo }}", out: "<no value>" },
  { expr: "{{ $.ID }}", out: "Null" },
  {
    expr: "{{ $x := .ID }}{{ $x.Foo }}",
    error: 'template: root:1:20: executing "root" at <$x.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: "{{ (.ID).Foo }}",
    error: 'template: root:1:4: executing "root" at <.ID>: can\'t evaluate field Foo in type string',
  },
  {
    expr: "{{ .ID 1 }}",
    error: 'template: root:1:3: executing "root" at <.ID>: ID is not a method but has arguments',
  },
  {
    expr: '{{ "x" | .ID }}',
    error: 'template: root:1:9: executing "root" at <.ID>: ID is not a method but has arguments',
  },
  { expr: '{{ index . "ID" }}|{{ index . "Nope" }}|{{ len . }}', out: "Null|<no value>|8" },
  {
    expr: "{{ index . 1 }}",
    error:
      'template: root:1:3: executing "root" at <index . 1>: error calling index: value has type int; should be string',
  },
  {
    expr: "{{ index . nil }}",
    error:
      'template: root:1:3: executing "root" at <index . nil>: error calling index: value is nil; should be of type string',
  },
  { expr: '{{ index . "ID" 0 }}', out: "78" },
  {
    expr: "{{ slice . 1 }}",
    error:
      'template: root:1:3: executing "root" at <slice . 1>: error calling slice: can\'t slice item of type map[string]interface {}',
  },
  { expr: '{{ range $k, $v := . }}{{ if eq $k "ID" }}{{ $v }}{{ end }}{{ end }}', out: "Null" },
  {
    expr: '{{ range $k, $v := . }}{{ if eq $k "ID" }}{{ break }}{{ end }}{{ $k }};{{ end }}',
    out: "Command;",
  },
  { expr: '{{ range $k, $v := . }}{{ if ne $k "ID" }}{{ continue }}{{ end }}{{ $k }};{{ end }}', out: "ID;" },
  {
    expr: "{{ range $i, $e := .ID }}{{ end }}",
    error: 'template: root:1:19: executing "root" at <.ID>: range can\'t iterate over Null',
  },
  { expr: "{{ range .Missing }}x{{ else }}empty{{ end }}", out: "empty" },
  { expr: "{{ with .ID }}{{ . }}-{{ $.ID }}{{ end }}", out: "Null-Null" },
  { expr: "{{ with .Missing }}x{{ else }}none{{ end }}", out: "none" },
  {
    expr: '{{ upper .ID }}|{{ split .Vars " " 1 }}|{{ .ID | lower }}',
    out: "NULL|PACKER_BUILD_NAME='null'|null",
  },
  { expr: '{{ eq .ID "Null" }}|{{ ne .ID .Vars }}|{{ lt .ID .Vars }}', out: "true|true|true" },
  { expr: "{{ eq .Missing .ID }}", out: "false" },
  {
    expr: '{{ print .ID .Missing }}|{{ printf "%s %v %d" .ID .Missing .ID }}',
    out: "Null<nil>|Null <nil> %!d(string=Null)",
  },
  { expr: "{{ html .Missing }}|{{ len .ID }}", out: "&lt;no value&gt;|4" },
  {
    expr: "{{ upper .Missing }}",
    error: 'template: root:1:9: executing "root" at <.Missing>: invalid value; expected string',
  },
  {
    expr: '{{ split .Missing "-" 0 }}',
    error: 'template: root:1:9: executing "root" at <.Missing>: invalid value; expected string',
  },
  { expr: "{{ and .ID .Missing }}|{{ or .Missing .ID }}|{{ not .Missing }}", out: "<no value>|Null|true" },
  { expr: '{{ template "t" . }}{{ define "t" }}[{{ .ID }}]{{ end }}', out: "[Null]" },
  {
    expr: '{{ define "t" }}{{ .Foo.Bar }}{{ end }}{{ template "t" .ID }}',
    error: 'template: root:1:23: executing "t" at <.Foo.Bar>: can\'t evaluate field Foo in type string',
  },
  { expr: '{{ define "t" }}{{ .Foo }}{{ end }}{{ template "t" }}', out: "<no value>" },
  { expr: '{{ block "b" .ID }}<{{ . }}>{{ end }}', out: "<Null>" },
  { expr: '{{ if .ID }}{{ .ID | printf "%q" }}{{ end }}', out: '"Null"' },
  { expr: "{{ $ | len }}", out: "8" },
  { expr: "{{ .PackerHTTPAddr | len }}", out: "40" },
  { expr: "{{ build `ID` }}", out: "Null" },
  {
    expr: "{{ build `Nope` }}",
    error:
      'template: root:1:3: executing "root" at <build `Nope`>: error calling build: loaded data, but couldnt find Nope in it.',
  },
  { expr: "{{ build `PackerHTTPAddr` }}", out: "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER" },
  { expr: "{{ build_name }}|{{ build_type }}", out: "null|null" },
  {
    expr: "{{ range . }}{{ .Foo }}{{ end }}",
    error: 'template: root:1:16: executing "root" at <.Foo>: can\'t evaluate field Foo in type interface {}',
  },
  {
    expr: "{{ range $k, $v := . }}{{ $v.Foo }}{{ end }}",
    error:
      'template: root:1:28: executing "root" at <$v.Foo>: can\'t evaluate field Foo in type interface {}',
  },
  {
    expr: "{{ range $k, $v := . }}{{ $k.Foo }}{{ end }}",
    error: 'template: root:1:28: executing "root" at <$k.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: "{{ range . }}{{ with . }}{{ .Foo }}{{ end }}{{ end }}",
    error: 'template: root:1:28: executing "root" at <.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: "{{ range . }}{{ if . }}{{ .Foo }}{{ end }}{{ end }}",
    error: 'template: root:1:26: executing "root" at <.Foo>: can\'t evaluate field Foo in type interface {}',
  },
  {
    expr: "{{ range $v := . }}{{ $v.Foo }}{{ end }}",
    error:
      'template: root:1:24: executing "root" at <$v.Foo>: can\'t evaluate field Foo in type interface {}',
  },
  {
    expr: "{{ range $v := . }}{{ $w := $v }}{{ $w.Foo }}{{ end }}",
    error: 'template: root:1:38: executing "root" at <$w.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: '{{ range $v := . }}{{ $v = "x" }}{{ $v.Foo }}{{ end }}',
    error: 'template: root:1:38: executing "root" at <$v.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: '{{ range . }}{{ template "t" . }}{{ end }}{{ define "t" }}{{ .Foo }}{{ end }}',
    error: 'template: root:1:61: executing "t" at <.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: "{{ range . }}{{ (.).Foo }}{{ end }}",
    error: 'template: root:1:17: executing "root" at <.>: can\'t evaluate field Foo in type string',
  },
  {
    expr: "{{ range . }}{{ $.ID.Foo }}{{ end }}",
    error:
      'template: root:1:17: executing "root" at <$.ID.Foo>: can\'t evaluate field Foo in type interface {}',
  },
];
