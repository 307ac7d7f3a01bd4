// Observed with Packer 1.6.6: `packer validate` on a template whose shell-local provisioner has
// `inline: [TEXT]` (rendered at prepare time, outside the variables section). The error is the
// text between "Error decoding config: render|invalid 'inline': " and " in:", with the
// console line wrapping undone. `ok` means validate passed.

export const OBSERVED_MULTILINE: { text: string; error?: string; ok?: boolean }[] = [
  {
    text: 'a\n{{ split "a" "-" 3 }}',
    error:
      'template: root:2:3: executing "root" at <split "a" "-" 3>: error calling split: the substring 3 was unavailable using the separator value, -, only 1 values were found',
  },
  {
    text: "a\nb {{ if 1 }}\n{{ foo }}",
    error: 'template: root:3: function "foo" not defined',
  },
  {
    text: "line1\n  x {{ upper 1 }}",
    error: 'template: root:2:13: executing "root" at <1>: expected string; found 1',
  },
  {
    text: 'héllo wörld {{ split "a" "-" 3 }}',
    error:
      'template: root:1:17: executing "root" at <split "a" "-" 3>: error calling split: the substring 3 was unavailable using the separator value, -, only 1 values were found',
  },
  {
    text: 'é\néé {{ split "a" "-" 3 }}',
    error:
      'template: root:2:8: executing "root" at <split "a" "-" 3>: error calling split: the substring 3 was unavailable using the separator value, -, only 1 values were found',
  },
  {
    text: "😀 {{ .Foo | upper }}",
    error: 'template: root:1:15: executing "root" at <upper>: invalid value; expected string',
  },
  {
    text: "{{ if 1 }}\n\n{{ end }}{{ end }}",
    error: "template: root:3: unexpected {{end}}",
  },
  {
    text: '{{ upper\n"a" }}',
    ok: true,
  },
  {
    text: '{{ upper\n"a"\n1 }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  {
    text: '{{ "a\n" }}',
    error: "template: root:1: unterminated quoted string",
  },
  {
    text: "{{ `a\nb` | upper }}{{ split 1 2 3 }}",
    error: 'template: root:2:22: executing "root" at <1>: expected string; found 1',
  },
  {
    text: "{{ upper\n",
    error: "template: root:2: unclosed action started at root:1",
  },
  {
    text: "{{\n(upper\n",
    error: "template: root:3: unclosed action started at root:1",
  },
  {
    text: "{{ /* x */ }}",
    error: 'template: root:1: unexpected "/" in command',
  },
  {
    text: "{{/* x\ny */}}{{ foo }}",
    error: 'template: root:2: function "foo" not defined',
  },
  {
    text: "{{/* x\ny */ }}",
    error: "template: root:1: comment ends before closing delimiter",
  },
  {
    text: "a\n{{ range .X }}\n{{ else }}\n{{ else }}\n{{ end }}",
    error: "template: root:4: expected end; found {{else}}",
  },
  {
    text: "{{ if 1 }}\n{{ else }}\n",
    error: "template: root:3: unexpected EOF",
  },
  {
    text: "x\n{{ $x := 1 }}\n{{ $y }}",
    error: 'template: root:3: undefined variable "$y"',
  },
  {
    text: "a\r\n{{ foo }}",
    error: 'template: root:2: function "foo" not defined',
  },
  {
    text: '{{ split "a" "-"\n 9 }}',
    error:
      'template: root:1:3: executing "root" at <split "a" "-" 9>: error calling split: the substring 9 was unavailable using the separator value, -, only 1 values were found',
  },
  {
    text: '{{ "a" |\n split "-" 9 }}',
    error: 'template: root:2:11: executing "root" at <9>: expected string; found 9',
  },
  {
    text: '{{ printf "%d"\n(split "a" "-" 9) }}',
    error:
      'template: root:2:1: executing "root" at <split "a" "-" 9>: error calling split: the substring 9 was unavailable using the separator value, -, only 1 values were found',
  },
  {
    text: 'a {{- "\n" -}} b',
    error: "template: root:1: unterminated quoted string",
  },
  {
    text: "{{ if 1 -}}\n  x\n{{- end }}",
    ok: true,
  },
  {
    text: "{{ 'a\n' }}",
    error: "template: root:1: unterminated character constant",
  },
  {
    text: '{{ "abc\\\n" }}',
    error: "template: root:1: unterminated quoted string",
  },
  {
    text: "{{ 1 }\n}",
    error: 'template: root:1: unexpected "}" in operand',
  },
  {
    text: "{{ `abc\n",
    error: "template: root:1: unterminated raw quoted string",
  },
  {
    text: "x\n{{ `abc\ndef",
    error: "template: root:2: unterminated raw quoted string",
  },
  {
    text: '{{ if 1 }}\n{{ `a\nb` | upper | split "-" 5 }}{{ end }}',
    error: 'template: root:3:23: executing "root" at <5>: expected string; found 5',
  },
  {
    text: '{{ range .X }}\n  {{ .Y }}\n{{ end }}\n{{ split "a" "-"\n 2 }}',
    error:
      'template: root:4:3: executing "root" at <split "a" "-" 2>: error calling split: the substring 2 was unavailable using the separator value, -, only 1 values were found',
  },
  {
    text: "{{\n  upper\n  1\n}}",
    error: 'template: root:3:2: executing "root" at <1>: expected string; found 1',
  },
  {
    text: '{{ printf\n "%d"\n "x" }}',
    ok: true,
  },
  {
    text: "{{/*\n*/}}{{ upper 1 }}",
    error: 'template: root:2:13: executing "root" at <1>: expected string; found 1',
  },
  {
    text: "a\n\n\n{{ 1 | upper }}",
    error: 'template: root:4:7: executing "root" at <upper>: wrong type for value; expected string; got int',
  },
  {
    text: "{{ $x := 1 }}\n{{ $x.Foo }}",
    error: 'template: root:2:5: executing "root" at <$x.Foo>: can\'t evaluate field Foo in type int',
  },
  {
    text: '{{ "é" }}{{ "😀😀" | split "-" 3 }}',
    error: 'template: root:1:36: executing "root" at <3>: expected string; found 3',
  },
  {
    text: "\t{{ upper 1 }}",
    error: 'template: root:1:10: executing "root" at <1>: expected string; found 1',
  },
  {
    text: "{{ (upper\n1) }}",
    error: 'template: root:2:0: executing "root" at <1>: expected string; found 1',
  },
  {
    text: "{{ if\n}}",
    error: "template: root:2: missing value for if",
  },
  {
    text: "{{ end\n}}",
    error: "template: root:2: unexpected {{end}}",
  },
  {
    text: "{{ range\n$x := 1 }}",
    error: "template: root:2: unexpected EOF",
  },
  {
    text: "line\r\n{{ upper 1 }}",
    error: 'template: root:2:9: executing "root" at <1>: expected string; found 1',
  },
  {
    text: "{{- \n upper 1 \n -}}",
    error: 'template: root:2:7: executing "root" at <1>: expected string; found 1',
  },
];
