// Observed behaviour of Packer 1.6.6: Go builtins, Packer functions, syntax and exec errors.
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
  { expr: '{{ split "a-b" "-" 1 }}', out: "b" },
  {
    expr: '{{ split "a-b" "-" 5 }}',
    error:
      'template: root:1:3: executing "root" at <split "a-b" "-" 5>: error calling split: the substring 5 was unavailable using the separator value, -, only 2 values were found',
  },
  {
    expr: '{{ split "a" }}',
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  {
    expr: '{{ split "a" "-" "x" }}',
    error: 'template: root:1:17: executing "root" at <"x">: expected integer; found "x"',
  },
  {
    expr: '{{ split 1 "-" 0 }}',
    error: 'template: root:1:9: executing "root" at <1>: expected string; found 1',
  },
  {
    expr: '{{ split "a-b" "-" -1 }}',
    error:
      'template: root:1:3: executing "root" at <split "a-b" "-" -1>: error calling split: runtime error: index out of range [-1]',
  },
  { expr: '{{ split "abc" "" 1 }}', out: "b" },
  { expr: '{{ split "a-b" "-" 1.0 }}', out: "b" },
  {
    expr: '{{ split "a-b" "-" 1.5 }}',
    error: 'template: root:1:19: executing "root" at <1.5>: expected integer; found 1.5',
  },
  {
    expr: '{{ split "a-b" "-" nil }}',
    error: 'template: root:1:19: executing "root" at <nil>: cannot assign nil to int',
  },
  {
    expr: '{{ split "a-b" nil 1 }}',
    error: 'template: root:1:15: executing "root" at <nil>: cannot assign nil to string',
  },
  {
    expr: '{{ "a-b" | split "-" 0 }}',
    error: 'template: root:1:21: executing "root" at <0>: expected string; found 0',
  },
  {
    expr: '{{ "a" | split "-" 3 }}',
    error: 'template: root:1:19: executing "root" at <3>: expected string; found 3',
  },
  {
    expr: "{{ upper .Foo }}",
    error: 'template: root:1:9: executing "root" at <.Foo>: invalid value; expected string',
  },
  {
    expr: "{{ upper nil }}",
    error: 'template: root:1:9: executing "root" at <nil>: cannot assign nil to string',
  },
  { expr: "{{ upper 1 }}", error: 'template: root:1:9: executing "root" at <1>: expected string; found 1' },
  {
    expr: '{{ upper (len "a") }}',
    error: 'template: root:1:14: executing "root" at <"a">: wrong type for value; expected string; got int',
  },
  {
    expr: '{{ upper (index "a" 0) }}',
    error: 'template: root:1:20: executing "root" at <0>: wrong type for value; expected string; got uint8',
  },
  {
    expr: "{{ upper true }}",
    error: 'template: root:1:9: executing "root" at <true>: expected string; found true',
  },
  { expr: "{{ foo }}", error: 'template: root:1: function "foo" not defined' },
  {
    expr: '{{ clean_resource_name "a" }}',
    error: 'template: root:1: function "clean_resource_name" not defined',
  },
  {
    expr: '{{ aws_secretsmanager_raw "x" }}',
    error: 'template: root:1: function "aws_secretsmanager_raw" not defined',
  },
  { expr: "{{ user `zz` }}", out: "" },
  { expr: "{{ user `a` }}", out: "x" },
  { expr: '{{ user "a" | upper }}', out: "X" },
  {
    expr: "{{ user }}",
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  { expr: "{{ user 1 }}", error: 'template: root:1:8: executing "root" at <1>: expected string; found 1' },
  {
    expr: '{{ sed "a" "b" }}',
    error:
      'template: root:1:3: executing "root" at <sed "a" "b">: error calling sed: template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine',
  },
  {
    expr: '{{ sed "a" }}',
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ build_name }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  {
    expr: "{{ build_type }}",
    error:
      'template: root:1:3: executing "root" at <build_type>: error calling build_type: build_type not available',
  },
  {
    expr: '{{ build "ID" }}',
    error:
      'template: root:1:3: executing "root" at <build "ID">: error calling build: Error validating build variable: the given variable ID will not be passed into your plugin.',
  },
  {
    expr: "{{ build }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 0',
  },
  {
    expr: '{{ vault "a" "b" }}',
    error:
      'template: root:1:3: executing "root" at <vault "a" "b">: error calling vault: Vault vars are only allowed in the variables section',
  },
  {
    expr: '{{ aws_secretsmanager "a" "b" }}',
    error:
      'template: root:1:3: executing "root" at <aws_secretsmanager "a" "b">: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  {
    expr: "{{ aws_secretsmanager }}",
    error:
      'template: root:1:3: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  {
    expr: '{{ consul_key "a" }}',
    error:
      'template: root:1:3: executing "root" at <consul_key "a">: error calling consul_key: consul_key is not allowed here',
  },
  {
    expr: '{{ env "HOME" }}',
    error:
      'template: root:1:3: executing "root" at <env "HOME">: error calling env: env vars are not allowed here',
  },
  {
    expr: "{{ packer_version }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: error calling packer_version: packer_version not available',
  },
  { expr: "{{ template_dir }}", out: "/tmp/ip" },
  { expr: "{{ pwd }}", out: "/tmp/ip" },
  {
    expr: '{{ isotime "a" "b" }}',
    error:
      'template: root:1:3: executing "root" at <isotime "a" "b">: error calling isotime: too many values, 1 needed: [a b]',
  },
  {
    expr: "{{ isotime 1 }}",
    error: 'template: root:1:11: executing "root" at <1>: expected string; found 1',
  },
  {
    expr: "{{ strftime }}",
    error:
      'template: root:1:3: executing "root" at <strftime>: wrong number of args for strftime: want 1 got 0',
  },
  {
    expr: "{{ timestamp 1 }}",
    error:
      'template: root:1:3: executing "root" at <timestamp>: wrong number of args for timestamp: want 0 got 1',
  },
  {
    expr: "{{ uuid 1 }}",
    error: 'template: root:1:3: executing "root" at <uuid>: wrong number of args for uuid: want 0 got 1',
  },
  { expr: '{{ replace "a" "b" -1 "aaa" }}', out: "bbb" },
  { expr: '{{ replace "a" "b" 2 "aaaa" }}', out: "bbaa" },
  { expr: '{{ replace "" "-" 2 "abc" }}', out: "-a-bc" },
  { expr: '{{ replace "" "-" -1 "abc" }}', out: "-a-b-c-" },
  {
    expr: '{{ replace "a" "b" "x" "aaa" }}',
    error: 'template: root:1:19: executing "root" at <"x">: expected integer; found "x"',
  },
  { expr: '{{ replace_all "a" "b" "aaa" }}', out: "bbb" },
  { expr: '{{ replace_all "" "." "héllo" }}', out: ".h.é.l.l.o." },
  { expr: '{{ lower "ABC" }}{{ upper "abc" }}', out: "abcABC" },
  { expr: '{{ upper "straße éàü" }}', out: "STRAßE ÉÀÜ" },
  { expr: '{{ lower "ÀÉİ" }}', out: "àéi" },
  {
    expr: '{{ len "abc" }} {{ len 3 }}',
    error: 'template: root:1:19: executing "root" at <len 3>: error calling len: len of type int',
  },
  { expr: '{{ len "héllo" }}', out: "6" },
  {
    expr: "{{ len .Missing }}",
    error:
      'template: root:1:3: executing "root" at <len .Missing>: error calling len: reflect: call of reflect.Value.Type on zero Value',
  },
  {
    expr: "{{ len nil }}",
    error:
      'template: root:1:3: executing "root" at <len nil>: error calling len: reflect: call of reflect.Value.Type on zero Value',
  },
  { expr: '{{ index "abc" 1 }}', out: "98" },
  {
    expr: '{{ index "abc" 5 }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" 5>: error calling index: index out of range: 5',
  },
  {
    expr: '{{ index "abc" -1 }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" -1>: error calling index: index out of range: -1',
  },
  {
    expr: '{{ index "abc" "x" }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" "x">: error calling index: cannot index slice/array with type string',
  },
  { expr: '{{ index "abc" }}', out: "abc" },
  {
    expr: "{{ index 3 1 }}",
    error:
      'template: root:1:3: executing "root" at <index 3 1>: error calling index: can\'t index item of type int',
  },
  {
    expr: "{{ index .Missing 1 }}",
    error:
      'template: root:1:3: executing "root" at <index .Missing 1>: error calling index: index of untyped nil',
  },
  {
    expr: "{{ index nil 1 }}",
    error: 'template: root:1:3: executing "root" at <index nil 1>: error calling index: index of untyped nil',
  },
  { expr: '{{ slice "abcdef" 1 3 }}', out: "bc" },
  { expr: '{{ slice "abcdef" 2 }}', out: "cdef" },
  { expr: '{{ slice "abcdef" }}', out: "abcdef" },
  {
    expr: '{{ slice "abc" 2 1 }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" 2 1>: error calling slice: invalid slice index: 2 > 1',
  },
  {
    expr: '{{ slice "abc" 1 2 3 }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" 1 2 3>: error calling slice: cannot 3-index slice a string',
  },
  {
    expr: '{{ slice "abc" 1 2 3 4 }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" 1 2 3 4>: error calling slice: too many slice indexes: 4',
  },
  {
    expr: '{{ slice "abc" 9 }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" 9>: error calling slice: index out of range: 9',
  },
  {
    expr: "{{ slice 3 1 }}",
    error:
      'template: root:1:3: executing "root" at <slice 3 1>: error calling slice: can\'t slice item of type int',
  },
  { expr: '{{ slice "héllo" 1 2 }}', out: "�" },
  {
    expr: '{{ eq 1 "a" }}',
    error:
      'template: root:1:3: executing "root" at <eq 1 "a">: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ eq 1 1.0 }}",
    error:
      'template: root:1:3: executing "root" at <eq 1 1.0>: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ eq 1 }}",
    error:
      'template: root:1:3: executing "root" at <eq 1>: error calling eq: missing argument for comparison',
  },
  { expr: '{{ eq "a" "b" "a" }}', out: "true" },
  { expr: "{{ eq nil nil }}", out: "true" },
  { expr: "{{ eq .Missing .Missing }}", out: "true" },
  { expr: '{{ eq .Missing "" }}', out: "false" },
  { expr: "{{ eq true true }}", out: "true" },
  { expr: '{{ ne 1 2 }} {{ ne "a" "a" }}', out: "true false" },
  { expr: '{{ lt 1 2 }} {{ lt "a" "b" }} {{ eq 1 2 3 1 }}', out: "true true true" },
  { expr: "{{ lt 1.5 2.5 }} {{ le 2 2 }} {{ gt 3 2 }} {{ ge 2 3 }}", out: "true true true false" },
  {
    expr: "{{ lt true false }}",
    error:
      'template: root:1:3: executing "root" at <lt true false>: error calling lt: invalid type for comparison',
  },
  {
    expr: '{{ lt 1 "a" }}',
    error:
      'template: root:1:3: executing "root" at <lt 1 "a">: error calling lt: incompatible types for comparison',
  },
  {
    expr: "{{ lt .Missing 1 }}",
    error:
      'template: root:1:3: executing "root" at <lt .Missing 1>: error calling lt: invalid type for comparison',
  },
  {
    expr: "{{ lt 1 2.0 }}",
    error:
      'template: root:1:3: executing "root" at <lt 1 2.0>: error calling lt: incompatible types for comparison',
  },
  { expr: '{{ print 1 2 "a" "b" 3 }}|{{ println 1 "a" }}|', out: "1 2ab3|1 a\n|" },
  {
    expr: "{{ print }}|{{ print nil }}|{{ print .Missing }}|{{ print true 1.5 }}",
    out: "|<nil>|<nil>|true 1.5",
  },
  {
    expr: '{{ printf "%d %s" "a" 1 }}|{{ printf "%s" }}|{{ printf "x" 1 }}|{{ printf "%z" 1 }}',
    out: "%!d(string=a) %!s(int=1)|%!s(MISSING)|x%!(EXTRA int=1)|%!z(int=1)",
  },
  {
    expr: '{{ printf "%5s|%-5s|%05d|%x|%X|%o|%b|%c|%q|%v|%t|%e|%f|%.2f|%g|%T|%T|%T" "ab" "ab" 42 "hi" 255 8 5 65 65 true false 1234.5678 3.5 3.14159 1e21 "s" 1 1.5 }}',
    out: "   ab|ab   |00042|6869|FF|10|101|A|'A'|true|false|1.234568e+03|3.500000|3.14|1e+21|string|int|float64",
  },
  { expr: '{{ printf "%q" "a\\"b\\n\\u00e9\\x01" }}', out: '"a\\"b\\né\\x01"' },
  {
    expr: '{{ printf "%+d|% d|%+.3e|%8.3f|%-8.2f|%08.3f|%x|%#x|%#o|%U|%#U" 5 5 1234.5 3.14159 2.5 -3.14159 -255 255 8 65 65 }}',
    out: "+5| 5|+1.234e+03|   3.142|2.50    |-003.142|-ff|0xff|010|U+0041|U+0041 'A'",
  },
  {
    expr: '{{ printf "%v %v %v %v" 1e6 1e-5 123456789.0 0.000123 }}',
    out: "1e+06 1e-05 1.23456789e+08 0.000123",
  },
  {
    expr: '{{ printf "%g %g %.3g %.10g %G" 100000.0 1000000.0 1234.5678 1.0 1e-10 }}',
    out: "100000 1e+06 1.23e+03 1 1E-10",
  },
  { expr: '{{ printf "%s %d" nil nil }}', out: "%!s(<nil>) %!d(<nil>)" },
  { expr: '{{ printf "%!" }}', out: "%!!(MISSING)" },
  { expr: '{{ printf "%" }}', out: "%!(NOVERB)" },
  { expr: '{{ printf "%*d|%-*d|%.*f" 5 1 4 2 2 3.14159 }}', out: "    1|2   |3.14" },
  { expr: "{{ printf 1 }}", error: 'template: root:1:10: executing "root" at <1>: expected string; found 1' },
  {
    expr: "{{ printf }}",
    error:
      'template: root:1:3: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  { expr: '{{ printf "%5.1s|%.0d|%x" "abc" 0 "héllo" }}', out: "    a||68c3a96c6c6f" },
  { expr: '{{ printf "%6.2v|%t|%s" 3.14159 1 true }}', out: "   3.1|%!t(int=1)|%!s(bool=true)" },
  {
    expr: '{{ html "<a&\\"b>" }} {{ js "a\\"b<>" }} {{ urlquery "a b&c" }}',
    out: '&lt;a&amp;&#34;b&gt; a\\"b\\u003C\\u003E a+b%26c',
  },
  {
    expr: '{{ html .Missing }}|{{ html 1 2 "a" }}|{{ urlquery "é/?~-_." }}|{{ js "\\u2028\'<&=\\t\\\\" }}',
    out: "&lt;no value&gt;|1 2a|%C3%A9%2F%3F~-_.|\\u2028\\'\\u003C\\u0026\\u003D\\u0009\\\\",
  },
  { expr: '{{ html }}|{{ js nil }}|{{ urlquery 1 "a" 2 }}', out: "|\\u003Cno value\\u003E|1a2" },
  { expr: '{{ and 1 0 }} {{ or 0 "" "x" }} {{ not 0 }}', out: "0 x true" },
  {
    expr: "{{ and }}",
    error:
      'template: root:1:3: executing "root" at <and>: wrong number of args for and: want at least 1 got 0',
  },
  {
    expr: "{{ not }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: "{{ not 1 2 }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  {
    expr: '{{ not .Missing }}|{{ and .Missing 1 }}|{{ or .Missing }}|{{ and 1 "x" }}|{{ or 0 "" }}',
    out: "true|<no value>|<no value>|x|",
  },
  { expr: "{{ not nil }}", out: "true" },
  { expr: '{{ and 0 (split "a" "-" 9) }}', out: "0" },
  { expr: '{{ or 1 (split "a" "-" 9) }}', out: "1" },
  {
    expr: '{{ and 1 (split "a" "-" 9) }}',
    error:
      'template: root:1:10: executing "root" at <split "a" "-" 9>: error calling split: the substring 9 was unavailable using the separator value, -, only 1 values were found',
  },
  { expr: "{{ 0 | and 1 }}", out: "0" },
  { expr: "{{ 2 | or 0 }}", out: "2" },
  {
    expr: "{{ call .X }}",
    error: 'template: root:1:3: executing "root" at <call .X>: error calling call: call of nil',
  },
  {
    expr: '{{ call "a" }}',
    error:
      'template: root:1:3: executing "root" at <call "a">: error calling call: non-function of type string',
  },
  {
    expr: "{{ call }}",
    error:
      'template: root:1:3: executing "root" at <call>: wrong number of args for call: want at least 1 got 0',
  },
  { expr: "{{ if 1 }}a{{ else if 0 }}b{{ else }}c{{ end }}", out: "a" },
  { expr: "{{ if 0 }}a{{ else if 1 }}b{{ else }}c{{ end }}", out: "b" },
  { expr: '{{ if "" }}a{{ else }}c{{ end }}', out: "c" },
  { expr: "{{ if .Missing }}a{{ else }}c{{ end }}", out: "c" },
  { expr: '{{ with "x" }}[{{ . }}]{{ else }}none{{ end }}', out: "[x]" },
  { expr: '{{ with "" }}[{{ . }}]{{ else }}none{{ end }}', out: "none" },
  { expr: '{{ with $x := "v" }}{{ $x }}{{ . }}{{ end }}', out: "vv" },
  { expr: "{{ if $x := 1 }}{{ $x }}{{ end }}", out: "1" },
  { expr: "{{ range }}", error: "template: root:1: missing value for range" },
  { expr: "{{ end }}", error: "template: root:1: unexpected {{end}}" },
  { expr: "{{ else }}", error: "template: root:1: unexpected {{else}}" },
  { expr: "{{ if 1 }}", error: "template: root:1: unexpected EOF" },
  {
    expr: "{{ if 1 }}{{ else }}{{ else }}{{ end }}",
    error: "template: root:1: expected end; found {{else}}",
  },
  { expr: "{{ range .Missing }}x{{ else }}empty{{ end }}", out: "empty" },
  {
    expr: '{{ range $i, $c := "abc" }}{{ $i }}{{ end }}',
    error: 'template: root:1:19: executing "root" at <"abc">: range can\'t iterate over abc',
  },
  {
    expr: "{{ range 3 }}x{{ end }}",
    error: 'template: root:1:9: executing "root" at <3>: range can\'t iterate over 3',
  },
  { expr: "{{ range $a, $b, $c := . }}{{ end }}", error: "template: root:1: too many declarations in range" },
  { expr: "{{ range $a, 1 }}{{ end }}", error: "template: root:1: range can only initialize variables" },
  { expr: "{{ with $a, $b := 1 }}{{ end }}", error: "template: root:1: too many declarations in with" },
  { expr: "{{ break }}", error: "template: root:1: {{break}} outside {{range}}" },
  { expr: "{{ continue }}", error: "template: root:1: {{continue}} outside {{range}}" },
  { expr: "{{ range .X }}{{ break 1 }}{{ end }}", error: 'template: root:1: unexpected "1" in {{break}}' },
  { expr: "{{ .Foo.Bar }}", out: "<no value>" },
  { expr: "{{ .Foo 1 }}", out: "<no value>" },
  {
    expr: "{{ (1).Foo }}",
    error: 'template: root:1:4: executing "root" at <1>: can\'t evaluate field Foo in type int',
  },
  {
    expr: '{{ ("x").Foo }}',
    error: 'template: root:1:4: executing "root" at <"x">: can\'t evaluate field Foo in type string',
  },
  { expr: "{{ (.X).Foo }}", out: "<no value>" },
  { expr: "{{ nil.Foo }}", error: 'template: root:1: unexpected . after term "nil"' },
  { expr: "{{ 1.Foo }}", error: 'template: root:1: bad number syntax: "1.F"' },
  { expr: '{{ "a".Foo }}', error: 'template: root:1: unexpected . after term "\\"a\\""' },
  { expr: "{{ $.Foo }}", out: "<no value>" },
  { expr: "{{ $ }}", out: "<no value>" },
  { expr: "{{ . }}", out: "<no value>" },
  { expr: '{{ $x := "v" }}{{ $x }}{{ $y }}', error: 'template: root:1: undefined variable "$y"' },
  { expr: '{{ $x := "v" }}{{ $x = "w" }}{{ $x }}', out: "w" },
  { expr: "{{ $x := 1 }}{{ if 1 }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}", out: "21" },
  { expr: "{{ $x := 1 }}{{ if 1 }}{{ $x = 2 }}{{ end }}{{ $x }}", out: "2" },
  { expr: "{{ $x = 1 }}", error: 'template: root:1:8: executing "root" at <1>: undefined variable: $x' },
  { expr: "{{ $x.Foo }}", error: 'template: root:1: undefined variable "$x"' },
  {
    expr: '{{ $x := "a" }}{{ $x.Foo }}',
    error: 'template: root:1:20: executing "root" at <$x.Foo>: can\'t evaluate field Foo in type string',
  },
  {
    expr: '{{ $x := "a" }}{{ $x 1 }}',
    error: 'template: root:1:18: executing "root" at <$x>: can\'t give argument to non-function $x',
  },
  { expr: "{{ $x, $y := 1 }}", error: "template: root:1: too many declarations in command" },
  {
    expr: "{{ 3 }} {{ 1.5 }} {{ 1e3 }} {{ 0x1F }} {{ -2 }} {{ +3 }} {{ 'a' }} {{ '\\n' }}",
    out: "3 1.5 1000 31 -2 3 97 10",
  },
  {
    expr: "{{ 1.0 }} {{ 1e6 }} {{ 1234567.0 }} {{ 0.00001 }} {{ 100000.0 }} {{ 1_000 }} {{ 0b101 }} {{ 0o17 }} {{ 017 }} {{ 0x1p4 }} {{ .5 }}",
    out: "1 1e+06 1.234567e+06 1e-05 100000 1000 5 15 15 16 0.5",
  },
  { expr: "{{ nil }}", error: 'template: root:1:3: executing "root" at <nil>: nil is not a command' },
  {
    expr: "{{ 1 2 }}",
    error: 'template: root:1:3: executing "root" at <1>: can\'t give argument to non-function 1',
  },
  { expr: '{{ "a" | "b" }}', error: "template: root:1: non executable command in pipeline stage 2" },
  { expr: '{{ "a" | . }}', error: "template: root:1: non executable command in pipeline stage 2" },
  {
    expr: "{{ upper | timestamp }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  { expr: '{{ "a\\tb\\u00e9\\x41\\101\\U0001F600" }}', out: "a\tbéAA😀" },
  { expr: '{{ "\\q" }}', error: "template: root:1: invalid syntax" },
  { expr: '{{ "\\x4" }}', error: "template: root:1: invalid syntax" },
  { expr: "{{ 'ab' }}", error: "template: root:1: malformed character constant: 'ab'" },
  { expr: "{{ '' }}", error: "template: root:1: invalid syntax" },
  { expr: "{{ 1a }}", error: 'template: root:1: bad number syntax: "1a"' },
  { expr: "{{ 99999999999999999999 }}", error: 'template: root:1: integer overflow: "99999999999999999999"' },
  { expr: "{{ 0x }}", error: 'template: root:1: illegal number syntax: "0x"' },
  { expr: "{{ 1_ }}", error: 'template: root:1: illegal number syntax: "1_"' },
  { expr: "{{ 1__0 }}", error: 'template: root:1: illegal number syntax: "1__0"' },
  { expr: "{{ 08 }}", error: 'template: root:1: integer overflow: "08"' },
  { expr: "{{ 1e }}", error: 'template: root:1: illegal number syntax: "1e"' },
  { expr: "{{ - }}", error: 'template: root:1: illegal number syntax: "-"' },
  { expr: "{{ 1+2i }}", out: "(1+2i)" },
  { expr: "{{ true }} {{ false }}", out: "true false" },
  { expr: "{{ true.x }}", error: 'template: root:1: unexpected . after term "true"' },
  { expr: '{{ "unterminated }}', error: "template: root:1: unterminated quoted string" },
  { expr: "{{ `raw\\n }}", error: "template: root:1: unterminated raw quoted string" },
  { expr: "{{ 'x }}", error: "template: root:1: unterminated character constant" },
  { expr: "{{ foo", error: 'template: root:1: function "foo" not defined' },
  { expr: "{{ (1 }}", error: "template: root:1: unclosed left paren" },
  { expr: "{{ 1) }}", error: 'template: root:1: unexpected ")" in command' },
  { expr: "{{ ) }}", error: 'template: root:1: unexpected ")" in command' },
  { expr: "{{ ( }}", error: "template: root:1: unclosed left paren" },
  { expr: "{{ () }}", error: "template: root:1: missing value for parenthesized pipeline" },
  { expr: "{{ | }}", error: 'template: root:1: unexpected "|" in command' },
  {
    expr: "{{ upper | }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  { expr: "{{ a:b }}", error: 'template: root:1: function "a" not defined' },
  { expr: "{{ x=1 }}", error: "template: root:1: bad character U+003D '='" },
  { expr: "{{ $x=1 }}", error: "template: root:1: bad character U+003D '='" },
  { expr: "{{ $x:=1 }}{{ $x }}", out: "1" },
  { expr: "{{ # }}", error: 'template: root:1: unexpected "#" in command' },
  {
    expr: "{{ . . }}",
    error: 'template: root:1:3: executing "root" at <.>: can\'t give argument to non-function .',
  },
  { expr: "{{ .a.b.c }}", out: "<no value>" },
  { expr: "{{ ..a }}", error: 'template: root:1: unexpected . after term "."' },
  { expr: "{{ .a. }}", error: "template: root:1: unexpected <.> in operand" },
  { expr: "{{ $1 }}", error: 'template: root:1: undefined variable "$1"' },
  { expr: "{{ $x := }}", error: "template: root:1: missing value for command" },
  {
    expr: "{{ $x := 1 2 }}",
    error: 'template: root:1:9: executing "root" at <1>: can\'t give argument to non-function 1',
  },
  { expr: "{{ @ }}", error: 'template: root:1: unexpected "@" in command' },
  { expr: "{{ é }}", error: 'template: root:1: function "é" not defined' },
  { expr: '{{ upper"a" }}', error: "template: root:1: bad character U+0022 '\"'" },
  { expr: '{{ "a""b" }}', error: 'template: root:1: unexpected "\\"b\\"" in operand' },
  { expr: '{{ print"a" }}', error: "template: root:1: bad character U+0022 '\"'" },
  { expr: '{{ print "a"1 }}', error: 'template: root:1: unexpected "1" in operand' },
  { expr: "{{ /* c */ }}", error: 'template: root:1: unexpected "/" in command' },
  { expr: "{{/* c */}}x", out: "x" },
  { expr: "{{/* c */ }}", error: "template: root:1: comment ends before closing delimiter" },
  { expr: "{{/* c", error: "template: root:1: unclosed comment" },
  { expr: "{{- /* c */ -}} x", out: "x" },
  { expr: 'a {{- "b" -}} c', out: "abc" },
  { expr: 'a {{-"b"}}', error: 'template: root:1: illegal number syntax: "-"' },
  { expr: "a {{- 3 }}", out: "a3" },
  { expr: "a {{-3}}", out: "a -3" },
  { expr: "a {{ 3 -}} b", out: "a 3b" },
  { expr: "a {{ 3 -}}", out: "a 3" },
  { expr: '{{ "a" -}}', out: "a" },
  { expr: "{{- -}}", error: 'template: root:1: illegal number syntax: "-"' },
  { expr: "{{-}}", error: 'template: root:1: illegal number syntax: "-"' },
  { expr: "{{ -}}", error: "template: root:1: missing value for command" },
  { expr: "{{- }}", error: "template: root:1: missing value for command" },
  { expr: 'a{{"b"}}c{{"d"', error: "template: root:1: unclosed action" },
  {
    expr: '{{ template "x" }}',
    error: 'template: root:1:12: executing "root" at <{{template "x"}}>: template "x" not defined',
  },
  {
    expr: '{{ template "x" 1 }}',
    error: 'template: root:1:12: executing "root" at <{{template "x" 1}}>: template "x" not defined',
  },
  { expr: "{{ template }}", error: 'template: root:1: unexpected "}}" in template clause' },
  { expr: "{{ template x }}", error: 'template: root:1: unexpected "x" in template clause' },
  { expr: '{{ define "x" }}X{{ . }}{{ end }}{{ template "x" 1 }}', out: "X1" },
  { expr: '{{ define "x" }}X{{ end }}', out: "" },
  { expr: '{{ block "x" "a" }}B{{ . }}{{ end }}', out: "Ba" },
  {
    expr: '{{ define "x" }}{{ template "x" }}{{ end }}{{ template "x" }}',
    error:
      'template: root:1:28: executing "x" at <{{template "x"}}>: exceeded maximum template depth (100000)',
  },
  { expr: '{{ define "x" }}{{ end }', error: 'template: root:1: unexpected "}" in end' },
  { expr: "{{ define x }}{{ end }}", error: 'template: root:1: unexpected "x" in define clause' },
  { expr: '{{ define "x" }}', error: "template: root:1: unexpected EOF" },
  {
    expr: '{{ if 1 }}{{ define "x" }}{{ end }}{{ end }}',
    error: "template: root:1: unexpected <define> in command",
  },
  { expr: "{{ with 1 }}{{ else if 1 }}{{ end }}", error: "template: root:1: unexpected <if> in input" },
  { expr: "{{ range 1 }}{{ else if 1 }}{{ end }}", error: "template: root:1: unexpected <if> in input" },
];
