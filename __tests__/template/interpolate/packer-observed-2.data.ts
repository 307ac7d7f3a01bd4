// Observed behaviour of Packer 1.6.6: printf verbs, comparisons, pipelines into every function, numbers.
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
  { expr: '{{ eq (index "a" 0) 97 }}', out: "true" },
  { expr: '{{ lt (index "a" 0) 98 }}', out: "true" },
  {
    expr: '{{ eq (index "a" 0) 97.0 }}',
    error:
      'template: root:1:3: executing "root" at <eq (index "a" 0) 97.0>: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ print 1 2 }}|{{ print "a" 1 2 "b" }}|{{ print true false }}|{{ print 1.5 2 }}|{{ print (index "a" 0) 1 }}',
    out: "1 2|a1 2b|true false|1.5 2|97 1",
  },
  { expr: "{{ println }}|", out: "\n|" },
  { expr: '{{ println "a" "b" 1 }}', out: "a b 1" },
  { expr: '{{ printf "%v|%+v|%#v" "s" 1 true }}', out: "s|1|true" },
  { expr: '{{ printf "%#v %#v" 1.0 "a\\"b" }}', out: '1 "a\\"b"' },
  { expr: '{{ printf "%x %X %x" -1 "ÿ" 3.5 }}', out: "-1 C3BF 0x1.cp+01" },
  { expr: '{{ printf "% x|%# x|% X" "abc" "abc" "hi" }}', out: "61 62 63|0x61 0x62 0x63|68 69" },
  {
    expr: '{{ printf "%q|%+q|%#q|%#q" "héllo\\x00" "héllo" "back`tick" "plain" }}',
    out: '"héllo\\x00"|"h\\u00e9llo"|"back`tick"|`plain`',
  },
  { expr: '{{ printf "%c|%c|%q|%q" 128512 -1 39 10 }}', out: "😀|�|'\\''|'\\n'" },
  {
    expr: '{{ printf "%08.3f|%+08d|%-08d|%x|% d" -1.5 42 42 -42 -5 }}',
    out: "-001.500|+0000042|42      |-2a|-5",
  },
  {
    expr: '{{ printf "%6.2f|%-10s|%10q|%.3s" 3.14159 "left" "q" "héllo" }}',
    out: '  3.14|left      |       "q"|hél',
  },
  {
    expr: '{{ printf "%e|%E|%.0e|%g|%G" 0.000123 123456789.0 5.5 0.0000123 1e100 }}',
    out: "1.230000e-04|1.234568E+08|6e+00|1.23e-05|1E+100",
  },
  {
    expr: '{{ printf "%v %v %v %v %v" 1e20 1e21 123456.0 1234567.0 0.0001 }}',
    out: "1e+20 1e+21 123456 1.234567e+06 0.0001",
  },
  { expr: '{{ printf "%v %v %v" 100.0 2.5e-7 -0.0 }}', out: "100 2.5e-07 -0" },
  { expr: '{{ printf "%.2f %.2f %.2f %.1f" 2.675 1.005 0.125 0.05 }}', out: "2.67 1.00 0.12 0.1" },
  { expr: '{{ printf "%f %f" 1e20 123456789.123 }}', out: "100000000000000000000.000000 123456789.123000" },
  { expr: '{{ printf "%d" 1.5 }}', out: "%!d(float64=1.5)" },
  { expr: '{{ printf "%s" 1.5 }}', out: "%!s(float64=1.5)" },
  { expr: '{{ printf "%t %t" 1 "x" }}', out: "%!t(int=1) %!t(string=x)" },
  { expr: '{{ printf "%d %d" true nil }}', out: "%!d(bool=true) %!d(<nil>)" },
  { expr: '{{ printf "%[1]d %[1]d" 5 }}', out: "5 5" },
  { expr: '{{ printf "%-5t|%5t" true false }}', out: "true |false" },
  { expr: '{{ printf "%o %O %b %#b" 64 64 5 5 }}', out: "100 0o100 101 0b101" },
  { expr: '{{ printf "%U %#U %U" 128512 128512 -1 }}', out: "U+1F600 U+1F600 '😀' U+FFFFFFFFFFFFFFFF" },
  { expr: '{{ printf "%5%" }}', out: "%" },
  { expr: '{{ printf "%.3q" "abcdef" }}', out: '"abc"' },
  { expr: '{{ printf "%010s" "abc" }}', out: "0000000abc" },
  { expr: '{{ printf "%-010d" 5 }}', out: "5         " },
  { expr: '{{ printf "%+q" "é" }}', out: '"\\u00e9"' },
  { expr: '{{ printf "%x" "" }}', out: "" },
  { expr: '{{ printf "%5x|%-6X" 255 "ab" }}', out: "   ff|6162  " },
  { expr: '{{ printf "%.0f %.0f %.0f %.0f" 0.5 1.5 2.5 -0.5 }}', out: "0 2 2 -0" },
  { expr: '{{ printf "%g %g %g %g" 1.0 0.1 1e6 1e-4 }}', out: "1 0.1 1e+06 0.0001" },
  { expr: '{{ printf "%.1g %.2g %.3g %.10g" 15.0 0.000123456 1e6 0.1 }}', out: "2e+01 0.00012 1e+06 0.1" },
  { expr: '{{ printf "%#g %#.3g %#e %#f" 1.0 2.0 3.0 4.0 }}', out: "1.00000 2.00 3.000000e+00 4.000000" },
  { expr: '{{ printf "%v" (slice "abc" 1) }}', out: "bc" },
  {
    expr: '{{ printf "%T %T %T %T" (index "a" 0) (slice "ab" 1) true nil }}',
    out: "uint8 string bool <nil>",
  },
  {
    expr: '{{ html "a" "b" }}|{{ html 1 }}|{{ html true "x" nil }}|{{ js 1.5 }}|{{ urlquery nil }}',
    out: "ab|1|truex&lt;no value&gt;|1.5|%3Cno+value%3E",
  },
  { expr: '{{ js "\\x00\\x01\\x7f\\u00e9\\u200b" }}', out: "\\u0000\\u0001é\\u200B" },
  { expr: '{{ html "\\x00" }}', out: "�" },
  {
    expr: '{{ urlquery "~!*\'();:@&=+$,/?#[]" }}',
    out: "~%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D",
  },
  { expr: '{{ len (slice "abc" 1) }}', out: "2" },
  {
    expr: '{{ slice "abc" 1 2 3 }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" 1 2 3>: error calling slice: cannot 3-index slice a string',
  },
  {
    expr: '{{ slice "abc" -1 }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" -1>: error calling slice: index out of range: -1',
  },
  {
    expr: '{{ slice "abc" "x" }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" "x">: error calling slice: cannot index slice/array with type string',
  },
  {
    expr: '{{ slice "abc" nil }}',
    error:
      'template: root:1:3: executing "root" at <slice "abc" nil>: error calling slice: cannot index slice/array with nil',
  },
  {
    expr: "{{ slice nil }}",
    error: 'template: root:1:3: executing "root" at <slice nil>: error calling slice: slice of untyped nil',
  },
  {
    expr: "{{ slice .Missing }}",
    error:
      'template: root:1:3: executing "root" at <slice .Missing>: error calling slice: slice of untyped nil',
  },
  {
    expr: '{{ index "abc" 1 2 }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" 1 2>: error calling index: can\'t index item of type uint8',
  },
  {
    expr: '{{ index "abc" nil }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" nil>: error calling index: cannot index slice/array with nil',
  },
  {
    expr: '{{ index "abc" 1.0 }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" 1.0>: error calling index: cannot index slice/array with type float64',
  },
  {
    expr: '{{ index "abc" true }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" true>: error calling index: cannot index slice/array with type bool',
  },
  {
    expr: '{{ index "abc" 3 }}',
    error:
      'template: root:1:3: executing "root" at <index "abc" 3>: error calling index: reflect: string index out of range',
  },
  {
    expr: "{{ len true }}",
    error: 'template: root:1:3: executing "root" at <len true>: error calling len: len of type bool',
  },
  {
    expr: "{{ len 1.5 }}",
    error: 'template: root:1:3: executing "root" at <len 1.5>: error calling len: len of type float64',
  },
  {
    expr: '{{ len (index "a" 0) }}',
    error:
      'template: root:1:3: executing "root" at <len (index "a" 0)>: error calling len: len of type uint8',
  },
  { expr: '{{ not "" }} {{ not "a" }} {{ not 0.0 }} {{ not true }}', out: "true false true false" },
  { expr: '{{ and 1 2 3 }} {{ and 0 2 }} {{ or 0 0 }} {{ or "" "b" }}', out: "3 0 0 b" },
  { expr: '{{ and (index "a" 0) "z" }}', out: "z" },
  { expr: "{{ or nil 1 }}", out: "1" },
  { expr: "{{ and nil 1 }}", out: "<no value>" },
  { expr: '{{ eq "a" nil }}', out: "false" },
  { expr: '{{ eq nil "a" }}', out: "false" },
  { expr: "{{ eq nil .Missing }}", out: "true" },
  { expr: "{{ ne nil 1 }}", out: "true" },
  {
    expr: "{{ lt nil 1 }}",
    error:
      'template: root:1:3: executing "root" at <lt nil 1>: error calling lt: invalid type for comparison',
  },
  {
    expr: "{{ lt 1 nil }}",
    error:
      'template: root:1:3: executing "root" at <lt 1 nil>: error calling lt: invalid type for comparison',
  },
  {
    expr: "{{ lt 2.5 3 }}",
    error:
      'template: root:1:3: executing "root" at <lt 2.5 3>: error calling lt: incompatible types for comparison',
  },
  { expr: '{{ le "b" "a" }} {{ ge "b" "a" }} {{ gt 1 1 }}', out: "false true false" },
  { expr: '{{ eq 1.5 1.5 }} {{ eq "é" "é" }}', out: "true true" },
  { expr: '{{ lt "Z" "a" }} {{ lt "é" "z" }}', out: "true false" },
  {
    expr: "{{ eq true 1 }}",
    error:
      'template: root:1:3: executing "root" at <eq true 1>: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ ne }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: "{{ ne 1 }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: "{{ lt 1 }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: "{{ lt 1 2 3 }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 3',
  },
  { expr: "{{ if and 1 0 }}y{{ else }}n{{ end }}", out: "n" },
  { expr: "{{ if not .X }}empty{{ end }}", out: "empty" },
  { expr: '{{ if eq (user `a`) "x" }}is x{{ end }}', out: "is x" },
  {
    expr: "{{ with .X }}{{ . }}{{ else with 1 }}{{ end }}",
    error: "template: root:1: unexpected <with> in else",
  },
  {
    expr: "{{ if 1 }}a{{ else }}b{{ else }}c{{ end }}",
    error: "template: root:1: expected end; found {{else}}",
  },
  { expr: "{{ if 1 }}{{ $v := 1 }}{{ end }}{{ $v }}", error: 'template: root:1: undefined variable "$v"' },
  { expr: "{{ $v := 1 }}{{ $v := 2 }}{{ $v }}", out: "2" },
  { expr: "{{ $v := (user `a`) }}{{ $v | upper }}", out: "X" },
  { expr: '{{ $v := upper "q" }}{{ $v }}', out: "Q" },
  { expr: "{{ $ := 1 }}", out: "" },
  {
    expr: "{{ $x := 1 }}{{ $x.y }}",
    error: 'template: root:1:18: executing "root" at <$x.y>: can\'t evaluate field y in type int',
  },
  { expr: '{{ $x := "s" | upper }}{{ $x }}', out: "S" },
  { expr: "{{ $x, $y := 1, 2 }}", error: "template: root:1: too many declarations in command" },
  { expr: "{{ range $x := .Missing }}{{ end }}{{ $x }}", error: 'template: root:1: undefined variable "$x"' },
  { expr: "{{ range $i, $e := .X }}{{ end }}ok", out: "ok" },
  { expr: "{{ range .X }}{{ continue }}{{ end }}ok", out: "ok" },
  { expr: "{{ range .X }}{{ if 1 }}{{ break }}{{ end }}{{ end }}ok", out: "ok" },
  { expr: "{{ if 1 }}{{ break }}{{ end }}", error: "template: root:1: {{break}} outside {{range}}" },
  { expr: "{{ with 1 }}{{ continue }}{{ end }}", error: "template: root:1: {{continue}} outside {{range}}" },
  {
    expr: '{{ range .X }}{{ define "y" }}{{ end }}{{ end }}',
    error: "template: root:1: unexpected <define> in command",
  },
  { expr: '{{ (upper "a") }}', out: "A" },
  { expr: '{{ ((upper "a")) }}', out: "A" },
  { expr: '{{ (upper "a" | lower) }}', out: "a" },
  { expr: '{{ upper ("a") }}', out: "A" },
  { expr: '{{ ("a" | upper) | lower }}', out: "a" },
  { expr: "{{ (.X).Y }}", out: "<no value>" },
  { expr: "{{ (.X).Y.Z }}", out: "<no value>" },
  {
    expr: '{{ (upper "a").Y }}',
    error: 'template: root:1:10: executing "root" at <"a">: can\'t evaluate field Y in type string',
  },
  {
    expr: '{{ (user "a").Y }}',
    error: 'template: root:1:9: executing "root" at <"a">: can\'t evaluate field Y in type string',
  },
  { expr: "{{ (nil).Y }}", error: 'template: root:1:4: executing "root" at <nil>: nil is not a command' },
  {
    expr: "{{ (1 2) }}",
    error: 'template: root:1:4: executing "root" at <1>: can\'t give argument to non-function 1',
  },
  {
    expr: "{{ upper (1) }}",
    error: 'template: root:1:10: executing "root" at <1>: wrong type for value; expected string; got int',
  },
  {
    expr: "{{ upper (.X) }}",
    error: 'template: root:1:10: executing "root" at <.X>: invalid value; expected string',
  },
  {
    expr: "{{ upper . }}",
    error: 'template: root:1:9: executing "root" at <.>: invalid value; expected string',
  },
  {
    expr: "{{ upper $ }}",
    error: 'template: root:1:9: executing "root" at <$>: invalid value; expected string',
  },
  {
    expr: "{{ . | upper }}",
    error: 'template: root:1:7: executing "root" at <upper>: invalid value; expected string',
  },
  { expr: '{{ "a" | upper | lower | printf "%s-%s" "b" }}', out: "b-a" },
  { expr: '{{ "a" | printf }}', out: "a" },
  { expr: '{{ "a" | printf "%s" }}', out: "a" },
  { expr: '{{ 1 | printf "%d %d" 2 }}', out: "2 1" },
  { expr: '{{ "a" | print "b" }}', out: "ba" },
  { expr: '{{ "x" | and }}', out: "x" },
  { expr: '{{ "x" | or 0 }}', out: "x" },
  { expr: '{{ "x" | not }}', out: "false" },
  { expr: '{{ "x" | len }}', out: "1" },
  {
    expr: '{{ "x" | index "abc" }}',
    error:
      'template: root:1:9: executing "root" at <index "abc">: error calling index: cannot index slice/array with type string',
  },
  { expr: '{{ 1 | index "abc" }}', out: "98" },
  { expr: '{{ 1 | slice "abc" }}', out: "bc" },
  { expr: '{{ "a" | eq "a" }}', out: "true" },
  { expr: "{{ 1 | lt 0 }}", out: "true" },
  { expr: '{{ "a" | user }}', out: "x" },
  {
    expr: '{{ "HOME" | env }}',
    error: 'template: root:1:12: executing "root" at <env>: error calling env: env vars are not allowed here',
  },
  { expr: '{{ "a" | isotime }}', out: "a" },
  { expr: '{{ "%Y" | strftime }}', out: "2026" },
  {
    expr: '{{ "a-b" | split "-" }}',
    error: 'template: root:1:11: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  { expr: '{{ "abc" | replace "b" "x" 1 }}', out: "axc" },
  { expr: '{{ "abc" | replace_all "b" "x" }}', out: "axc" },
  {
    expr: '{{ "aXbXc" | replace_all "X" "-" | upper | split "-" 2 }}',
    error: 'template: root:1:53: executing "root" at <2>: expected string; found 2',
  },
  {
    expr: '{{ "x" | upper "y" }}',
    error: 'template: root:1:9: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  {
    expr: '{{ "x" | timestamp }}',
    error:
      'template: root:1:9: executing "root" at <timestamp>: wrong number of args for timestamp: want 0 got 1',
  },
  { expr: '{{ "x" | . }}', error: "template: root:1: non executable command in pipeline stage 2" },
  {
    expr: '{{ "x" | $ }}',
    error: 'template: root:1:9: executing "root" at <$>: can\'t give argument to non-function $',
  },
  { expr: '{{ "x" | .Foo }}', out: "<no value>" },
  {
    expr: '{{ "x" | (upper) }}',
    error: 'template: root:1:3: executing "root" at <"x">: can\'t give argument to non-function upper',
  },
  { expr: "{{ uuid | len }}", out: "36" },
  {
    expr: "{{ build_name | upper }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  { expr: "{{ template_dir | len }}", out: "7" },
  { expr: '{{ 1 | "x" }}', error: "template: root:1: non executable command in pipeline stage 2" },
  {
    expr: "{{ true | upper }}",
    error:
      'template: root:1:10: executing "root" at <upper>: wrong type for value; expected string; got bool',
  },
  { expr: '{{ upper "é" | len }}', out: "2" },
  {
    expr: "{{ 0x10 }} {{ 0X1f }} {{ 1e2 }} {{ 1E2 }} {{ 0.1 }} {{ 1. }} {{ 00 }} {{ -0 }} {{ -0.0 }} {{ +1.5 }}",
    out: "16 31 100 100 0.1 1 0 0 -0 1.5",
  },
  { expr: "{{ 9223372036854775807 }}", out: "9223372036854775807" },
  {
    expr: "{{ 9223372036854775808 }}",
    error: 'template: root:1:3: executing "root" at <9223372036854775808>: 9223372036854775808 overflows int',
  },
  { expr: "{{ -9223372036854775808 }}", out: "-9223372036854775808" },
  { expr: "{{ 1e400 }}", error: 'template: root:1: illegal number syntax: "1e400"' },
  { expr: "{{ 0x1.8p1 }}", out: "3" },
  { expr: "{{ 1_0.5 }}", out: "10.5" },
  { expr: "{{ 0_1 }}", out: "1" },
  { expr: "{{ 0x_1 }}", out: "1" },
  {
    expr: "{{ '\\'' }} {{ '\"' }} {{ '\\x41' }} {{ '\\101' }} {{ '\\u00e9' }} {{ 'é' }} {{ '\\\\' }}",
    out: "39 34 65 65 233 233 92",
  },
  { expr: "{{ '\\\"' }}", error: "template: root:1: invalid syntax" },
  { expr: '{{ "\\\'" }}', error: "template: root:1: invalid syntax" },
  { expr: '{{ "\\u12" }}', error: "template: root:1: invalid syntax" },
  { expr: '{{ "\\400" }}', error: "template: root:1: invalid syntax" },
  { expr: '{{ "\\xff" | len }}', out: "1" },
  { expr: '{{ "\\xff" }}', out: "�" },
  { expr: "{{ `a", error: "template: root:1: unterminated raw quoted string" },
];
