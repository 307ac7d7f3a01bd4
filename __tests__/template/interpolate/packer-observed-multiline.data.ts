// Observed with Packer 1.6.6: `packer validate` on a template whose shell-local provisioner has
// `inline: [TEXT]` (rendered at prepare time, outside the variables section). The error is the
// text between "Error decoding config: render|invalid 'inline': " and " in:", with the
// console line wrapping undone. `ok` means validate passed. The last 150 are generated (seeded
// multi-line token soup).

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
  {
    text: '{{ `a` else -}}if else:= "a" define splitnil )`b\nc` ( "a"',
    error: "template: root:1: unexpected <else> in operand",
  },
  {
    text: '{{ true -1 true "unterminated',
    error: "template: root:1: unterminated quoted string",
  },
  {
    text: "{{ break é😀\nwith /* \n end := }}",
    error: "template: root:1: bad character U+1F600 '😀'",
  },
  {
    text: '{{  "a" :=with',
    error: 'template: root:1: unexpected ":=" in operand',
  },
  {
    text: "else else {{ -1 }}   $x user:= x := split}}if \n",
    ok: true,
  },
  {
    text: '{{ range split x */ user split breaklen if x "a" }}',
    error: 'template: root:1: function "x" not defined',
  },
  {
    text: ' indexupper with define`raw | /* `a`x "t"{{ \n break }}',
    error: "template: root:2: {{break}} outside {{range}}",
  },
  {
    text: ' {{-  $x "unterminated (  -}}break | "unterminated  -}} `a` niltrue define x range  -}} }}',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: "{{'c' }} */ eq eq rangeupperrange :=  -}} }}",
    ok: true,
  },
  {
    text: "{{  -}}\teq := ifrange }}",
    error: "template: root:1: missing value for command",
  },
  {
    text: '{{ (*/ "-" := $x breakif len := }}',
    error: 'template: root:1: unexpected "*" in parenthesized pipeline',
  },
  {
    text: ' */`b\nc`{{-  }} templateelse with "%d" template/* */ {{- ',
    error: "template: root:2: missing value for command",
  },
  {
    text: '{{ x eq é😀 $x "a" }}',
    error: 'template: root:1: function "x" not defined',
  },
  {
    text: ' }}{{-  user ( "unterminated"-" {{ user nil template :=   }}',
    error: 'template: root:1: unexpected "-" in operand',
  },
  {
    text: "   'c' ( {{ ( )if {{ len len }}",
    error: "template: root:1: missing value for parenthesized pipeline",
  },
  {
    text: "{{ `b\nc` ifindex */nil end*/ $x }}",
    error: 'template: root:2: function "ifindex" not defined',
  },
  {
    text: '{{ `a` /*"unterminated  \n`raw split true(end `b\nc` }}',
    error: 'template: root:1: unexpected "/" in operand',
  },
  {
    text: "{{ */ split}} }}",
    error: 'template: root:1: unexpected "*" in command',
  },
  {
    text: " ( nil true  {{-  \t( 1 break $x",
    error: "template: root:1: unexpected <break> in operand",
  },
  {
    text: "{{ $x 1 -1split */  else/*$x split `a` x x }}",
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: "{{ printf \n \n   else upper",
    error: "template: root:3: unexpected <else> in operand",
  },
  {
    text: " else 1 true eqtemplatetemplate split {{$x else define define with `raw }}",
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: " {{ `raw `raw\n 'c' true x \n $x `raw split break -}} x index }}",
    error: 'template: root:1: unexpected "raw" in operand',
  },
  {
    text: '*/if 1with "a"  -}}   `a` {{-  break( user{{ index /* /*',
    error: 'template: root:1: unexpected "(" in {{break}}',
  },
  {
    text: 'upper if -}} "%d"  upper é😀 with 1{{',
    error: "template: root:1: unclosed action",
  },
  {
    text: '{{ \n "a"`a` `a`',
    error: 'template: root:2: unexpected "`a`" in operand',
  },
  {
    text: "{{userupperbreakupper| `b\nc` else true with  ",
    error: 'template: root:1: function "userupperbreakupper" not defined',
  },
  {
    text: '{{ true withniltrue `a` "a" nil uppernil /* }}',
    error: 'template: root:1: function "withniltrue" not defined',
  },
  {
    text: '{{nil -1 eqelse \n range "unterminated 1 )"a""a" "unterminated \'c\' "%d" end end',
    error: 'template: root:1: function "eqelse" not defined',
  },
  {
    text: "{{ }}*/break break\tnil",
    error: "template: root:1: missing value for command",
  },
  {
    text: "{{/* truelen:= range",
    error: "template: root:1: unclosed comment",
  },
  {
    text: "{{ printfwith \n  -}} }}",
    error: 'template: root:1: function "printfwith" not defined',
  },
  {
    text: "{{ rangeindex end",
    error: 'template: root:1: function "rangeindex" not defined',
  },
  {
    text: 'upper*/ | template x"unterminated ( {{-  template \t upper with )"%d" "a"',
    error: 'template: root:1: unexpected "upper" in template clause',
  },
  {
    text: ' template| len eq  template "a"with{{- }} "t"',
    error: "template: root:1: missing value for command",
  },
  {
    text: '{{ $x else template"a" -1*/ `b\nc`range',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: '"a" `b\nc` {{-  "unterminated \tdefine template `b\nc` split }}',
    error: "template: root:2: unterminated quoted string",
  },
  {
    text: '{{ with `rawé😀  -}} xsplit eq $x"%d" }}else',
    error: "template: root:1: unterminated raw quoted string",
  },
  {
    text: '{{ 1 split "t" `a` }}',
    error: 'template: root:1:3: executing "root" at <1>: can\'t give argument to non-function 1',
  },
  {
    text: " :=upper ) {{ with break  -}} len := `a` }} \n ( \t `a`",
    error: "template: root:1: unexpected <break> in with",
  },
  {
    text: "{{   ( upper template }} range `b\nc` x   }} /*",
    error: "template: root:1: unexpected <template> in operand",
  },
  {
    text: "{{ len $x else`b\nc` */   eq }}",
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: '{{ `a`true "%d" upperindex eq}} else }} template"a"if"unterminated /* range /*',
    error: 'template: root:1: unexpected "true" in operand',
  },
  {
    text: " range `b\nc`indexindex define x with{{{{-  if break }}",
    error: 'template: root:2: unexpected "{" in command',
  },
  {
    text: "{{ nil \n true",
    error: "template: root:2: unclosed action started at root:1",
  },
  {
    text: ' end {{   "t" /*\t with*/ "-"  }}',
    error: 'template: root:1: unexpected "/" in operand',
  },
  {
    text: '{{\'c\' "a""t" upper',
    error: 'template: root:1: unexpected "\\"t\\"" in operand',
  },
  {
    text: ' lenprintf `b\nc` */ split templatetrue $x /*withuser {{ user with break"unterminated }}',
    error: "template: root:2: unexpected <with> in operand",
  },
  {
    text: '{{ \t "a" "unterminated end eq index define "t"-1 -1 |$x"a"range }}',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  {
    text: "{{-  define */ `b\nc` }}",
    error: 'template: root:1: unexpected "*" in define clause',
  },
  {
    text: " {{-  break   }}",
    error: "template: root:1: {{break}} outside {{range}}",
  },
  {
    text: "{{`a` \n len  -}}`b\nc` é😀 /* }}",
    error: 'template: root:1:2: executing "root" at <`a`>: can\'t give argument to non-function `a`',
  },
  {
    text: '{{ "unterminated"-" `a` é😀   split true',
    error: 'template: root:1: unexpected "-" in operand',
  },
  {
    text: "{{ else user) }}",
    error: 'template: root:1: unexpected "user" in else',
  },
  {
    text: '{{ $x nil   if len with `raw x }} */ }} x "-" := }}',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: '"t"end -1 {{ /*template /* if"%d" {{ end end {{ 1 nil`b\nc`',
    error: 'template: root:1: unexpected "/" in command',
  },
  {
    text: '{{\n `raw\t1 `a` split nil | nil`a`"-" 1',
    error: "template: root:2: bad character U+0060 '`' in action started at root:1",
  },
  {
    text: '{{ */"unterminated  "-" len printf   "-" := ( x`raw */ ( }}',
    error: 'template: root:1: unexpected "*" in command',
  },
  {
    text: '{{\n`a` */ \n"a"else \t := := else index$x `b\nc` true "unterminated \n',
    error: 'template: root:2: unexpected "*" in operand',
  },
  {
    text: "{{ \ndefineé😀 nil$x x end := else| -1\t",
    error: "template: root:2: bad character U+1F600 '😀' in action started at root:1",
  },
  {
    text: "{{ template }} -1 }}",
    error: 'template: root:1: unexpected "}}" in template clause',
  },
  {
    text: "{{ templateeq(else }}",
    error: 'template: root:1: function "templateeq" not defined',
  },
  {
    text: ' with nil{{ "a"range break }}',
    error: "template: root:1: unexpected <range> in operand",
  },
  {
    text: "{{ 'c' \n |\"unterminated 'c' index \"%d\"",
    error: 'template: root:2: unexpected "%" in operand',
  },
  {
    text: ' }} definenildefine range nil eq {{-  "a" `a` }}',
    error: 'template: root:1:38: executing "root" at <"a">: can\'t give argument to non-function "a"',
  },
  {
    text: '{{ upper-1 ) \n  -}} \'c\' $x :=  "t" "%d" \n "t" := \t }}',
    error: "template: root:1: bad character U+002D '-'",
  },
  {
    text: "{{é😀( index\"unterminated 'c' with",
    error: "template: root:1: bad character U+1F600 '😀'",
  },
  {
    text: '{{ "t""%d" \n',
    error: 'template: root:1: unexpected "\\"%d\\"" in operand',
  },
  {
    text: '{{ template "-" `raw/*\n end',
    error: "template: root:1: unterminated raw quoted string",
  },
  {
    text: "{{ nil 'c' x split index \t ( \"%d\"with end }}",
    error: 'template: root:1: function "x" not defined',
  },
  {
    text: '{{`a`}} "%d"   split "a"if $x é😀',
    ok: true,
  },
  {
    text: " é😀break with {{  -}}nil eq) end break`b\nc` }}",
    error: "template: root:1: missing value for command",
  },
  {
    text: "{{ 'c'if*/else user",
    error: "template: root:1: bad character U+002A '*'",
  },
  {
    text: '{{ split \t "t" nilrange upper nil true `a` split ) }}',
    error: 'template: root:1: function "nilrange" not defined',
  },
  {
    text: '{{ "%d"define with x }} `raw)printf /* nil }}',
    error: "template: root:1: unexpected <define> in operand",
  },
  {
    text: '{{  "%d" `b\nc` split /* }}',
    error: 'template: root:2: unexpected "/" in operand',
  },
  {
    text: ' with with {{\'c\' \n if "a"user"unterminated if -1  "t"',
    error: "template: root:2: unexpected <if> in operand",
  },
  {
    text: '{{\n é😀 "t" é😀 `raw}} define \n eq ( break eqtemplate',
    error: "template: root:2: bad character U+1F600 '😀' in action started at root:1",
  },
  {
    text: "{{ user -1 range",
    error: "template: root:1: unexpected <range> in operand",
  },
  {
    text: "{{range := ( \t user range nilnil user }}",
    error: 'template: root:1: unexpected ":=" in range',
  },
  {
    text: '{{ "t" `b\nc`)( break\t) end eqtrue definedefine -1break }}',
    error: 'template: root:2: unexpected ")" in command',
  },
  {
    text: 'withtemplate é😀 break`raw {{if/* ) \t printf :="a"| }}',
    error: "template: root:1: bad character U+002F '/'",
  },
  {
    text: "{{ 'c'break defineupper user é😀:=",
    error: "template: root:1: unexpected <break> in operand",
  },
  {
    text: '{{ true"a" user |',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  {
    text: '{{ $x x `a`printfé😀 else `a` define :="t" -1 */ /* upper }}',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: "{{'c'eq len := define }}",
    error: 'template: root:1: unexpected "eq" in operand',
  },
  {
    text: '{{ ) "%d" "t" /* \'c\' printf\n }}  -}} nil template user end )',
    error: 'template: root:1: unexpected ")" in command',
  },
  {
    text: '{{ equser ) printf| nil endtrueprintf upper /* "unterminated "-"',
    error: 'template: root:1: function "equser" not defined',
  },
  {
    text: "{{end user split definetemplate 1len   := $x ( /* -1 }}",
    error: 'template: root:1: unexpected "user" in end',
  },
  {
    text: ' := :=template len break {{-  := "unterminated \n"%d""%d" end ) index  -}}',
    error: 'template: root:1: unexpected ":=" in command',
  },
  {
    text: ' "-" /* "-" printf */ }}{{-1 $x `b\nc` -1 \n',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: '1 |end eq {{ "a"( `b\nc`else x "t"x  -}} printf',
    error: 'template: root:1: unexpected "(" in operand',
  },
  {
    text: "{{$x eq `b\nc` ( len 'c' upperif`raw split \t \"t\"$x /* nil }}",
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    text: "{{   end break \n | }}",
    error: "template: root:1: unexpected <break> in end",
  },
  {
    text: 'x "-" index "-" \ntemplate -1 break {{ nil`raw   template if /*',
    error: "template: root:2: bad character U+0060 '`'",
  },
  {
    text: '{{xtrue "unterminated "-"len*/"unterminated }}',
    error: 'template: root:1: function "xtrue" not defined',
  },
  {
    text: " end{{ |\n}} `b\nc`{{ split \n split {{",
    error: 'template: root:1: unexpected "|" in command',
  },
  {
    text: "{{:='c' )`raw }}",
    error: 'template: root:1: unexpected ":=" in command',
  },
  {
    text: "{{if splitrange|end `b\nc`user\n/*  -}} }}",
    error: 'template: root:1: function "splitrange" not defined',
  },
  {
    text: " /*(é😀 {{-    with $x := é😀",
    error: "template: root:1: bad character U+1F600 '😀'",
  },
  {
    text: "{{ eqbreak \n }}",
    error: 'template: root:1: function "eqbreak" not defined',
  },
  {
    text: ' \'c\'{{-  if `raw "t" eqx$x\n |"%d"printf `raw }}',
    error: 'template: root:2: unexpected "raw" in operand',
  },
  {
    text: "{{ template := xif define range printf -}}",
    error: 'template: root:1: unexpected ":=" in template clause',
  },
  {
    text: "{{else index )\n :=*/ :=range/* printf if split */x 'c' split }}",
    error: 'template: root:1: unexpected "index" in else',
  },
  {
    text: " upper \n {{ 'c''c' \n -}} split user printf",
    error: "template: root:2: unexpected \"'c'\" in operand",
  },
  {
    text: "{{`b\nc` range\n endx*/}} \n -1 break é😀 ( }}",
    error: "template: root:2: unexpected <range> in operand",
  },
  {
    text: '{{ "a"len end -1 ) "%d" nil nil with \nlen',
    error: 'template: root:1: unexpected "len" in operand',
  },
  {
    text: ' user index ) len :=with 1 $x */ "%d" é😀 nil */ ( with {{ }}',
    error: "template: root:1: missing value for command",
  },
  {
    text: '{{:= "%d"end$x }}',
    error: 'template: root:1: unexpected ":=" in command',
  },
  {
    text: '{{ break "t"`a`-1 é😀 `b\nc`define| `b\nc` }}',
    error: 'template: root:1: unexpected "\\"t\\"" in {{break}}',
  },
  {
    text: "{{ /* upper | index",
    error: 'template: root:1: unexpected "/" in command',
  },
  {
    text: '{{ if */ "-"  `b\nc` len printfnil -}} eq len"%d" define truewith }}',
    error: 'template: root:1: unexpected "*" in if',
  },
  {
    text: '   {{- with {{ /* | \t "%d" eq x `raw $x else if {{-  }}',
    error: 'template: root:1: unexpected "{" in with',
  },
  {
    text: ' {{- "-" ( user }}',
    error: "template: root:1: unclosed left paren",
  },
  {
    text: '{{"%d" :=range  -}}range \n ( index x x \n split withlen é😀 template }}',
    error: 'template: root:1: unexpected ":=" in operand',
  },
  {
    text: '"t"upper else len "t" x}}   {{-  ( breaktemplate /* split printf }}',
    error: 'template: root:1: function "breaktemplate" not defined',
  },
  {
    text: ' {{ "-" splitsplit }}',
    error: 'template: root:1: function "splitsplit" not defined',
  },
  {
    text: "template range \n template {{ rangeend'c' ( else len \"a\" é😀  `b\nc`",
    error: "template: root:2: bad character U+0027 '''",
  },
  {
    text: '{{ ( if `a`$x `raweq "%d"index break   `raw`raw \n :=index }}',
    error: "template: root:1: unexpected <if> in parenthesized pipeline",
  },
  {
    text: '{{ \t}} 1 /* "%d" upper `a` \n "a"  `a`é😀|| "a"   }}',
    error: "template: root:1: missing value for command",
  },
  {
    text: '{{ "unterminated if len | index leneq \n   }}',
    error: "template: root:1: unterminated quoted string",
  },
  {
    text: "{{ printf nil define }}",
    error: "template: root:1: unexpected <define> in operand",
  },
  {
    text: ' `raw{{ */ |"unterminated with */',
    error: 'template: root:1: unexpected "*" in command',
  },
  {
    text: '{{ break 1template \t printf -1 define é😀 user define "-" :=',
    error: 'template: root:1: bad number syntax: "1t"',
  },
  {
    text: ' eq$xupper {{ `a` if"a" -1 := \n\t "%d" indextemplate1',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  {
    text: '{{ else}} }} $x:=define eq "-"end index -1 `b\nc`',
    error: "template: root:1: unexpected {{else}}",
  },
  {
    text: "{{ with templateend }}",
    error: 'template: root:1: function "templateend" not defined',
  },
  {
    text: "{{ nil user $xtemplate }}",
    error: 'template: root:1: undefined variable "$xtemplate"',
  },
  {
    text: '{{  -}}"%d" `b\nc` }} printf }}',
    error: "template: root:1: missing value for command",
  },
  {
    text: "{{'c' -1 \"-\" }}",
    error: "template: root:1:2: executing \"root\" at <'c'>: can't give argument to non-function 'c'",
  },
  {
    text: '{{ endeq "-"\n with if )',
    error: 'template: root:1: function "endeq" not defined',
  },
  {
    text: 'len$x `b\nc`/* "t" index {{-  }}',
    error: "template: root:2: missing value for command",
  },
  {
    text: '{{ range "a"break',
    error: "template: root:1: unexpected <break> in operand",
  },
  {
    text: " len {{'c' upper \n \"-\" }}",
    error: "template: root:1:7: executing \"root\" at <'c'>: can't give argument to non-function 'c'",
  },
  {
    text: "{{   \n -1 'c' 'c' endwith upper }}",
    error: 'template: root:2: function "endwith" not defined',
  },
  {
    text: "{{ /* |   indexbreak `a` len | \nuserif $x with `b\nc` }}",
    error: 'template: root:1: unexpected "/" in command',
  },
  {
    text: " eq 'c' {{ | split else -1`a` \"%d\" }}",
    error: 'template: root:1: unexpected "|" in command',
  },
  {
    text: "{{split index 'c' len x é😀-1template 1  -}} }}",
    error: 'template: root:1: function "x" not defined',
  },
  {
    text: '{{ definetemplate "unterminated "t" /*printfrange -1eq "t" \n eq |"a" }}',
    error: 'template: root:1: function "definetemplate" not defined',
  },
  {
    text: '  "a"$x   \t end len`a`\n {{-  }}define $x break',
    error: "template: root:2: missing value for command",
  },
  {
    text: "{{ 'c'upper (/*x\t range }}break splitelse",
    error: 'template: root:1: unexpected "upper" in operand',
  },
  {
    text: '  -}} end-1 define | `a` "a" true {{else "a" 1 }}',
    error: 'template: root:1: unexpected "\\"a\\"" in else',
  },
  {
    text: "{{)\t1 }}",
    error: 'template: root:1: unexpected ")" in command',
  },
  {
    text: ' "a" with -}}\n"%d"end len| |"%d"\'c\' {{-  if \n',
    error: "template: root:3: unclosed action started at root:2",
  },
  {
    text: "{{ `raw*/ nil split range )split true end:=) elsenil }}",
    error: "template: root:1: unterminated raw quoted string",
  },
  {
    text: '{{ "unterminated $xend "a" len',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  {
    text: "{{nil 'c' \"a\"true }}",
    error: 'template: root:1: unexpected "true" in operand',
  },
  {
    text: "{{ withelse \n }}",
    error: 'template: root:1: function "withelse" not defined',
  },
  {
    text: '{{  \n `b\nc`nil range   "unterminated := else if \n \t 1 }}',
    error: "template: root:3: unexpected <nil> in operand",
  },
  {
    text: " {{-  é😀 x }}",
    error: "template: root:1: bad character U+1F600 '😀'",
  },
];
