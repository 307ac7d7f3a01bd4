// Observed behaviour of Packer 1.6.6: define/template/block, including redefinition of the root template.
// Generated from `packer console` (Packer 1.6.6) output: one template string per console
// run, rendered in a template with variable a="x", no build, env disabled, cwd /tmp/ip,
// template /tmp/ip/t.json. Console line wrapping (at 80 columns) is undone by joining lines with
// a space; a trailing newline of the output is dropped.

export interface Observation {
  expr: string;
  out?: string;
  error?: string;
}

export const OBSERVED: Observation[] = [
  { expr: '{{ if false }}{{ template "root" }}{{ end }}x', out: "x" },
  {
    expr: '{{ template "root" }}',
    error:
      'template: root:1:12: executing "root" at <{{template "root"}}>: exceeded maximum template depth (100000)',
  },
  { expr: '{{ define "root" }}R{{ end }}', out: "R" },
  {
    expr: '{{ define "root" }}R{{ end }}x',
    error: 'template: root:1: template: multiple definition of template "root"',
  },
  {
    expr: '{{ define "x" }}A{{ end }}{{ define "x" }}B{{ end }}{{ template "x" }}',
    error: 'template: root:1: template: multiple definition of template "x"',
  },
  { expr: '{{ define "x" }}A{{ end }}{{ define "x" }} {{ end }}{{ template "x" }}', out: "A" },
  { expr: '{{ define "x" }}{{ $ }}{{ end }}{{ template "x" "arg" }}', out: "arg" },
  {
    expr: '{{ define "x" }}{{ $y }}{{ end }}{{ $y := 1 }}',
    error: 'template: root:1: undefined variable "$y"',
  },
  {
    expr: '{{ $y := 1 }}{{ define "x" }}{{ $y }}{{ end }}',
    error: 'template: root:1: undefined variable "$y"',
  },
  { expr: '{{ block "b" 1 }}{{ . }}{{ end }}{{ template "b" 2 }}', out: "12" },
  {
    expr: '{{ define "a" }}{{ template "b" }}{{ end }}{{ define "b" }}B{{ end }}{{ template "a" }}',
    out: "B",
  },
  {
    expr: '{{ template "a" }}{{ define "a" }}{{ break }}{{ end }}',
    error: "template: root:1: {{break}} outside {{range}}",
  },
  {
    expr: '{{ range .X }}{{ template "a" }}{{ end }}{{ define "a" }}{{ break }}{{ end }}',
    error: "template: root:1: {{break}} outside {{range}}",
  },
  {
    expr: '{{ define "a" }}{{ .Foo.Bar }}{{ end }}{{ template "a" 1 }}',
    error: 'template: root:1:23: executing "a" at <.Foo.Bar>: can\'t evaluate field Foo in type int',
  },
  { expr: '{{ define "a" }}', error: "template: root:1: unexpected EOF" },
  { expr: '{{ .Foo.Bar }}{{ end }}{{ template "a" 1 }}', error: "template: root:1: unexpected {{end}}" },
  {
    expr: '{{ define "a" }}{{ else }}{{ end }}',
    error: "template: root:1: unexpected {{else}} in define clause",
  },
  { expr: '{{ define "a" }}{{ if 1 }}{{ end }}', error: "template: root:1: unexpected EOF" },
  { expr: "{{ define }}", error: 'template: root:1: unexpected "}}" in define clause' },
  { expr: '{{ define "a" "b" }}{{ end }}', error: 'template: root:1: unexpected "\\"b\\"" in define clause' },
  {
    expr: '{{ template "a" 1 2 }}',
    error: 'template: root:1:12: executing "root" at <{{template "a" 1 2}}>: template "a" not defined',
  },
];
