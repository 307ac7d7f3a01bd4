// Observed behaviour of Packer 1.6.6 on generated templates (seeded token soup and a small call grammar; /tmp generators).
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
  {
    expr: '{{ build_name `a` "%Y"   "%Y" "%Y" with }}replaceisotime 1 }}',
    error: "template: root:1: unexpected <with> in operand",
  },
  {
    expr: '{{ len . replace_all }} pwd"-" }} print 1 lower }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: "{{ and call }}",
    error:
      'template: root:1:7: executing "root" at <call>: wrong number of args for call: want at least 1 got 0',
  },
  {
    expr: "println 1 ( `a` call print 'c' {{-  $x  -}}2.5 and-1template",
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    expr: '{{ js "t" range js "%d" urlquery pwdbuild_name lower template_dir "%s %v" replace_all urlquery  eq }}',
    error: "template: root:1: unexpected <range> in operand",
  },
  { expr: '{{ }}:= $ "a" print }}', error: "template: root:1: missing value for command" },
  { expr: "{{ js .A.B x call slice trueprintln", error: 'template: root:1: function "x" not defined' },
  { expr: "{{ `a`-1 }}", error: 'template: root:1: unexpected "-1" in operand' },
  {
    expr: "{{ -}} template split 1 call jselse env `a` printf println }}",
    error: "template: root:1: missing value for command",
  },
  { expr: '{{ , break `b` , "%Y"  \'c\'"%Y" println', error: 'template: root:1: unexpected "," in command' },
  {
    expr: "{{ | or if user1 $ slice := slice $xé sed nil :=",
    error: 'template: root:1: unexpected "|" in command',
  },
  {
    expr: "{{ break env call.Foo break .Fooprint x template }}",
    error: 'template: root:1: unexpected "env" in {{break}}',
  },
  { expr: '{{ 0 call ) upper"t"=/*', error: 'template: root:1: unexpected ")" in command' },
  { expr: "{{ if:= pwd }}", error: 'template: root:1: unexpected ":=" in if' },
  { expr: "{{ `b` definenot }}", error: 'template: root:1: function "definenot" not defined' },
  {
    expr: '"%Y" {{ call $ é := println {{- split pwd :="%d""%d" }}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: '{{ build_name index   replacereplaceelse -1 */range "%Y"}} html 2.5',
    error: 'template: root:1: function "replacereplaceelse" not defined',
  },
  { expr: '{{ sed ) envcall = not"2006"', error: 'template: root:1: unexpected ")" in command' },
  {
    expr: "env with with {{ eq |env  -}}end user2.5 split   not break",
    error:
      'template: root:1:17: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  { expr: '{{ := "-" replace_all /* lower }}', error: 'template: root:1: unexpected ":=" in command' },
  { expr: '{{-  "2006" := println println }}', error: 'template: root:1: unexpected ":=" in operand' },
  { expr: "{{ ) .A.B }}", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: 'ne print continue eq "a"  `b` nil build_name {{ strftime template {{-  "a" sed',
    error: "template: root:1: unexpected <template> in operand",
  },
  {
    expr: "{{ |eq strftime /* and */index. range urlquery ( }}",
    error: 'template: root:1: unexpected "|" in command',
  },
  { expr: "{{ sed indexeq ) }}", error: 'template: root:1: function "indexeq" not defined' },
  {
    expr: 'if "%d" strftime "t" .Foo  -}}{{strftime */ }}',
    error: 'template: root:1: unexpected "*" in operand',
  },
  {
    expr: "{{ true   niltemplate_dir /* user split -1 range",
    error: 'template: root:1: function "niltemplate_dir" not defined',
  },
  {
    expr: 'strftime "t" {{ build_name `b` "t" */ userurlquery',
    error: 'template: root:1: unexpected "*" in operand',
  },
  {
    expr: 'range := else eq 0 html true"%Y" urlquery{{-  x }}',
    error: 'template: root:1: function "x" not defined',
  },
  { expr: "{{ print break = }}", error: "template: root:1: unexpected <break> in operand" },
  {
    expr: '{{ .A.B user nil lower "-"  -}} ) define strftime else /* }}',
    out: "<no value>) define strftime else /* }}",
  },
  {
    expr: "{{ 2.5 env }}",
    error: 'template: root:1:3: executing "root" at <2.5>: can\'t give argument to non-function 2.5',
  },
  {
    expr: '{{ printf else    nillower | "%d"  1 }}',
    error: "template: root:1: unexpected <else> in operand",
  },
  {
    expr: "{{ strftime */ template_dir isotime0 end-1 isotime not",
    error: 'template: root:1: unexpected "*" in operand',
  },
  {
    expr: '{{ len `a` "2006" $ }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  { expr: '{{ nil1 "2006" := or , replace"%Y" }}', error: 'template: root:1: function "nil1" not defined' },
  { expr: '{{-  .   $ sed println {{-  $ "-" }}', error: 'template: root:1: unexpected "{" in operand' },
  {
    expr: '{{ strftime "-" true and .Foo urlquery sed "%Y" and  -}} }} "t" "-" }}',
    error:
      'template: root:1:3: executing "root" at <strftime>: wrong number of args for strftime: want 1 got 8',
  },
  {
    expr: "{{ 1 }} lt 'c'  -}} build_nameand println \"%d\"   é 'c' /* isotime\"%Y\"",
    out: "1 lt 'c'  -}} build_nameand println \"%d\"   é 'c' /* isotime\"%Y\"",
  },
  { expr: '{{ nejs . }}eq "-"  $ slice . eq }}', error: 'template: root:1: function "nejs" not defined' },
  { expr: "{{ .Foo lower call )   replace }}", error: 'template: root:1: unexpected ")" in command' },
  { expr: "replace_all {{-  if userlen'c' }}", error: "template: root:1: bad character U+0027 '''" },
  {
    expr: "{{ urlqueryend urlquery lower or0 é 2.5 isotime nilnil }}",
    error: 'template: root:1: function "urlqueryend" not defined',
  },
  {
    expr: '{{ -}} ) index isotime  "-" with , -1}} print }}',
    error: "template: root:1: missing value for command",
  },
  {
    expr: "{{ /* }} 1 build_name$x printf  .Foo 'c' $if with or }}",
    error: 'template: root:1: unexpected "/" in command',
  },
  { expr: "{{ ) split 0 split trueprintln 1 if }}", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: '{{ "%d" println js.A.B$xé and env . ) /* lower }}',
    error: "template: root:1: bad character U+0024 '$'",
  },
  {
    expr: "{{ 1len urlquery lt  split ) pwd isotime |split",
    error: 'template: root:1: bad number syntax: "1l"',
  },
  { expr: '{{ envenv "%Y" upper user printf 2.5', error: 'template: root:1: function "envenv" not defined' },
  {
    expr: '{{ index "t"isotimesed println html with $x html "a" and }}',
    error: 'template: root:1: unexpected "isotimesed" in operand',
  },
  {
    expr: "{{ not 'c'print ne break print html .Foo pwd sed\"%Y\"",
    error: 'template: root:1: unexpected "print" in operand',
  },
  {
    expr: '{{ lt else "t" "%Y" html =sed if len }}',
    error: "template: root:1: unexpected <else> in operand",
  },
  { expr: '{{ js user , "-" . end .Foo }}', error: 'template: root:1: unexpected "," in operand' },
  {
    expr: '{{ ( .A.B printf = range "%s %v" and "%d" `b` template_dirlower  é isotime }}',
    error: 'template: root:1: unexpected "=" in operand',
  },
  { expr: '{{ .$  "a" and x htmlprintln call }}', error: "template: root:1: bad character U+0024 '$'" },
  { expr: "{{ true split pwdpwd }}", error: 'template: root:1: function "pwdpwd" not defined' },
  { expr: "{{ /* index  $ .Foo or", error: 'template: root:1: unexpected "/" in command' },
  {
    expr: '{{ or ( ltne $x -1lt/* .Foo if nil end else "t" }}',
    error: 'template: root:1: function "ltne" not defined',
  },
  {
    expr: '{{ lowerlt with template_dir len call -1"-" "t" }}',
    error: 'template: root:1: function "lowerlt" not defined',
  },
  { expr: '{{ sed "2006"( .A.B }}', error: 'template: root:1: unexpected "(" in operand' },
  {
    expr: "{{ print lowerlower   or isotime  endreplace nil $ nil",
    error: 'template: root:1: function "lowerlower" not defined',
  },
  { expr: '{{ "a" isotime index', error: "template: root:1: unclosed action" },
  {
    expr: "{{ , template_dir env continue 2.5 0or strftime printf é /* slice }}",
    error: 'template: root:1: unexpected "," in command',
  },
  { expr: "{{ template", error: "template: root:1: unclosed action" },
  {
    expr: '{{ . template_dir split strftimeindex with range neenv and "%d" continue }}',
    error: 'template: root:1: function "strftimeindex" not defined',
  },
  { expr: "{{ slice build_name ( }}", error: "template: root:1: unclosed left paren" },
  { expr: "{{ and sed template", error: "template: root:1: unexpected <template> in operand" },
  {
    expr: "{{ isotime env lower }}",
    error: 'template: root:1:11: executing "root" at <env>: wrong number of args for env: want 1 got 0',
  },
  {
    expr: '{{ -1 é . js  break x print pwd 0call .A.B print .A.B "2006" }}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: "{{ eq range build_name) env x  true rangeisotime",
    error: "template: root:1: unexpected <range> in operand",
  },
  {
    expr: "'c' nil 'c' uppernot end `b`upper not \"t\"{{-  js\"t\" html",
    error: "template: root:1: bad character U+0022 '\"'",
  },
  { expr: "{{ else range `a` len-1 print }}", error: "template: root:1: unexpected <range> in else" },
  {
    expr: ") x {{-  build_name replace_all 2.5 withelse index slice {{ }}",
    error: 'template: root:1: function "withelse" not defined',
  },
  {
    expr: "'c' {{-  .A.B if 2.5 .A.B \"-\" ) upper and }}",
    error: "template: root:1: unexpected <if> in operand",
  },
  { expr: "{{ print range ,`b`", error: "template: root:1: unexpected <range> in operand" },
  {
    expr: '{{ call `b`"%Y" printf split call , isotime  build_name }}',
    error: 'template: root:1: unexpected "\\"%Y\\"" in operand',
  },
  {
    expr: "{{ and user not html range len continue upper 'c' isotime 1",
    error: "template: root:1: unexpected <range> in operand",
  },
  {
    expr: '{{ and "2006" sliceor upper slice "%s %v" or 2.5nene build_name }}',
    error: 'template: root:1: function "sliceor" not defined',
  },
  { expr: '"-" 0 (   $x {{-  "t" /* eq }}', error: 'template: root:1: unexpected "/" in operand' },
  {
    expr: "{{ not  -}} = template_dir split `b`    end index }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  { expr: "{{ env println", error: "template: root:1: unclosed action" },
  {
    expr: "{{ |.Foo nilrangex nilandprint )  -}} . printf }}",
    error: 'template: root:1: unexpected "|" in command',
  },
  {
    expr: '. replace {{ replace "t" println 0 strftime sed js (template x',
    error: "template: root:1: unexpected <template> in parenthesized pipeline",
  },
  { expr: ') break{{ break ) ) "a"', error: 'template: root:1: unexpected ")" in {{break}}' },
  {
    expr: '{{ "2006"lower "-"`b` replace_all   :=replace_all 2.5 user\'c\' $ 2.5 env $',
    error: 'template: root:1: unexpected "lower" in operand',
  },
  { expr: "{{ `a` htmlor'c' ( else| printf", error: "template: root:1: bad character U+0027 '''" },
  {
    expr: "{{ \"a\" and continue nil'c'  -}} eq-1 = len1 js replace_all /*",
    error: "template: root:1: unexpected <continue> in operand",
  },
  {
    expr: "{{ . eq }}",
    error: 'template: root:1:3: executing "root" at <.>: can\'t give argument to non-function .',
  },
  {
    expr: '( and {{ "%d" urlquery 2.5 not printfurlquery $x -1 */ if }}',
    error: 'template: root:1: function "printfurlquery" not defined',
  },
  {
    expr: '{{ len continuereplace_all replace sed isotime js ( not "%s %v" 1 :=if /* end',
    error: 'template: root:1: function "continuereplace_all" not defined',
  },
  {
    expr: "{{ $x }} define user nil template_dir , | break lower 'c' if .A.B",
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    expr: '{{ end | lower := $ |strftime user ne "%d" printf `a` template }}',
    error: 'template: root:1: unexpected "|" in end',
  },
  { expr: "{{ template_dir ) slice strftime .", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: "{{ $ 'c' split }}",
    error: 'template: root:1:3: executing "root" at <$>: can\'t give argument to non-function $',
  },
  {
    expr: "{{ pwd isotime elsereplace_all .A.B",
    error: 'template: root:1: function "elsereplace_all" not defined',
  },
  {
    expr: "{{ replace   print .   continue slice build_name upper     .A.B",
    error: "template: root:1: unexpected <continue> in operand",
  },
  { expr: "{{ with , /*   println }}", error: 'template: root:1: unexpected "," in with' },
  { expr: '{{ := 2.5:= "-"  -}} =', error: 'template: root:1: unexpected ":=" in command' },
  { expr: "{{ é   lt( pwd|(", error: 'template: root:1: function "é" not defined' },
  {
    expr: '{{ build_name $ replacene "%d" */ }}',
    error: 'template: root:1: function "replacene" not defined',
  },
  {
    expr: '{{ 0 .Foo sed replace) index nil endprintln "%Y"upper }}',
    error: 'template: root:1: unexpected ")" in command',
  },
  {
    expr: '{{ sed "%Y" }}',
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ sed indexnotdefine ne $ eq else user",
    error: 'template: root:1: function "indexnotdefine" not defined',
  },
  {
    expr: "{{ urlquery lt replace `b` pwd call rangereplace_all call }}",
    error: 'template: root:1: function "rangereplace_all" not defined',
  },
  {
    expr: '{{ println if and slice "a" -}} isotime "%Y" }}',
    error: "template: root:1: unexpected <if> in operand",
  },
  {
    expr: '{{ "-" js true nil . and break */ "-" ifreplace_all `b` }}',
    error: "template: root:1: unexpected <break> in operand",
  },
  { expr: "{{ 0 .Foo =", error: 'template: root:1: unexpected "=" in operand' },
  {
    expr: "{{ 'c' ifsplit strftime (user template 2.5 \"-\" $x = 2.5 user template_dir }}",
    error: 'template: root:1: function "ifsplit" not defined',
  },
  {
    expr: 'end eq .Foo {{ {{-  nepwd$ urlquery  `a`"2006"',
    error: 'template: root:1: unexpected "{" in command',
  },
  {
    expr: '{{ urlquery "%s %v" "%d" é  -}} true ) println if}}}}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: '{{ é "2006" $ env ( user */ print := .A.B print }}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: '{{ é range strftime printne template_dirpwd pwd"%d" }}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: "{{ template_dir js   $ continue strftime eqif print",
    error: "template: root:1: unexpected <continue> in operand",
  },
  {
    expr: "{{ strftime template template_dir :=eq }}",
    error: "template: root:1: unexpected <template> in operand",
  },
  {
    expr: '{{ true user "-" pwd é "t" 1 env println /* \'c\' urlquery',
    error: 'template: root:1: function "é" not defined',
  },
  { expr: "{{ = slice len and . }}", error: 'template: root:1: unexpected "=" in command' },
  {
    expr: '{{ $ "t" */ break "%Y"| /* -1   ne .A.Breplace_all replace_allsed 2.5 }}',
    error: 'template: root:1: unexpected "*" in operand',
  },
  { expr: 'or andlen end else "%d" }} {{', error: "template: root:1: unclosed action" },
  { expr: "{{ pwd range \"%Y\" urlquery 'c'", error: "template: root:1: unexpected <range> in operand" },
  {
    expr: "{{ ne index $ }}",
    error:
      'template: root:1:6: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  {
    expr: '2.5 "%Y""%s %v" 1replace ) {{ $x . }} sed 1 "t" template sed',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    expr: '{{ define end"2006":= lt `b` println index user 1  0 len',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  {
    expr: '{{ or split   "a".Fooenv js     $x js urlquery "a" */ }}',
    error: 'template: root:1: unexpected . after term "\\"a\\""',
  },
  {
    expr: '{{ println"2006" println 2.5 )\'c\' "%d" split é call "-"call if env "2006"',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  { expr: "{{ if   index strftime pwd }}", error: "template: root:1: unexpected EOF" },
  { expr: "{{ )split println", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: '{{ /*"%Y" "%s %v" 2.5 split if "a""2006" continue }}',
    error: 'template: root:1: unexpected "/" in command',
  },
  {
    expr: '{{ */"t" "a" println println template lower call slice }}',
    error: 'template: root:1: unexpected "*" in command',
  },
  {
    expr: "{{ template urlquery eqjs user sed }}",
    error: 'template: root:1: unexpected "urlquery" in template clause',
  },
  { expr: "{{ else range call printf := , }} and }}", error: "template: root:1: unexpected <range> in else" },
  {
    expr: '{{ .Foo)split lower -}} */ "%s %v" printlnbuild_name',
    error: 'template: root:1: unexpected ")" in command',
  },
  { expr: '{{ call:= .Foo with "2006" index }}', error: 'template: root:1: unexpected ":=" in operand' },
  {
    expr: "{{ `b` lower (break é $ -}} 2.5}} , upper }}",
    error: "template: root:1: unexpected <break> in parenthesized pipeline",
  },
  {
    expr: "{{ len truenil. .Foo 'c' index if -1  -}} print build_name*/",
    error: 'template: root:1: function "truenil" not defined',
  },
  { expr: "{{ call split eq template", error: "template: root:1: unexpected <template> in operand" },
  { expr: "{{ if slice ) 'c' build_name 'c' }}", error: 'template: root:1: unexpected ")" in if' },
  { expr: "{{ */ split else1 and é }}", error: 'template: root:1: unexpected "*" in command' },
  { expr: "{{ 0$ nil  -}}", error: 'template: root:1: unexpected "$" in operand' },
  {
    expr: '{{ html with "%Y" lt "%Y" ( userisotime `a` .A.B .Foo }}',
    error: "template: root:1: unexpected <with> in operand",
  },
  { expr: '{{ "%s %v" if with .', error: "template: root:1: unexpected <if> in operand" },
  { expr: "{{ user ) $x }}", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: "{{ replace_all call }}",
    error:
      'template: root:1:3: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  { expr: '{{ eq "%s %v" print define `a`eq }}', error: "template: root:1: unexpected <define> in operand" },
  { expr: "{{ $ .A.B envend not (   ne   js }}", error: 'template: root:1: function "envend" not defined' },
  { expr: '{{ := -1 "-"| }}', error: 'template: root:1: unexpected ":=" in command' },
  { expr: "urlquery {{.replace }}", out: "urlquery <no value>" },
  {
    expr: '{{ and*/"t" if $x and template range 2.5 }} lower x pwd not',
    error: "template: root:1: bad character U+002A '*'",
  },
  {
    expr: '{{ /* {{-  define urlquery split replace "t" callelse ) {{-  ne }}',
    error: 'template: root:1: unexpected "/" in command',
  },
  { expr: "{{ ltpwdjs }} if and lt }}", error: 'template: root:1: function "ltpwdjs" not defined' },
  {
    expr: "{{ ne 2.5and continue not 'c' | print continue /* */ }}",
    error: 'template: root:1: bad number syntax: "2.5a"',
  },
  { expr: '{{ "-" -1', error: "template: root:1: unclosed action" },
  {
    expr: "{{ strftimelté build_name eq or }}",
    error: 'template: root:1: function "strftimelté" not defined',
  },
  { expr: '{{ = "a" }}', error: 'template: root:1: unexpected "=" in command' },
  {
    expr: "{{ split }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: "{{ := ) = 1 elseé .A.B replace `b`  :=template_dirhtml break template_dir",
    error: 'template: root:1: unexpected ":=" in command',
  },
  { expr: "{{ user html }}", out: "" },
  {
    expr: '{{ ne$/* "2006".Foo}} "t" build_name "%d" strftime 1 }}',
    error: "template: root:1: bad character U+0024 '$'",
  },
  {
    expr: '{{ print build_name .A.B "a" }}',
    error:
      'template: root:1:9: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  {
    expr: 'upper call 2.5 {{-  urlquery é range  | 1 -1 urlquery "-" pwd }}',
    error: 'template: root:1: function "é" not defined',
  },
  { expr: "{{ .A.B x printf strftime }}", error: 'template: root:1: function "x" not defined' },
  { expr: "truetemplate_dir ) index index urlquery env {{ .A.B", error: "template: root:1: unclosed action" },
  { expr: "{{ template_dir x }}", error: 'template: root:1: function "x" not defined' },
  {
    expr: '{{ with range ne .A.B call else"t""%Y" or = "-" .',
    error: "template: root:1: unexpected <range> in with",
  },
  { expr: "{{ true sed", error: "template: root:1: unclosed action" },
  {
    expr: 'isotime "2006" "%Y" = env "a" é pwd /* {{ user }} else sed }}',
    error: 'template: root:1:43: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  {
    expr: "{{ lower template urlquery replace .A.B html splitrange = user  -}}é2.5 x }}",
    error: "template: root:1: unexpected <template> in operand",
  },
  {
    expr: '{{ , user split $xjs end"t" "-" | strftime }}',
    error: 'template: root:1: unexpected "," in command',
  },
  { expr: '{{ print print true "%s %v" }}', out: "true%s %v" },
  {
    expr: '`a` , sed len nil = index , 0 {{ build_name template_dir -1 $ "%s %v" }}',
    error:
      'template: root:1:33: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 4',
  },
  { expr: "{{ )   splitbreak `a`ne `b` else }}", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: 'range"2006" {{-  printf )`b` é */ pwd and with',
    error: 'template: root:1: unexpected ")" in command',
  },
  {
    expr: '"-",= and $ lt \'c\' "%Y" define   {{-  .Foo }}',
    out: '"-",= and $ lt \'c\' "%Y" define<no value>',
  },
  { expr: "{{ .printfsplit = not   else }}", error: 'template: root:1: unexpected "=" in operand' },
  {
    expr: "slice index. nil build_name {{- with | {{- }}",
    error: 'template: root:1: unexpected "|" in with',
  },
  { expr: '{{ "a"sed 2.5 with call0 2.5 slice }}', error: 'template: root:1: unexpected "sed" in operand' },
  { expr: "{{ 1replace = `a` html x }}", error: 'template: root:1: bad number syntax: "1r"' },
  { expr: '{{ "%Y"   len | continue lower }}', error: "template: root:1: unexpected <continue> in command" },
  { expr: "{{ | é 1 pwd isotime }}", error: 'template: root:1: unexpected "|" in command' },
  {
    expr: '{{ nil replace env 0 replacehtml"a" urlquery template   nil-1 }}',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  {
    expr: 'lower define env {{-  $x {{ println htmlprintln "a" upperlt }}',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    expr: '{{ template_dirurlquery 0 ( and   "t" }}',
    error: 'template: root:1: function "template_dirurlquery" not defined',
  },
  {
    expr: "{{ é build_name println indexprintlnuseré }}",
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: '{{ lt .A.B pwdreplace   print eq isotime 1 */ "-"  -}}',
    error: 'template: root:1: function "pwdreplace" not defined',
  },
  {
    expr: "{{ x html$x continue continue call urlquery replace .A.B nil else if strftime pwd }}",
    error: 'template: root:1: function "x" not defined',
  },
  { expr: "{{ else", error: "template: root:1: unclosed action" },
  { expr: "{{ break /* 2.5 and:= template_dir }}", error: 'template: root:1: unexpected "/" in {{break}}' },
  {
    expr: "pwd `b` template_dir }} é pwd continue 0 {{-  define -}}split sedend",
    error: 'template: root:1: unexpected "}}" in define clause',
  },
  {
    expr: "{{ printf .Foo }}",
    error: 'template: root:1:10: executing "root" at <.Foo>: invalid value; expected string',
  },
  { expr: '{{ $x */ "a" html }}', error: 'template: root:1: undefined variable "$x"' },
  { expr: '{{ or "%s %v" print lt -}}print call', out: "%s %vprint call" },
  {
    expr: "{{ continue replace_allreplace_all nil if )",
    error: 'template: root:1: unexpected "replace_al"... in {{continue}}',
  },
  { expr: "{{ 2.5 or index$x  ( .A.B sed }}", error: "template: root:1: bad character U+0024 '$'" },
  { expr: "{{ |$x", error: 'template: root:1: unexpected "|" in command' },
  {
    expr: '{{ .A.B := end js|-1 split replace_allbuild_name and "t"sed "%Y"',
    error: 'template: root:1: unexpected ":=" in operand',
  },
  {
    expr: "{{ pwd .Foo }}",
    error: 'template: root:1:3: executing "root" at <pwd>: wrong number of args for pwd: want 0 got 1',
  },
  { expr: "{{ ne 1 . }}", out: "true" },
  {
    expr: "{{ split defineend println -1 range 0 , 2.5 }}",
    error: 'template: root:1: function "defineend" not defined',
  },
  {
    expr: "{{ env replace_all template range len }}",
    error: "template: root:1: unexpected <template> in operand",
  },
  { expr: "{{ }} end split strftime1 true", error: "template: root:1: missing value for command" },
  {
    expr: '{{ `a` pwd ="%d" indexend println continue slice*/ slice and -}}',
    error: 'template: root:1: unexpected "=" in operand',
  },
  { expr: '"2006" and define  env println/* sed{{', error: "template: root:1: unclosed action" },
  {
    expr: "`a`  x 'c'{{- `b` `a` }}",
    error: 'template: root:1:14: executing "root" at <`b`>: can\'t give argument to non-function `b`',
  },
  {
    expr: "{{ -}} definejs template_dir   print slice len -1 = len 'c' `b` é isotime }}",
    error: "template: root:1: missing value for command",
  },
  {
    expr: "{{ neuser js break template_dir user lower }}",
    error: 'template: root:1: function "neuser" not defined',
  },
  {
    expr: "{{ build_name js `b` .A.B 'c' printf}} eq eq \"%Y\" template )",
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 5',
  },
  { expr: "{{ lt lower else }}", error: "template: root:1: unexpected <else> in operand" },
  { expr: 'splitor eq "%s %v" lt . strftime{{- }}', error: "template: root:1: missing value for command" },
  {
    expr: '{{ é print nil html println pwd isotime := html .Foo "%d" 2.5 lensed := }}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: "{{ call sed }}",
    error: 'template: root:1:8: executing "root" at <sed>: wrong number of args for sed: want 2 got 0',
  },
  { expr: "{{ ", error: "template: root:1: unclosed action" },
  {
    expr: 'user)"-" pwd $ "a" break isotime replace else split printf{{ 1 }}',
    out: 'user)"-" pwd $ "a" break isotime replace else split printf1',
  },
  { expr: "{{ pwd */ with 2.5 strftime }}", error: 'template: root:1: unexpected "*" in operand' },
  { expr: 'println `b`  -}} "t" "-" lower {{- }}', error: "template: root:1: missing value for command" },
  {
    expr: "{{ continue rangene and $ urlquery }}",
    error: 'template: root:1: unexpected "rangene" in {{continue}}',
  },
  {
    expr: 'urlquerybreak  -}} {{-   print$ {{-  "%s %v" build_name }} \'c\' "2006" = }}',
    error: "template: root:1: bad character U+0024 '$'",
  },
  {
    expr: "{{ }} pwd*/ not with2.5print isotime true `a` }}",
    error: "template: root:1: missing value for command",
  },
  {
    expr: "continue len{{slice }}",
    error:
      'template: root:1:14: executing "root" at <slice>: wrong number of args for slice: want at least 1 got 0',
  },
  { expr: '{{ .Foo printf"2006" }}', error: "template: root:1: bad character U+0022 '\"'" },
  {
    expr: "{{ , user replace_all ifand2.5 eq lt with, and envne not }}",
    error: 'template: root:1: unexpected "," in command',
  },
  { expr: "or print = htmldefine {{-  ):=and lt }}", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: '{{ break `a` ne 2.5 "%d"pwdnot isotime build_name split "%Y" not := build_name true',
    error: 'template: root:1: unexpected "`a`" in {{break}}',
  },
  { expr: "{{ envtemplate", error: 'template: root:1: function "envtemplate" not defined' },
  { expr: "{{ ifx }}", error: 'template: root:1: function "ifx" not defined' },
  { expr: ",{{-  {{   strftime }}", error: 'template: root:1: unexpected "{" in command' },
  { expr: "{{ println := , `a` -1 }}", error: 'template: root:1: unexpected ":=" in operand' },
  {
    expr: 'index -}} eq "-" template x index:= 1replace_all else jstemplate_dir {{- }}',
    error: "template: root:1: missing value for command",
  },
  {
    expr: "{{ `a`  -}} end pwd iftruecontinuereplace upperprint }}",
    out: "aend pwd iftruecontinuereplace upperprint }}",
  },
  {
    expr: '{{ := with true x isotime */ template_dir "t" js `b` index x replace_all index',
    error: 'template: root:1: unexpected ":=" in command',
  },
  {
    expr: "{{ `b`template (   */ pwd js nil define continue",
    error: "template: root:1: unexpected <template> in operand",
  },
  { expr: '{{ ( "-" = if"%Y" continue }}', error: 'template: root:1: unexpected "=" in operand' },
  {
    expr: '1 user "%d" 2.5 template define urlquery */{{ and  é "%Y""%s %v" )',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: "{{ or 2.5 replace 1 $xreplacelen true }}",
    error: 'template: root:1: undefined variable "$xreplacelen"',
  },
  {
    expr: "`a` replace_all  -}} len {{`b`'c'  -}}",
    error: "template: root:1: unexpected \"'c'\" in operand",
  },
  {
    expr: '2.5"-" slice .A.B if nilupper index   {{-  strftime  if := }}',
    error: "template: root:1: unexpected <if> in operand",
  },
  { expr: '{{ witheq"a" user }}println }}', error: "template: root:1: bad character U+0022 '\"'" },
  {
    expr: "slice {{ template template html }}",
    error: "template: root:1: unexpected <template> in template clause",
  },
  { expr: "{{ = ( ( }}", error: 'template: root:1: unexpected "=" in command' },
  { expr: "{{ }} html }}", error: "template: root:1: missing value for command" },
  { expr: '{{ , é continue "%d" nilnil', error: 'template: root:1: unexpected "," in command' },
  { expr: "{{ true or", error: "template: root:1: unclosed action" },
  { expr: '{{ replace_all"%d"call true }}', error: "template: root:1: bad character U+0022 '\"'" },
  { expr: '{{ "2006"and slice }}', error: 'template: root:1: unexpected "and" in operand' },
  {
    expr: '{{ "%Y" 2.5 "t" := */ "%d" lt lt -1 é /*  -}}',
    error: 'template: root:1: unexpected ":=" in operand',
  },
  { expr: "ne {{ , lt eq( `a` sed-1 println }}", error: 'template: root:1: unexpected "," in command' },
  {
    expr: "slicex {{ 'c' end 0 env -1 {{ = {{ true }}",
    error: "template: root:1: unexpected <end> in operand",
  },
  {
    expr: '{{ lower "%Y" lt build_name }}',
    error: 'template: root:1:3: executing "root" at <lower>: wrong number of args for lower: want 1 got 3',
  },
  { expr: '{{ .Fooif "2006" replace_all "-" }}', out: "<no value>" },
  { expr: '{{ "2006" break env true }}', error: "template: root:1: unexpected <break> in operand" },
  { expr: "{{ /* split pwd/*", error: 'template: root:1: unexpected "/" in command' },
  { expr: "{{ replace true. replacecall else'c'", error: "template: root:1: unexpected <.> in operand" },
  {
    expr: '{{ */0 "%Y" lower (:= */eq   , "%Y" 1continue',
    error: 'template: root:1: unexpected "*" in command',
  },
  {
    expr: '{{ env "-" index "-" else split .Foo template /* html ( }}',
    error: "template: root:1: unexpected <else> in operand",
  },
  { expr: "{{ .Foo isotime printf call .A.B", error: "template: root:1: unclosed action" },
  { expr: "{{ $ x 0 */ */ and else upper end }}", error: 'template: root:1: function "x" not defined' },
  { expr: "{{ x. 2.5 with break eq template", error: 'template: root:1: function "x" not defined' },
  {
    expr: '{{ define2.5 pwd . env `a` "%s %v" nil printf printjs   `b` isotime }}',
    error: 'template: root:1: function "define2" not defined',
  },
  { expr: "{{ 'c'$x/* \"-\" range `b` env é $x }}", error: "template: root:1: bad character U+002F '/'" },
  {
    expr: '{{-  env urlquery "t"   continue é "%s %v" with {{- "2006" */ }} }} 1 }}',
    error: "template: root:1: unexpected <continue> in operand",
  },
  {
    expr: "{{ replacetemplate_dir (ne }}",
    error: 'template: root:1: function "replacetemplate_dir" not defined',
  },
  { expr: '{{-  not break "%d"-1user', error: "template: root:1: unexpected <break> in operand" },
  { expr: '{{ */ */   continueor "2006"  -}} and', error: 'template: root:1: unexpected "*" in command' },
  {
    expr: 'ne {{ | .A.B ,else build_name"a" ( else  template_dir }}',
    error: 'template: root:1: unexpected "|" in command',
  },
  { expr: "{{ := if }}", error: 'template: root:1: unexpected ":=" in command' },
  { expr: "env template_dir {{- }}", error: "template: root:1: missing value for command" },
  { expr: "and }} {{, =", error: 'template: root:1: unexpected "," in command' },
  {
    expr: '{{ rangeé */ define "t" é true "%d" strftime and true }}',
    error: 'template: root:1: function "rangeé" not defined',
  },
  { expr: "{{ pwdreplace $end }}", error: 'template: root:1: function "pwdreplace" not defined' },
  { expr: "{{ lower println and", error: "template: root:1: unclosed action" },
  {
    expr: '. ne /* lt( break ) print if {{"-" . }}',
    error: 'template: root:1:31: executing "root" at <"-">: can\'t give argument to non-function "-"',
  },
  { expr: "{{ js x \"a\" := end ) -1x .Foo}} 'c' (", error: 'template: root:1: function "x" not defined' },
  { expr: "{{ lower=-1 }}", error: "template: root:1: bad character U+003D '='" },
  { expr: '{{ "a" usernot `b`eqbuild_name', error: 'template: root:1: function "usernot" not defined' },
  { expr: '{{ index replace :="%Y"', error: 'template: root:1: unexpected ":=" in operand' },
  {
    expr: '{{ (sed split upper pwdsplit html */ /* isotime /* "%Y" replace_all index',
    error: 'template: root:1: function "pwdsplit" not defined',
  },
  {
    expr: "eq end) lt {{- template_dir continue -1 split isotime true",
    error: "template: root:1: unexpected <continue> in operand",
  },
  { expr: '{{ "%d" nilne $nillt"%d"strftime = }}', error: 'template: root:1: function "nilne" not defined' },
  { expr: "{{ /*  -}} slice ()println .Foo $x }}", error: 'template: root:1: unexpected "/" in command' },
  {
    expr: '{{ js  "%d" htmltemplate index :=if nil| = isotime }}',
    error: 'template: root:1: function "htmltemplate" not defined',
  },
  {
    expr: '{{ println 2.5"2006" é . "a" env 0 $ }}',
    error: 'template: root:1: unexpected "\\"2006\\"" in operand',
  },
  { expr: '{{ lower if "2006" }}', error: "template: root:1: unexpected <if> in operand" },
  {
    expr: '{{ eq }} "a"user replace_all `b` end "%d"user "2006" , print true slice }}',
    error: 'template: root:1:3: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  {
    expr: '{{ env split "2006"isotime replace \'c\'"-"',
    error: 'template: root:1: unexpected "isotime" in operand',
  },
  { expr: "replace_all template env */ {{-", error: 'template: root:1: illegal number syntax: "-"' },
  {
    expr: '{{ isotime env else with 0 nothtml "-"sed }}',
    error: "template: root:1: unexpected <else> in operand",
  },
  { expr: '{{ "%d",  |', error: 'template: root:1: unexpected "," in operand' },
  {
    expr: '{{ if /*println ne user slice replace "a" nil slice1 }}',
    error: 'template: root:1: unexpected "/" in if',
  },
  {
    expr: "{{ sed $ = eqisotime and| 'c' strftime end js eq range }}",
    error: 'template: root:1: unexpected "=" in operand',
  },
  { expr: '{{ "t" nil := ) lt }}', error: 'template: root:1: unexpected ":=" in operand' },
  { expr: "{{ pwd template", error: "template: root:1: unexpected <template> in operand" },
  {
    expr: 'sed ) }} "a" := {{-  slice true /* range "2006"if "%s %v" ne "%s %v" }}',
    error: 'template: root:1: unexpected "/" in operand',
  },
  { expr: "template {{-  {{-  with continue 2.5 }}", error: 'template: root:1: unexpected "{" in command' },
  {
    expr: '{{ len break /* := "-" -1 $x 2.5 nil :=js nil',
    error: "template: root:1: unexpected <break> in operand",
  },
  { expr: 'nil call "%d" . `a` 2.5 0 html {{ ) -1', error: 'template: root:1: unexpected ")" in command' },
  {
    expr: "{{ and    -}}   else user | lower }}",
    error:
      'template: root:1:3: executing "root" at <and>: wrong number of args for and: want at least 1 got 0',
  },
  { expr: '{{ "%s %v"true "%d" }}', error: 'template: root:1: unexpected "true" in operand' },
  { expr: '{{ not "a" and /* not"-" "-" }}', error: 'template: root:1: unexpected "/" in operand' },
  {
    expr: "{{ 2.5 -1 .A.B . }}",
    error: 'template: root:1:3: executing "root" at <2.5>: can\'t give argument to non-function 2.5',
  },
  {
    expr: 'épwd "a" printf lower or js \'c\' = {{ "%s %v" upper }}',
    error: 'template: root:1:38: executing "root" at <"%s %v">: can\'t give argument to non-function "%s %v"',
  },
  {
    expr: '"2006"   split{{-  sed x urlquery lt 1 }} call rangetrue }}',
    error: 'template: root:1: function "x" not defined',
  },
  {
    expr: '"a" call {{-  sed call "a" upperbuild_name isotime }}',
    error: 'template: root:1: function "upperbuild_name" not defined',
  },
  { expr: "{{ }} */ x not $ not printf  é", error: "template: root:1: missing value for command" },
  {
    expr: '{{ build_name | ne lower html"%Y":=template_dir else  -}}   js "%d"',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  { expr: "call and {{nil print if", error: "template: root:1: unexpected <if> in operand" },
  {
    expr: 'strftime "a" if {{-  build_name `b`   .Foo "-"   if',
    error: "template: root:1: unexpected <if> in operand",
  },
  { expr: "{{ println .A.B */ upper }}", error: 'template: root:1: unexpected "*" in operand' },
  {
    expr: '{{ replace_all é define pwd end = eq $ . "%d" $x end }}',
    error: 'template: root:1: function "é" not defined',
  },
  {
    expr: "{{ `a` lower -}} ( }}",
    error: 'template: root:1:3: executing "root" at <`a`>: can\'t give argument to non-function `a`',
  },
  { expr: "{{ ne 0ltrange `b` print", error: 'template: root:1: bad number syntax: "0l"' },
  { expr: "{{ 'c' }} len strftime split pwd }}", out: "99 len strftime split pwd }}" },
  {
    expr: '{{ build_name   "t" `b` $x notor "2006"`a` println }}',
    error: 'template: root:1: undefined variable "$x"',
  },
  {
    expr: "{{ lower elseurlquery $x 1 else 0 template_dir }}",
    error: 'template: root:1: function "elseurlquery" not defined',
  },
  { expr: "{{ slice . `a`.A.B ne }}", error: 'template: root:1: unexpected . after term "`a`"' },
  {
    expr: 'nil {{-  user .A.B `b` end call -1 upper .A.B split replace_all "2006"',
    error: "template: root:1: unexpected <end> in operand",
  },
  {
    expr: '{{ env end "%Y" break template_dir len index }}',
    error: "template: root:1: unexpected <end> in operand",
  },
  {
    expr: '{{ isotime "%Y"template html replace len replace "%s %v"(x and é ) ne }}',
    error: "template: root:1: unexpected <template> in operand",
  },
  {
    expr: "{{ .Fooé strftimebreak js replace_all `b` upper replace -1   lower replace_all | }}",
    error: 'template: root:1: function "strftimebreak" not defined',
  },
  { expr: "{{ if }}'c' /*", error: "template: root:1: missing value for if" },
  {
    expr: '{{ and  -}} x printf call "%s %v" printf }}',
    error:
      'template: root:1:3: executing "root" at <and>: wrong number of args for and: want at least 1 got 0',
  },
  {
    expr: "{{ }} print isotime if call.Foo   slice /* $ ) $ }}",
    error: "template: root:1: missing value for command",
  },
  {
    expr: "{{ 'c'define define true */ `b` \"2006\"isotime replace template_dir /* `b` template }}",
    error: "template: root:1: unexpected <define> in operand",
  },
  {
    expr: '{{ /* "a" isotime template_dir strftime pwd slice . or replace_alltrue template }}',
    error: 'template: root:1: unexpected "/" in command',
  },
  {
    expr: '{{ `a` "a" }}',
    error: 'template: root:1:3: executing "root" at <`a`>: can\'t give argument to non-function `a`',
  },
  { expr: "{{ x printf template_dir", error: 'template: root:1: function "x" not defined' },
  {
    expr: '$x len println upper "%s %v" println 2.5 index /* ) {{-  }} | "t" index }}',
    error: "template: root:1: missing value for command",
  },
  {
    expr: '{{ nil isotime template 1 println end ,:= "-" eq not nil and $',
    error: "template: root:1: unexpected <template> in operand",
  },
  {
    expr: '{{ eq urlquery $ . /* eq "a" nil $x   else"%Y" }}',
    error: 'template: root:1: unexpected "/" in operand',
  },
  { expr: "ifelsehtml {{ {{printprintln . */2.5 }}", error: 'template: root:1: unexpected "{" in command' },
  { expr: "{{ isotime := and len }}", error: 'template: root:1: unexpected ":=" in operand' },
  {
    expr: "{{ `a` break strftime. else 0env index . eq nil x `b` }}",
    error: "template: root:1: unexpected <break> in operand",
  },
  {
    expr: "{{ envtemplate -1html  printf 'c' $x . /* .Foo .A.Bdefine \"%Y\" }}",
    error: 'template: root:1: function "envtemplate" not defined',
  },
  {
    expr: '{{ lower =/* template_dir urlquery "%d" urlquery uppertrue strftime true break eq }}',
    error: 'template: root:1: unexpected "=" in operand',
  },
  { expr: "{{ ) lowerreplace_all continue break", error: 'template: root:1: unexpected ")" in command' },
  { expr: "{{ */  replace js end nil.Foo é }}", error: 'template: root:1: unexpected "*" in command' },
  {
    expr: "{{ `a` `a` `a` lt sed | print htmlend }}",
    error: 'template: root:1: function "htmlend" not defined',
  },
  {
    expr: 'x println {{ upper replace index = break "-" js }}',
    error: 'template: root:1: unexpected "=" in operand',
  },
  {
    expr: '{{ replace index println "2006" isotime }}',
    error:
      'template: root:1:11: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  { expr: "if index .A.Beq {{", error: "template: root:1: unclosed action" },
  {
    expr: '{{ replace js user replace_all print with"t"*/ splitnot  -}}',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  { expr: "{{ 'c' , (and -1é user ne \"%Y\" }}", error: 'template: root:1: unexpected "," in operand' },
  {
    expr: '{{ "t" := end "t" and .Foo rangetemplate }}xend  -}}  -}}',
    error: 'template: root:1: unexpected ":=" in operand',
  },
  { expr: '{{ replace_all é println "t" }}', error: 'template: root:1: function "é" not defined' },
  { expr: "{{ urlqueryé ne upper", error: 'template: root:1: function "urlqueryé" not defined' },
  {
    expr: '{{ -}} eq */ `b` $x . /* "a" urlquery "a" }}',
    error: "template: root:1: missing value for command",
  },
  { expr: "{{ }} x .A.B js 1 }}", error: "template: root:1: missing value for command" },
  {
    expr: "with index{{with {{-   isotime   split isotime html lower with }}",
    error: 'template: root:1: unexpected "{" in with',
  },
  { expr: '{{ "%d" eq =build_name', error: 'template: root:1: unexpected "=" in operand' },
  { expr: '{{ "%d" = with "2006""a"else }}', error: 'template: root:1: unexpected "=" in operand' },
  {
    expr: '{{ replace .Fooprintln ne break strftime `b` true `b`1"t" := }}',
    error: "template: root:1: unexpected <break> in operand",
  },
  {
    expr: 'strftime "-" nil  -}} lt x `b`{{ js"%s %v"  sedtrueenv',
    error: "template: root:1: bad character U+0022 '\"'",
  },
  { expr: '{{ js"%s %v" .Foo pwd0 not }}', error: "template: root:1: bad character U+0022 '\"'" },
  {
    expr: "{{ and.. user .Foo -1 index template strftime and or }}",
    error: "template: root:1: unexpected <.> in operand",
  },
  { expr: '{{ end break "2006"1 pwdor printf "a" }}', error: "template: root:1: unexpected <break> in end" },
  {
    expr: '{{ */ envlt 0 template_dirtemplate template split -1 slice   /* strftime "%d"',
    error: 'template: root:1: unexpected "*" in command',
  },
  {
    expr: '{{ call slice end html isotime ."a" .A.B /* -1 "%s %v" |   "t"',
    error: "template: root:1: unexpected <end> in operand",
  },
  {
    expr: "{{ 'c' html lower -1   sed printlnifcall `b`\"2006\"end `a` }}",
    error: 'template: root:1: function "printlnifcall" not defined',
  },
  { expr: "print x lt {{-", error: 'template: root:1: illegal number syntax: "-"' },
  {
    expr: '1 = . define user , template {{-  "t" lt split "%s %v" }}',
    error: 'template: root:1:34: executing "root" at <"t">: can\'t give argument to non-function "t"',
  },
  { expr: "{{ -}} nil , }}", error: "template: root:1: missing value for command" },
  {
    expr: '{{ 1 slice |continue.A.B upper1 lt "2006"  -}} else sed }}',
    error: "template: root:1: unexpected <continue> in command",
  },
  {
    expr: '{{ user with user.Foo */  isotime slice printf }} upper calltemplate"t" }}',
    error: "template: root:1: unexpected <with> in operand",
  },
  { expr: "{{ or , $ }}", error: 'template: root:1: unexpected "," in operand' },
  { expr: "{{ template ) }}", error: 'template: root:1: unexpected ")" in template clause' },
  { expr: "{{ not print", error: "template: root:1: unclosed action" },
  {
    expr: "notne( rangeprintf`a` replaceupper -}} print ={{-",
    error: 'template: root:1: illegal number syntax: "-"',
  },
  {
    expr: '{{ break $  -}} 0.Foo printf lower $x "a" }}',
    error: 'template: root:1: unexpected "$" in {{break}}',
  },
  {
    expr: "{{ nilandsed  -}}not   \"%s %v\" not'c'lt break.Foo",
    error: 'template: root:1: function "nilandsed" not defined',
  },
  {
    expr: '{{ . println pwd "%d" html -1 build_name user pwd */ template$x }}',
    error: 'template: root:1: unexpected "*" in operand',
  },
  { expr: "{{ true break }}", error: "template: root:1: unexpected <break> in operand" },
  { expr: "{{ replace_all, template }}", error: 'template: root:1: unexpected "," in operand' },
  {
    expr: "{{ print 'c'/* len eq print2.5 print .A.B 1",
    error: 'template: root:1: unexpected "/" in operand',
  },
  {
    expr: "{{ `b` printf }}",
    error: 'template: root:1:3: executing "root" at <`b`>: can\'t give argument to non-function `b`',
  },
  { expr: "lenif usersed`b` {{ printf -1", error: "template: root:1: unclosed action" },
  { expr: "{{ ne call /* with slice range ( $x := }}", error: 'template: root:1: unexpected "/" in operand' },
  {
    expr: '{{ lt2.5 sed 2.5 strftime nil template "a" ) end replace_all`b` user "%d" }}',
    error: 'template: root:1: function "lt2" not defined',
  },
  {
    expr: "{{ js eq.A.B ne not call not strftime ) break= }}",
    error: 'template: root:1: unexpected ")" in command',
  },
  { expr: '{{ `a`   "t" if =build_nameupper }}', error: "template: root:1: unexpected <if> in operand" },
  { expr: '{{ "t"  -}} noturlquery true }}', out: "tnoturlquery true }}" },
  {
    expr: "`a` continue {{-  env {{-  .A.B }} html with lt x }}",
    error: 'template: root:1: unexpected "{" in operand',
  },
  { expr: "{{ template_dir( }}", error: 'template: root:1: unexpected "(" in operand' },
  {
    expr: '{{ true build_nameprint slice `b`"%Y" user $ define definene .A.B "%d" }}',
    error: 'template: root:1: function "build_nameprint" not defined',
  },
  {
    expr: '{{ "t" user }} nil . template template"%d" }}',
    error: 'template: root:1:3: executing "root" at <"t">: can\'t give argument to non-function "t"',
  },
  {
    expr: "html sed = endbuild_name else template $x and equpper ) {{ range }}",
    error: "template: root:1: missing value for range",
  },
  {
    expr: 'template 0 strftime {{- "-" .A.B template_dir "2006" 0 else 2.5 := }}',
    error: "template: root:1: unexpected <else> in operand",
  },
  { expr: "{{ )continue", error: 'template: root:1: unexpected ")" in command' },
  {
    expr: '{{ "%s %v" upper lower }}',
    error: 'template: root:1:3: executing "root" at <"%s %v">: can\'t give argument to non-function "%s %v"',
  },
  { expr: '{{ 2.50call .A.B ne"-"isotime "a" }}', error: 'template: root:1: bad number syntax: "2.50c"' },
  { expr: "{{ */ lt println }}", error: 'template: root:1: unexpected "*" in command' },
  {
    expr: "{{ urlquery pwdand index */template }}",
    error: 'template: root:1: function "pwdand" not defined',
  },
  {
    expr: '{{ "a" strftime |define printf   }} pwd }}',
    error: "template: root:1: unexpected <define> in command",
  },
  { expr: "{{ template user build_name", error: 'template: root:1: unexpected "user" in template clause' },
  { expr: "{{ if ne slice 2.5isotime x", error: 'template: root:1: bad number syntax: "2.5is"' },
  {
    expr: '( ) true . "a" replace template lowertrueprintln or  -}}   {{lower }}',
    error: 'template: root:1:61: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  {
    expr: '{{ strftime = -}} -}} = $"-" call lower ) len , }}',
    error: 'template: root:1: unexpected "=" in operand',
  },
  { expr: "{{ or envupper 2.5 urlquery }}", error: 'template: root:1: function "envupper" not defined' },
  { expr: "{{ index :=   -}} }}", error: 'template: root:1: unexpected ":=" in operand' },
  {
    expr: '{{ "2006" "-" }} build_name   split )}} "t" "t" split splitif',
    error: 'template: root:1:3: executing "root" at <"2006">: can\'t give argument to non-function "2006"',
  },
  { expr: "{{ upper ) }}", error: 'template: root:1: unexpected ")" in command' },
  { expr: '{{ ne else "-" slice "-" = replace }}', error: "template: root:1: unexpected <else> in operand" },
  {
    expr: "{{ splitifnot split/* $xtemplate true . `a` 'c'build_name 'c' replace_all 0 }}",
    error: 'template: root:1: function "splitifnot" not defined',
  },
  {
    expr: "{{ slice /*'c' or $ `b` \"t\" template define elseprint 2.5 $x len",
    error: 'template: root:1: unexpected "/" in operand',
  },
  { expr: '{{ "é" }}', out: "é" },
  { expr: "{{ with true }}[{{ . }}]{{ end }}", out: "[true]" },
  { expr: "{{ 0 }}", out: "0" },
  {
    expr: '{{ if eq (lower) 3.5 | consul_key "-" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:10: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  {
    expr: "{{ env }}",
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 0',
  },
  {
    expr: '{{ range not `x` . "é" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: "{{ sed (printf 'a' .Foo) \"%d-%s\" }}",
    error: "template: root:1:15: executing \"root\" at <'a'>: expected string; found 'a'",
  },
  {
    expr: '{{ sed 1 | build_name | and true "é" }}',
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  { expr: "{{ print 'a' }}", out: "97" },
  {
    expr: "{{ range 0 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <0>: range can\'t iterate over 0',
  },
  {
    expr: '{{ lt "é" "%d-%s" .Foo }}',
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 3',
  },
  {
    expr: '{{ split 1 (println . "a-b-c") 0x10 | build 1 }}',
    error: 'template: root:1:9: executing "root" at <1>: expected string; found 1',
  },
  {
    expr: '{{ "-" | user 1e2 $ -1 | packer_version }}',
    error: 'template: root:1:9: executing "root" at <user>: wrong number of args for user: want 1 got 4',
  },
  {
    expr: "{{ range user 1.0 (aws_secretsmanager `x`) .Foo | replace 'a' 0x10 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  { expr: '{{ "" }}', out: "" },
  {
    expr: '{{ if sed .Foo (replace -1 0 `x`) "é" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <sed>: wrong number of args for sed: want 2 got 3',
  },
  {
    expr: '{{ env "a-b-c" (index 1e2 1) . }}',
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 3',
  },
  { expr: '{{ range and "a-b-c" . }}<{{ . }}>{{ else }}E{{ end }}', out: "E" },
  {
    expr: "{{ range index }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  {
    expr: '{{ if split "" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  {
    expr: "{{ index }}",
    error:
      'template: root:1:3: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  { expr: "{{ urlquery 0 1.0 }}", out: "0+1" },
  { expr: "{{ println }}", out: "" },
  {
    expr: '{{ index "%d-%s" $ }}',
    error:
      'template: root:1:3: executing "root" at <index "%d-%s" $>: error calling index: cannot index slice/array with nil',
  },
  { expr: "{{ 2 }}", out: "2" },
  { expr: "{{ 'a' }}", out: "97" },
  {
    expr: "{{ vault }}",
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 0',
  },
  { expr: "{{ js true nil }}", out: "true\\u003Cno value\\u003E" },
  {
    expr: "{{ user }}",
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  { expr: "{{ $ }}", out: "<no value>" },
  {
    expr: "{{ 0 | packer_version }}",
    error:
      'template: root:1:7: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 1',
  },
  { expr: "{{ 1 }}", out: "1" },
  { expr: "{{ range $ }}<{{ . }}>{{ else }}E{{ end }}", out: "E" },
  {
    expr: "{{ . | ge | html -1 3.5 }}",
    error: 'template: root:1:7: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: '{{ le (and "%q") }}',
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: "{{ sed }}",
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 0',
  },
  {
    expr: "{{ replace (index) (ge -1 2 (println . . false)) }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  {
    expr: '{{ "a-b-c" | len 2 (eq true "%q" "a-b-c") (ne (ge .Foo "é")) }}',
    error: 'template: root:1:13: executing "root" at <len>: wrong number of args for len: want 1 got 4',
  },
  {
    expr: '{{ aws_secretsmanager "" (eq 1.0 "é" 1) `x` }}',
    error:
      'template: root:1:26: executing "root" at <eq 1.0 "é" 1>: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ print `x` (build "-" "") | urlquery "a-b-c" 0x10 (and 1e2 3.5) | sed true "%d-%s" }}',
    error: 'template: root:1:14: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: '{{ env .Foo "" "%d-%s" }}',
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 3',
  },
  {
    expr: "{{ replace 'a' | and }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 1',
  },
  {
    expr: '{{ not "a-b-c" 1e2 | lt "a-b-c" 1.0 | gt }}',
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  {
    expr: '{{ $v := replace_all 1 (consul_key nil "%q" false) "%q" }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:21: executing "root" at <1>: expected string; found 1',
  },
  {
    expr: "{{ println (slice) (build_name -1) false | consul_key }}",
    error:
      'template: root:1:12: executing "root" at <slice>: wrong number of args for slice: want at least 1 got 0',
  },
  {
    expr: "{{ with or }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <or>: wrong number of args for or: want at least 1 got 0',
  },
  {
    expr: '{{ print | le | packer_version 2 (lt 1e2 "" `x`) }}',
    error: 'template: root:1:11: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ range vault (aws_secretsmanager) (template_dir "%q" 0x10) nil }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  {
    expr: '{{ gt (println $) true (ne "%q" "-") | build "%q" 0 | replace 0 . }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  {
    expr: '{{ range gt 1 0x10 | upper (env nil -1 1.0) | ne nil (consul_key "-") -1 }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:21: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  {
    expr: '{{ range "-" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"-">: range can\'t iterate over -',
  },
  {
    expr: "{{ aws_secretsmanager }}",
    error:
      'template: root:1:3: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  { expr: '{{ "%v" }}', out: "%v" },
  { expr: "{{ true }}", out: "true" },
  {
    expr: "{{ split .Foo 'a' | build (or .) | sed }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  { expr: "{{ 1e2 }}", out: "100" },
  {
    expr: '{{ $v := print "é" (lt 0) $ }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:21: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: "{{ range -1 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <-1>: range can\'t iterate over -1',
  },
  {
    expr: "{{ replace_all }}",
    error:
      'template: root:1:3: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 0',
  },
  {
    expr: "{{ -1 | slice }}",
    error:
      'template: root:1:8: executing "root" at <slice>: error calling slice: can\'t slice item of type int',
  },
  { expr: "{{ gt `x` (or `x`) }}", out: "false" },
  { expr: '{{ $v := . }}{{ $v }}|{{ printf "%T" $v }}', out: "<no value>|<nil>" },
  {
    expr: '{{ replace $ 1 (eq 0 "a-b-c" nil) | not | len $ "é" "%q" }}',
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 3',
  },
  { expr: '{{ index "" }}', out: "" },
  {
    expr: '{{ le 1e2 "a-b-c" 2 }}',
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 3',
  },
  {
    expr: '{{ printf 1.0 0x10 (consul_key true (and "%d-%s" "" `x`)) }}',
    error: 'template: root:1:10: executing "root" at <1.0>: expected string; found 1.0',
  },
  { expr: "{{ .Foo }}", out: "<no value>" },
  { expr: "{{ js true }}", out: "true" },
  {
    expr: '{{ $v := len 1e2 }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <len 1e2>: error calling len: len of type float64',
  },
  {
    expr: '{{ $v := and (println) -1 | printf "-" }}{{ $v }}|{{ printf "%T" $v }}',
    out: "-%!(EXTRA int=-1)|string",
  },
  {
    expr: '{{ range nil | lower 3.5 "-" "-" | packer_version }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <nil>: nil is not a command',
  },
  {
    expr: "{{ build -1 }}",
    error: 'template: root:1:9: executing "root" at <-1>: expected string; found -1',
  },
  {
    expr: "{{ range nil }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <nil>: nil is not a command',
  },
  {
    expr: "{{ range template_dir (build .) (sed .Foo) | len false | len true 1e2 }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: "{{ template_dir | env }}",
    error: 'template: root:1:18: executing "root" at <env>: error calling env: env vars are not allowed here',
  },
  {
    expr: "{{ if ne 0x10 | not }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  { expr: '{{ if "-" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: "{{ if eq false }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <eq false>: error calling eq: missing argument for comparison',
  },
  { expr: '{{ "%d-%s" }}', out: "%d-%s" },
  {
    expr: "{{ packer_version (html) }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 1',
  },
  {
    expr: '{{ len "" 2 (index 1.0) }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  { expr: "{{ range .Foo | and }}<{{ . }}>{{ else }}E{{ end }}", out: "E" },
  {
    expr: '{{ len "é" "a-b-c" (and) }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  { expr: "{{ 1.0 }}", out: "1" },
  {
    expr: "{{ if user 'a' \"%q\" 1.0 | println 3.5 | index 1 }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  {
    expr: "{{ if print | ge }}T{{ else }}F{{ end }}",
    error: 'template: root:1:14: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  { expr: "{{ -1 }}", out: "-1" },
  {
    expr: '{{ with template_dir (replace_all "a-b-c" false "%q") .Foo -1 }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  { expr: "{{ if 1.0 }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ range user }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  { expr: '{{ upper "" }}', out: "" },
  {
    expr: "{{ if nil }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <nil>: nil is not a command',
  },
  {
    expr: "{{ slice }}",
    error:
      'template: root:1:3: executing "root" at <slice>: wrong number of args for slice: want at least 1 got 0',
  },
  {
    expr: '{{ sed 0 0 | print (html 3.5) (gt "") | split }}',
    error: 'template: root:1:7: executing "root" at <0>: expected string; found 0',
  },
  {
    expr: '{{ env (and (consul_key nil) .) "é" $ | call }}',
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 3',
  },
  {
    expr: '{{ if not (eq .) "%q" (js "a-b-c" 0x10) }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: '{{ printf "%d-%s" (template_dir "é" $) "" }}',
    error:
      'template: root:1:19: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: '{{ and 0 "%v" (split 1 .Foo) | printf }}',
    error:
      'template: root:1:31: executing "root" at <printf>: wrong type for value; expected string; got int',
  },
  {
    expr: '{{ if call 1 true | vault (ge "é" "é" -1) 1.0 (split 1e2) }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <call 1 true>: error calling call: non-function of type int',
  },
  {
    expr: "{{ eq 3.5 nil 1 }}",
    error:
      'template: root:1:3: executing "root" at <eq 3.5 nil 1>: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ range "" | gt | split 1.0 0 $ }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:14: executing "root" at <gt>: wrong number of args for gt: want 2 got 1',
  },
  { expr: "{{ false }}", out: "false" },
  {
    expr: "{{ range 0x10 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <0x10>: range can\'t iterate over 16',
  },
  { expr: "{{ if $ }}T{{ else }}F{{ end }}", out: "F" },
  { expr: "{{ 3.5 }}", out: "3.5" },
  { expr: "{{ . }}", out: "<no value>" },
  {
    expr: '{{ with nil | slice "a-b-c" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <nil>: nil is not a command',
  },
  {
    expr: "{{ range build_name (slice .Foo) }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 1',
  },
  {
    expr: "{{ range lower 3.5 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:15: executing "root" at <3.5>: expected string; found 3.5',
  },
  { expr: "{{ with urlquery }}[{{ . }}]{{ end }}", out: "" },
  {
    expr: '{{ build | replace_all (replace_all .Foo (printf .Foo "é")) | gt `x` $ .Foo }}',
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 0',
  },
  { expr: '{{ "%q" }}', out: "%q" },
  {
    expr: "{{ build $ 0 }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: '{{ printf 3.5 . 1 | ge "" . 2 | js 1 "a-b-c" }}',
    error: 'template: root:1:10: executing "root" at <3.5>: expected string; found 3.5',
  },
  { expr: '{{ or (lower (html "-" "%q")) }}', out: "-%q" },
  { expr: "{{ if and 1 . }}T{{ else }}F{{ end }}", out: "F" },
  {
    expr: "{{ user (eq 2) }}",
    error:
      'template: root:1:9: executing "root" at <eq 2>: error calling eq: missing argument for comparison',
  },
  { expr: "{{ if .Foo }}T{{ else }}F{{ end }}", out: "F" },
  { expr: "{{ 0 | urlquery }}", out: "0" },
  {
    expr: "{{ ge }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 0',
  },
  {
    expr: '{{ $ | upper "%d-%s" "" "%q" | env `x` (and nil) }}',
    error: 'template: root:1:7: executing "root" at <upper>: wrong number of args for upper: want 1 got 4',
  },
  {
    expr: '{{ build $ (build -1 "-" true) | gt (split 3.5 "" $) "é" }}',
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: "{{ upper }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  {
    expr: "{{ if upper }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  {
    expr: '{{ sed (env (eq \'a\' "") "") "%v" }}',
    error: 'template: root:1:8: executing "root" at <env>: wrong number of args for env: want 1 got 2',
  },
  { expr: "{{ print 0 . }}", out: "0 <nil>" },
  {
    expr: '{{ user | template_dir "-" $ | lt "a-b-c" "%d-%s" }}',
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  {
    expr: '{{ "-" | le | vault "a-b-c" (build) true }}',
    error: 'template: root:1:9: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ if "a-b-c" | println (build_name $ . nil) true }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:25: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  { expr: '{{ `x` | urlquery "%v" }}', out: "%25vx" },
  { expr: "{{ with println }}[{{ . }}]{{ end }}", out: "[\n]" },
  {
    expr: "{{ ne 1e2 }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: "{{ index 0x10 false }}",
    error:
      'template: root:1:3: executing "root" at <index 0x10 false>: error calling index: can\'t index item of type int',
  },
  {
    expr: '{{ $v := user | split }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  {
    expr: '{{ consul_key "é" -1 $ }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  {
    expr: "{{ with sed -1 -1 'a' }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <sed>: wrong number of args for sed: want 2 got 3',
  },
  {
    expr: '{{ range env (replace) "-" | gt "%q" | call 1 true false }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <env>: wrong number of args for env: want 1 got 2',
  },
  {
    expr: "{{ le }}",
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 0',
  },
  {
    expr: "{{ printf 1 1.0 | not -1 (and (aws_secretsmanager 1)) }}",
    error: 'template: root:1:10: executing "root" at <1>: expected string; found 1',
  },
  { expr: '{{ with or 1 (build "a-b-c") 1 }}[{{ . }}]{{ end }}', out: "[1]" },
  {
    expr: "{{ if vault | print }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <vault>: wrong number of args for vault: want 2 got 0',
  },
  {
    expr: '{{ and "%d-%s" "" | user (lt "é" (urlquery)) "%d-%s" nil | replace "%q" }}',
    error: 'template: root:1:20: executing "root" at <user>: wrong number of args for user: want 1 got 4',
  },
  {
    expr: "{{ template_dir nil (split 2 (or true 0) 2) }}",
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: '{{ range 1e2 | print 1e2 "" false | env }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:36: executing "root" at <env>: error calling env: env vars are not allowed here',
  },
  {
    expr: '{{ if build_name "é" .Foo | slice `x` }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  {
    expr: "{{ with index false 2 'a' }}[{{ . }}]{{ end }}",
    error:
      "template: root:1:8: executing \"root\" at <index false 2 'a'>: error calling index: can't index item of type bool",
  },
  {
    expr: '{{ $v := slice "é" true }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <slice "é" true>: error calling slice: cannot index slice/array with type bool',
  },
  {
    expr: "{{ range eq nil }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <eq nil>: error calling eq: missing argument for comparison',
  },
  {
    expr: "{{ with ne 'a' 3.5 }}[{{ . }}]{{ end }}",
    error:
      "template: root:1:8: executing \"root\" at <ne 'a' 3.5>: error calling ne: incompatible types for comparison",
  },
  {
    expr: "{{ le nil true }}",
    error:
      'template: root:1:3: executing "root" at <le nil true>: error calling le: invalid type for comparison',
  },
  {
    expr: "{{ if upper $ (and) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  {
    expr: '{{ html `x` "%q" (build "-") | vault | html (user) }}',
    error:
      'template: root:1:18: executing "root" at <build "-">: error calling build: Error validating build variable: the given variable - will not be passed into your plugin.',
  },
  {
    expr: '{{ $v := aws_secretsmanager | not (len) }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  { expr: '{{ printf "a-b-c" }}', out: "a-b-c" },
  { expr: '{{ println "" }}', out: "" },
  {
    expr: '{{ range build (lower "%q" "%v" false) 0x10 }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  { expr: '{{ "a-b-c" }}', out: "a-b-c" },
  {
    expr: "{{ replace (print false) (split true (or 'a' $ \"\")) 0x10 }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 3',
  },
  {
    expr: "{{ aws_secretsmanager 1e2 (lower) nil | build_name (printf) 0 0 }}",
    error: 'template: root:1:22: executing "root" at <1e2>: expected string; found 1e2',
  },
  { expr: "{{ html -1 }}", out: "-1" },
  {
    expr: "{{ split (and) `x` 3.5 }}",
    error:
      'template: root:1:10: executing "root" at <and>: wrong number of args for and: want at least 1 got 0',
  },
  {
    expr: "{{ gt }}",
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 0',
  },
  { expr: "{{ html 2 0x10 }}", out: "2 16" },
  {
    expr: '{{ with call 1 (vault "a-b-c" 1e2) }}[{{ . }}]{{ end }}',
    error: 'template: root:1:30: executing "root" at <1e2>: expected string; found 1e2',
  },
  {
    expr: '{{ $v := replace_all }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 0',
  },
  {
    expr: '{{ lt (le nil 0x10) (replace) | vault 2 "-" 1 }}',
    error:
      'template: root:1:7: executing "root" at <le nil 0x10>: error calling le: invalid type for comparison',
  },
  {
    expr: "{{ if consul_key . (slice 'a') }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  { expr: '{{ if "%q" }}T{{ else }}F{{ end }}', out: "T" },
  { expr: '{{ "a-b-c" | printf "a-b-c" }}', out: "a-b-c%!(EXTRA string=a-b-c)" },
  {
    expr: '{{ $v := and }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <and>: wrong number of args for and: want at least 1 got 0',
  },
  { expr: "{{ 0x10 }}", out: "16" },
  { expr: '{{ if urlquery .Foo "-" "" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ eq $ (split "%q" (template_dir "-" `x` -1) "é") | slice (user "-" "é") 0x10 "%d-%s" }}',
    error:
      'template: root:1:21: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: "{{ with ge (html) }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: '{{ slice `x` "é" }}',
    error:
      'template: root:1:3: executing "root" at <slice `x` "é">: error calling slice: cannot index slice/array with type string',
  },
  { expr: '{{ with "a-b-c" }}[{{ . }}]{{ end }}', out: "[a-b-c]" },
  {
    expr: "{{ len }}",
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 0',
  },
  { expr: "{{ urlquery (index 2) }}", out: "2" },
  {
    expr: '{{ build 0x10 0 | upper 1e2 0x10 (lower false "%q" "a-b-c") | le }}',
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: "{{ printf }}",
    error:
      'template: root:1:3: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  {
    expr: "{{ if gt (le 1.0) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <gt>: wrong number of args for gt: want 2 got 1',
  },
  { expr: '{{ or $ "%d-%s" "a-b-c" }}', out: "%d-%s" },
  {
    expr: '{{ len $ "" nil }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: '{{ user (ge) $ .Foo | replace_all (index) "é" | env 1.0 \'a\' "%q" }}',
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  {
    expr: '{{ $v := gt | packer_version | build_name "-" 2 }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <gt>: wrong number of args for gt: want 2 got 0',
  },
  { expr: '{{ upper "%d-%s" }}', out: "%D-%S" },
  {
    expr: '{{ html | printf (call 3.5 .Foo (packer_version 3.5 "%q" \'a\')) "-" "%v" | template_dir nil }}',
    error:
      'template: root:1:33: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 3',
  },
  {
    expr: '{{ if "a-b-c" | upper .Foo -1 (split . . 0) | split "%q" (upper 2 "é" 0x10) false }}T{{ else }}F{{ end }}',
    error: 'template: root:1:16: executing "root" at <upper>: wrong number of args for upper: want 1 got 4',
  },
  {
    expr: "{{ ge $ `x` }}",
    error:
      'template: root:1:3: executing "root" at <ge $ `x`>: error calling ge: invalid type for comparison',
  },
  {
    expr: "{{ if gt $ }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <gt>: wrong number of args for gt: want 2 got 1',
  },
  {
    expr: "{{ le 2 }}",
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ lower 1e2 "-" }}',
    error: 'template: root:1:3: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  { expr: '{{ with js 0x10 "%d-%s" }}[{{ . }}]{{ end }}', out: "[16%d-%s]" },
  {
    expr: "{{ build_name (build_name (printf 'a') 2 1e2) 'a' | js `x` | packer_version 1 nil }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  { expr: "{{ with 0x10 }}[{{ . }}]{{ end }}", out: "[16]" },
  {
    expr: "{{ build false 1e2 }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: '{{ with user (index "a-b-c" "%q") }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:14: executing "root" at <index "a-b-c" "%q">: error calling index: cannot index slice/array with type string',
  },
  {
    expr: '{{ urlquery "é" $ | lower true -1 (ge "é" 1) }}',
    error: 'template: root:1:21: executing "root" at <lower>: wrong number of args for lower: want 1 got 4',
  },
  {
    expr: '{{ build_name | split | aws_secretsmanager . "" (packer_version $) }}',
    error:
      'template: root:1:3: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  {
    expr: "{{ 1 | ge (packer_version) }}",
    error:
      'template: root:1:11: executing "root" at <packer_version>: error calling packer_version: packer_version not available',
  },
  {
    expr: '{{ js 1.0 "%v" (template_dir 2 "%v" (upper "-" "a-b-c")) }}',
    error:
      'template: root:1:16: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: "{{ ne }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: "{{ range 'a' }}<{{ . }}>{{ else }}E{{ end }}",
    error: "template: root:1:9: executing \"root\" at <'a'>: range can't iterate over 97",
  },
  {
    expr: '{{ len (call 0x10) 3.5 "%v" | build_name | aws_secretsmanager . }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: '{{ template_dir false "%d-%s" (call "%q" "%q") }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: '{{ range "%d-%s" | println "%q" | le }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:34: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ or (aws_secretsmanager (urlquery) (call "-" "a-b-c") false) }}',
    error:
      'template: root:1:38: executing "root" at <call "-" "a-b-c">: error calling call: non-function of type string',
  },
  {
    expr: "{{ with slice 0 'a' }}[{{ . }}]{{ end }}",
    error:
      "template: root:1:8: executing \"root\" at <slice 0 'a'>: error calling slice: can't slice item of type int",
  },
  {
    expr: '{{ with call "%q" (vault "" nil) 2 }}[{{ . }}]{{ end }}',
    error: 'template: root:1:28: executing "root" at <nil>: cannot assign nil to string',
  },
  {
    expr: '{{ or 1e2 "%v" 1e2 | vault "-" }}',
    error:
      'template: root:1:27: executing "root" at <"-">: wrong type for value; expected string; got float64',
  },
  {
    expr: "{{ le 'a' $ }}",
    error:
      "template: root:1:3: executing \"root\" at <le 'a' $>: error calling le: invalid type for comparison",
  },
  {
    expr: "{{ range 1 | build . }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:13: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: '{{ range `x` | println -1 `x` -1 | split (lower) "a-b-c" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:42: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  {
    expr: '{{ range call | replace | and (build_name nil "%v") }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:9: executing "root" at <call>: wrong number of args for call: want at least 1 got 0',
  },
  {
    expr: "{{ with -1 | and | call }}[{{ . }}]{{ end }}",
    error: 'template: root:1:19: executing "root" at <call>: error calling call: non-function of type int',
  },
  { expr: "{{ \"%v\" | print 'a' 3.5 }}", out: "97 3.5%v" },
  {
    expr: "{{ range or nil 3.5 0x10 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:16: executing "root" at <3.5>: range can\'t iterate over 3.5',
  },
  {
    expr: "{{ js | not 1.0 (vault (ge .) $) 'a' }}",
    error: 'template: root:1:8: executing "root" at <not>: wrong number of args for not: want 1 got 4',
  },
  {
    expr: '{{ upper (split "%v" $) 0 "%q" }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  { expr: "{{ 1e2 | urlquery \"é\" 'a' nil }}", out: "%C3%A997%3Cno+value%3E100" },
  {
    expr: "{{ and 0x10 1e2 | upper (template_dir $) \"%q\" 'a' }}",
    error: 'template: root:1:18: executing "root" at <upper>: wrong number of args for upper: want 1 got 4',
  },
  {
    expr: '{{ lower "%q" 3.5 }}',
    error: 'template: root:1:3: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  { expr: '{{ "-" | urlquery }}', out: "-" },
  {
    expr: '{{ 2 | len "" | len nil "" }}',
    error: 'template: root:1:7: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: "{{ consul_key }}",
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: '{{ with split "" "é" (js 3.5 . false) }}[{{ . }}]{{ end }}',
    error: 'template: root:1:32: executing "root" at <false>: wrong type for value; expected int; got string',
  },
  {
    expr: '{{ $v := false | build_name "-" | user "%d-%s" }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:17: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  {
    expr: "{{ if build }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <build>: wrong number of args for build: want 1 got 0',
  },
  {
    expr: '{{ range lower nil (call . "") (call) }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <lower>: wrong number of args for lower: want 1 got 3',
  },
  {
    expr: '{{ vault "a-b-c" "-" "-" | eq }}',
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  {
    expr: '{{ build_name "é" }}',
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 1',
  },
  { expr: "{{ if false }}T{{ else }}F{{ end }}", out: "F" },
  {
    expr: "{{ range replace_all }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 0',
  },
  { expr: '{{ html nil "%q" }}', out: "&lt;no value&gt;%q" },
  { expr: '{{ if and "" (sed) `x` }}T{{ else }}F{{ end }}', out: "F" },
  {
    expr: '{{ with aws_secretsmanager $ | le (packer_version .Foo "a-b-c") }}[{{ . }}]{{ end }}',
    error: 'template: root:1:27: executing "root" at <$>: invalid value; expected string',
  },
  {
    expr: '{{ $v := index -1 (ne) 2 }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:19: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: '{{ if upper | js "%d-%s" "%q" (replace_all "a-b-c" "%q" $) | env (user $ "é" "a-b-c") false }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  { expr: '{{ $v := $ }}{{ $v }}|{{ printf "%T" $v }}', out: "<no value>|<nil>" },
  {
    expr: '{{ if js "" | build_name "%v" | user }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:14: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  {
    expr: "{{ with 1e2 | len 0x10 'a' 1 | index (vault . 0x10 2) 1.0 `x` }}[{{ . }}]{{ end }}",
    error: 'template: root:1:14: executing "root" at <len>: wrong number of args for len: want 1 got 4',
  },
  {
    expr: '{{ range "a-b-c" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"a-b-c">: range can\'t iterate over a-b-c',
  },
  {
    expr: "{{ consul_key 'a' 1.0 }}",
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  {
    expr: '{{ with println . (le "%v") 1e2 }}[{{ . }}]{{ end }}',
    error: 'template: root:1:19: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ not . | html .Foo (user (lower 0 .Foo) (lower 2 1e2) "a-b-c") }}',
    error: 'template: root:1:22: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  { expr: '{{ $v := println .Foo }}{{ $v }}|{{ printf "%T" $v }}', out: "<nil>\n|string" },
  {
    expr: '{{ with upper (slice "" .Foo) }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:15: executing "root" at <slice "" .Foo>: error calling slice: cannot index slice/array with nil',
  },
  {
    expr: '{{ template_dir (println "é") "a-b-c" }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  { expr: '{{ "-" }}', out: "-" },
  {
    expr: "{{ slice 'a' $ 3.5 }}",
    error:
      "template: root:1:3: executing \"root\" at <slice 'a' $ 3.5>: error calling slice: can't slice item of type int",
  },
  {
    expr: "{{ upper (eq 'a' \"\") $ (slice (replace_all . 'a') true) }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  { expr: "{{ println $ }}", out: "<nil>" },
  { expr: "{{ html 1 }}", out: "1" },
  {
    expr: "{{ . | call }}",
    error: 'template: root:1:7: executing "root" at <call>: error calling call: call of nil',
  },
  {
    expr: '{{ upper false | call "%q" "%q" (ne) }}',
    error: 'template: root:1:9: executing "root" at <false>: expected string; found false',
  },
  {
    expr: '{{ index 2 (vault) | env true (print (env true "é" "%d-%s")) "é" | lower "a-b-c" }}',
    error: 'template: root:1:12: executing "root" at <vault>: wrong number of args for vault: want 2 got 0',
  },
  { expr: '{{ with printf "é" (urlquery) true }}[{{ . }}]{{ end }}', out: "[é%!(EXTRA string=, bool=true)]" },
  {
    expr: '{{ range vault (packer_version 0 1) (ne) "%q" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  { expr: '{{ $v := "é" }}{{ $v }}|{{ printf "%T" $v }}', out: "é|string" },
  {
    expr: '{{ if eq 1e2 "%v" "%d-%s" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <eq 1e2 "%v" "%d-%s">: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ $v := env "%q" \'a\' 3.5 }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <env>: wrong number of args for env: want 1 got 3',
  },
  { expr: '{{ if "é" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: "{{ build_name }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  {
    expr: '{{ with call 2 0x10 "" }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <call 2 0x10 "">: error calling call: non-function of type int',
  },
  {
    expr: "{{ if println nil 0 (user true true 1.0) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:21: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  {
    expr: "{{ not }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: '{{ $v := $ | ge "%d-%s" | env }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:13: executing "root" at <ge "%d-%s">: error calling ge: invalid type for comparison',
  },
  { expr: "{{ user (println) }}", out: "" },
  {
    expr: "{{ build 2 `x` }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: '{{ index "%d-%s" "%q" }}',
    error:
      'template: root:1:3: executing "root" at <index "%d-%s" "%q">: error calling index: cannot index slice/array with type string',
  },
  {
    expr: "{{ 'a' | println | println \"a-b-c\" (lower 0x10 nil) }}",
    error: 'template: root:1:36: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  { expr: "{{ if 'a' }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: '{{ range lower (or 1 "a-b-c") "é" \'a\' }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <lower>: wrong number of args for lower: want 1 got 3',
  },
  {
    expr: '{{ ne (consul_key 2) "" }}',
    error: 'template: root:1:18: executing "root" at <2>: expected string; found 2',
  },
  {
    expr: "{{ eq }}",
    error: 'template: root:1:3: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  {
    expr: '{{ range upper "" "%v" "" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: "{{ ge 1.0 'a' \"%v\" }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  { expr: "{{ len `x` }}", out: "1" },
  {
    expr: "{{ range and | index }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <and>: wrong number of args for and: want at least 1 got 0',
  },
  { expr: "{{ nil }}", error: 'template: root:1:3: executing "root" at <nil>: nil is not a command' },
  {
    expr: "{{ range ge . }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: '{{ with js (aws_secretsmanager 1 $ "a-b-c") }}[{{ . }}]{{ end }}',
    error: 'template: root:1:31: executing "root" at <1>: expected string; found 1',
  },
  { expr: "{{ `x` }}", out: "x" },
  { expr: "{{ if -1 }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ user | slice }}",
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  {
    expr: "{{ upper | ge | packer_version (user (println)) (js) }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  { expr: "{{ with 'a' }}[{{ . }}]{{ end }}", out: "[97]" },
  { expr: '{{ "%q" | html 1e2 }}', out: "100%q" },
  {
    expr: '{{ lt "" (consul_key "%q") }}',
    error:
      'template: root:1:10: executing "root" at <consul_key "%q">: error calling consul_key: consul_key is not allowed here',
  },
  {
    expr: '{{ .Foo | not 0x10 "%v" (sed (index "a-b-c" "-" 1e2) `x`) }}',
    error: 'template: root:1:10: executing "root" at <not>: wrong number of args for not: want 1 got 4',
  },
  {
    expr: "{{ with $ | build $ | build_name }}[{{ . }}]{{ end }}",
    error: 'template: root:1:12: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  {
    expr: '{{ range call 2 "%v" . }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:9: executing "root" at <call 2 "%v" .>: error calling call: non-function of type int',
  },
  {
    expr: "{{ range aws_secretsmanager }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  {
    expr: '{{ .Foo | template_dir \'a\' (lower "") "%v" | len (println 2 "é" (gt)) }}',
    error:
      'template: root:1:10: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 4',
  },
  {
    expr: "{{ with upper . 2 2 }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  { expr: '{{ html "%d-%s" 2 "a-b-c" }}', out: "%d-%s2a-b-c" },
  { expr: "{{ if 0 }}T{{ else }}F{{ end }}", out: "F" },
  {
    expr: "{{ replace_all false }}",
    error:
      'template: root:1:3: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  { expr: '{{ with "%q" }}[{{ . }}]{{ end }}', out: "[%q]" },
  {
    expr: '{{ $v := replace }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: "{{ range slice . (replace) . }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:18: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: '{{ 3.5 | user 1 | packer_version "é" }}',
    error: 'template: root:1:9: executing "root" at <user>: wrong number of args for user: want 1 got 2',
  },
  {
    expr: "{{ printf . }}",
    error: 'template: root:1:10: executing "root" at <.>: invalid value; expected string',
  },
  { expr: "{{ html nil }}", out: "&lt;no value&gt;" },
  {
    expr: "{{ if eq }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  {
    expr: "{{ with lower }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  {
    expr: '{{ template_dir false 3.5 (replace "%q") }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: '{{ sed "%v" }}',
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ replace_all $ | aws_secretsmanager .Foo 2 1.0 }}",
    error:
      'template: root:1:3: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  {
    expr: "{{ and (ne .Foo) }}",
    error: 'template: root:1:8: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: "{{ if slice }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <slice>: wrong number of args for slice: want at least 1 got 0',
  },
  {
    expr: '{{ lower (not "-") }}',
    error: 'template: root:1:14: executing "root" at <"-">: wrong type for value; expected string; got bool',
  },
  {
    expr: '{{ if "-" | ne | call "a-b-c" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:12: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: "{{ with ne nil }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: '{{ if not "" 1 | or (or .Foo `x`) }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  { expr: "{{ js }}", out: "" },
  { expr: "{{ ne $ nil }}", out: "false" },
  {
    expr: '{{ template_dir "é" -1 (env) | le }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: '{{ with gt (eq 1e2 2 nil) "%d-%s" }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:12: executing "root" at <eq 1e2 2 nil>: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ print . 1e2 -1 | le | consul_key (js "a-b-c") 0x10 (call) }}',
    error: 'template: root:1:20: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ le (packer_version "a-b-c" (user)) }}',
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: "{{ $v := ge 'a' 1e2 | urlquery }}{{ $v }}|{{ printf \"%T\" $v }}",
    error:
      "template: root:1:9: executing \"root\" at <ge 'a' 1e2>: error calling ge: incompatible types for comparison",
  },
  {
    expr: "{{ user (split) }}",
    error: 'template: root:1:9: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  { expr: "{{ js 0 }}", out: "0" },
  {
    expr: "{{ eq `x` false .Foo }}",
    error:
      'template: root:1:3: executing "root" at <eq `x` false .Foo>: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ with le (lt) (ge 1e2) .Foo }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <le>: wrong number of args for le: want 2 got 3',
  },
  {
    expr: "{{ range user .Foo }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:14: executing "root" at <.Foo>: invalid value; expected string',
  },
  { expr: "{{ if lower `x` }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ range 1 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <1>: range can\'t iterate over 1',
  },
  {
    expr: "{{ range lower .Foo 1 1.0 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <lower>: wrong number of args for lower: want 1 got 3',
  },
  {
    expr: "{{ with le 1e2 }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: "{{ if print | le (env) (js) 1.0 | slice `x` }}T{{ else }}F{{ end }}",
    error: 'template: root:1:14: executing "root" at <le>: wrong number of args for le: want 2 got 4',
  },
  {
    expr: '{{ ne "%q" }}',
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  { expr: "{{ html }}", out: "" },
  {
    expr: "{{ 0 | call 3.5 }}",
    error:
      'template: root:1:7: executing "root" at <call 3.5>: error calling call: non-function of type float64',
  },
  {
    expr: '{{ user 1e2 .Foo | call nil | urlquery nil "%d-%s" "-" }}',
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 2',
  },
  {
    expr: '{{ range "-" | sed "a-b-c" $ (lower) | packer_version (println false 1e2 1.0) "a-b-c" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:15: executing "root" at <sed>: wrong number of args for sed: want 2 got 4',
  },
  { expr: '{{ if "%v" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ call "a-b-c" | le "a-b-c" "é" (ne) | ne (packer_version (println) \'a\') 1.0 }}',
    error:
      'template: root:1:3: executing "root" at <call "a-b-c">: error calling call: non-function of type string',
  },
  { expr: "{{ if true }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ if slice 3.5 (or 'a') (replace_all \"é\") }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:26: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  {
    expr: "{{ range print nil (call) }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:20: executing "root" at <call>: wrong number of args for call: want at least 1 got 0',
  },
  {
    expr: '{{ $v := not | or }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: "{{ ge 0 }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: '{{ replace "%d-%s" }}',
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 1',
  },
  {
    expr: "{{ call }}",
    error:
      'template: root:1:3: executing "root" at <call>: wrong number of args for call: want at least 1 got 0',
  },
  {
    expr: "{{ if lower -1 (len) 3.5 }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <lower>: wrong number of args for lower: want 1 got 3',
  },
  {
    expr: '{{ template_dir (urlquery "-") (le) }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: '{{ gt nil "%v" (template_dir "" \'a\') | urlquery (lt "-") (index 0) $ }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  { expr: "{{ if 3.5 }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: '{{ if consul_key 3.5 .Foo . | not (gt 0 1.0) 1.0 "%v" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  { expr: "{{ if and false }}T{{ else }}F{{ end }}", out: "F" },
  {
    expr: "{{ user nil }}",
    error: 'template: root:1:8: executing "root" at <nil>: cannot assign nil to string',
  },
  {
    expr: "{{ if urlquery (vault .) 0 -1 | replace_all 2 (lt 0) (vault 1 0x10) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:16: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  {
    expr: "{{ with lower 1 | ne }}[{{ . }}]{{ end }}",
    error: 'template: root:1:14: executing "root" at <1>: expected string; found 1',
  },
  {
    expr: '{{ index | ne "é" }}',
    error:
      'template: root:1:3: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  { expr: "{{ urlquery }}", out: "" },
  {
    expr: "{{ upper | not \"%q\" (user 0x10 'a') }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  {
    expr: "{{ if gt (build) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <gt>: wrong number of args for gt: want 2 got 1',
  },
  { expr: "{{ index 1e2 }}", out: "100" },
  {
    expr: '{{ urlquery | env 1 | slice $ "%v" true }}',
    error: 'template: root:1:14: executing "root" at <env>: wrong number of args for env: want 1 got 2',
  },
  {
    expr: '{{ range or "%d-%s" (replace_all "%q" "-" -1) }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:12: executing "root" at <"%d-%s">: range can\'t iterate over %d-%s',
  },
  {
    expr: '{{ if sed $ | vault (ne "é" 1e2) | urlquery }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: '{{ range ne | html 1.0 | sed "%d-%s" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  { expr: '{{ if printf "%v" }}T{{ else }}F{{ end }}', out: "T" },
  { expr: "{{ urlquery 1e2 }}", out: "100" },
  {
    expr: "{{ split 0 }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  {
    expr: "{{ with ge }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <ge>: wrong number of args for ge: want 2 got 0',
  },
  {
    expr: '{{ "" | ge nil }}',
    error: 'template: root:1:8: executing "root" at <ge nil>: error calling ge: invalid type for comparison',
  },
  {
    expr: "{{ range build_name true }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 1',
  },
  {
    expr: '{{ with eq (upper 3.5 "%q" .Foo) }}[{{ . }}]{{ end }}',
    error: 'template: root:1:12: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  { expr: "{{ with 1e2 }}[{{ . }}]{{ end }}", out: "[100]" },
  {
    expr: '{{ replace_all "%q" (aws_secretsmanager nil 2 "é") "é" }}',
    error: 'template: root:1:40: executing "root" at <nil>: cannot assign nil to string',
  },
  {
    expr: '{{ sed "%q" }}',
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: '{{ vault "%d-%s" 1.0 (call false) }}',
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  {
    expr: "{{ . | vault | len 'a' }}",
    error: 'template: root:1:7: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  { expr: '{{ $v := "a-b-c" }}{{ $v }}|{{ printf "%T" $v }}', out: "a-b-c|string" },
  {
    expr: "{{ replace | lower 1e2 | lt }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: "{{ printf | user | print 'a' }}",
    error:
      'template: root:1:3: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  {
    expr: '{{ "" | or (env "a-b-c" (lower -1)) true }}',
    error: 'template: root:1:12: executing "root" at <env>: wrong number of args for env: want 1 got 2',
  },
  {
    expr: "{{ ne 1e2 true 'a' | println 'a' `x` 1 }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 3',
  },
  { expr: '{{ lower "%v" }}', out: "%v" },
  {
    expr: '{{ $v := vault (printf) "é" }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:16: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  {
    expr: "{{ if build_name `x` }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 1',
  },
  {
    expr: '{{ with lower (user) "%v" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: "{{ if false | slice | packer_version }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:14: executing "root" at <slice>: error calling slice: can\'t slice item of type bool',
  },
  {
    expr: '{{ $v := aws_secretsmanager }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  {
    expr: "{{ len false .Foo (split) }}",
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: '{{ if consul_key "-" 1.0 "é" | html 0 (index .Foo "%v") 0 }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  {
    expr: '{{ "é" | js false false | consul_key . (build_name 1.0) (eq (index 1e2 "é" "a-b-c") 1) }}',
    error:
      'template: root:1:27: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 4',
  },
  {
    expr: '{{ ne `x` nil | split "" }}',
    error: 'template: root:1:16: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: "{{ index | not false | html }}",
    error:
      'template: root:1:3: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  {
    expr: "{{ . | upper 0x10 | slice (html) }}",
    error: 'template: root:1:7: executing "root" at <upper>: wrong number of args for upper: want 1 got 2',
  },
  {
    expr: '{{ range and "é" | ge "%d-%s" (replace_all "a-b-c" `x` 1e2) (sed . -1) | js (lt "%v" nil "%q") (user 2) (vault) }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:20: executing "root" at <ge>: wrong number of args for ge: want 2 got 4',
  },
  {
    expr: "{{ replace 'a' }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 1',
  },
  {
    expr: "{{ replace }}",
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: '{{ $v := aws_secretsmanager \'a\' "-" }}{{ $v }}|{{ printf "%T" $v }}',
    error: "template: root:1:28: executing \"root\" at <'a'>: expected string; found 'a'",
  },
  {
    expr: '{{ gt "a-b-c" (consul_key) .Foo }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  {
    expr: '{{ upper 0x10 | sed "a-b-c" | split }}',
    error: 'template: root:1:9: executing "root" at <0x10>: expected string; found 0x10',
  },
  { expr: "{{ range $ }}<{{ . }}>{{ else }}E{{ end }}", out: "E" },
  {
    expr: '{{ if replace "%#v %T" "a-b-c" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  {
    expr: "{{ range slice }}<{{ . }}>{{ else }}E{{ end }}",
    error:
      'template: root:1:9: executing "root" at <slice>: wrong number of args for slice: want at least 1 got 0',
  },
  {
    expr: "{{ range eq 65 -1 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:15: executing "root" at <-1>: range can\'t iterate over false',
  },
  {
    expr: "{{ call }}",
    error:
      'template: root:1:3: executing "root" at <call>: wrong number of args for call: want at least 1 got 0',
  },
  {
    expr: '{{ if or 0x10 | lt "é" (sed true) "%[2]v %[1]v" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:16: executing "root" at <lt>: wrong number of args for lt: want 2 got 4',
  },
  {
    expr: '{{ if build 255 "%#v %T" "%08.3f" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <build>: wrong number of args for build: want 1 got 3',
  },
  {
    expr: "{{ env (user) | js }}",
    error: 'template: root:1:8: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  {
    expr: "{{ true | ge }}",
    error: 'template: root:1:10: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: "{{ 0x10 | lower `x` }}",
    error: 'template: root:1:10: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: '{{ build_name "%08.3f" 255 \'a\' | js "%[2]v %[1]v" (split "%q" 0 (slice)) -3.75 }}',
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  { expr: "{{ 1e2 }}", out: "100" },
  {
    expr: '{{ with and $ | gt 1 (len) false | template_dir true 3.5 "-" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:16: executing "root" at <gt>: wrong number of args for gt: want 2 got 4',
  },
  {
    expr: '{{ $v := "a-b-c" | gt "a-b-c" | js "%q" "%x %X %o" "héllo" }}{{ $v }}|{{ printf "%T" $v }}',
    out: "%q%x %X %ohéllofalse|string",
  },
  {
    expr: "{{ vault }}",
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 0',
  },
  {
    expr: "{{ 65 | replace_all }}",
    error:
      'template: root:1:8: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  {
    expr: '{{ ne "%08.3f" }}',
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: '{{ if printf $ "a-b-c" (index) | ge true "héllo" .Foo }}T{{ else }}F{{ end }}',
    error: 'template: root:1:13: executing "root" at <$>: invalid value; expected string',
  },
  {
    expr: '{{ lt (sed "%08.3f") "%q %c %U" | not -3.75 0x10 | and "-" (template_dir "%v") $ }}',
    error: 'template: root:1:7: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ range not \"é\" 'a' 1e21 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: "{{ with user 0x10 }}[{{ . }}]{{ end }}",
    error: 'template: root:1:13: executing "root" at <0x10>: expected string; found 0x10',
  },
  {
    expr: '{{ user (print "%5.2f|%-4d|%+v") "%x %X %o" 65 }}',
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  {
    expr: "{{ range and 65 (sed 1e21) }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:17: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ eq 1e21 2 }}",
    error:
      'template: root:1:3: executing "root" at <eq 1e21 2>: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ with printf (le . 1e2) }}[{{ . }}]{{ end }}",
    error:
      'template: root:1:16: executing "root" at <le . 1e2>: error calling le: invalid type for comparison',
  },
  {
    expr: "{{ range len | env 1 . | len }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <len>: wrong number of args for len: want 1 got 0',
  },
  {
    expr: "{{ packer_version 255 (consul_key 1.0) }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  { expr: '{{ if "%[2]v %[1]v" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ user (html) "%5.2f|%-4d|%+v" | sed }}',
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 2',
  },
  {
    expr: '{{ if sed "%*d" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  { expr: "{{ false }}", out: "false" },
  {
    expr: '{{ if printf (sed "%08.3f" "%v" 0) 1 }}T{{ else }}F{{ end }}',
    error: 'template: root:1:14: executing "root" at <sed>: wrong number of args for sed: want 2 got 3',
  },
  { expr: '{{ $v := "héllo" }}{{ $v }}|{{ printf "%T" $v }}', out: "héllo|string" },
  { expr: '{{ user "é" }}', out: "" },
  {
    expr: "{{ ne }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: '{{ build_name "%[2]v %[1]v" "%[2]v %[1]v" }}',
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  {
    expr: '{{ slice "%08.3f" 1 -1 }}',
    error:
      'template: root:1:3: executing "root" at <slice "%08.3f" 1 -1>: error calling slice: index out of range: -1',
  },
  {
    expr: '{{ not -1 "%08.3f" }}',
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  { expr: '{{ $v := "%q" }}{{ $v }}|{{ printf "%T" $v }}', out: "%q|string" },
  {
    expr: '{{ index -3.75 "" }}',
    error:
      'template: root:1:3: executing "root" at <index -3.75 "">: error calling index: can\'t index item of type float64',
  },
  { expr: '{{ "%[2]v %[1]v" }}', out: "%[2]v %[1]v" },
  {
    expr: '{{ consul_key "%08.3f" .Foo | printf "%#v %T" | eq "%e %g %.3g" "%q %c %U" \'a\' }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  { expr: "{{ if `x` }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: '{{ "%08.3f" | replace 65 $ 0x10 }}',
    error: 'template: root:1:22: executing "root" at <65>: expected string; found 65',
  },
  { expr: '{{ with js "%v" "é" "héllo" }}[{{ . }}]{{ end }}', out: "[%véhéllo]" },
  { expr: "{{ 1.0 }}", out: "1" },
  {
    expr: '{{ with aws_secretsmanager "%x %X %o" "%e %g %.3g" | print }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <aws_secretsmanager "%x %X %o" "%e %g %.3g">: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  { expr: '{{ printf "%s%s%s" }}', out: "%!s(MISSING)%!s(MISSING)%!s(MISSING)" },
  {
    expr: '{{ le (env (env "%q %c %U" nil false) "%08.3f" "%08.3f") }}',
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  { expr: '{{ "%#v %T" }}', out: "%#v %T" },
  { expr: "{{ js }}", out: "" },
  {
    expr: "{{ with nil }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <nil>: nil is not a command',
  },
  {
    expr: "{{ or | gt 1.0 }}",
    error: 'template: root:1:3: executing "root" at <or>: wrong number of args for or: want at least 1 got 0',
  },
  {
    expr: '{{ gt true "" (slice "%5.2f|%-4d|%+v" "%q %c %U") }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  {
    expr: '{{ consul_key "a-b-c" "%#v %T" nil }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  {
    expr: "{{ consul_key }}",
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: "{{ if replace_all . 1e2 255 }}T{{ else }}F{{ end }}",
    error: 'template: root:1:18: executing "root" at <.>: invalid value; expected string',
  },
  { expr: "{{ . }}", out: "<no value>" },
  { expr: "{{ and 0x10 1.0 (println -3.75) }}", out: "-3.75" },
  {
    expr: '{{ split (slice (upper "-" nil "%5.2f|%-4d|%+v") $ (len $ "" false)) "%[2]v %[1]v" }}',
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: "{{ if eq true }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <eq true>: error calling eq: missing argument for comparison',
  },
  {
    expr: "{{ range upper 0.000012 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:15: executing "root" at <0.000012>: expected string; found 0.000012',
  },
  {
    expr: "{{ len }}",
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 0',
  },
  {
    expr: '{{ js (consul_key) "-" 1 }}',
    error:
      'template: root:1:7: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: '{{ len | printf "é" | replace_all (replace) "%q %c %U" }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 0',
  },
  {
    expr: '{{ $v := ne | build_name | index -1 (vault) }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: '{{ consul_key | index "%*d" nil }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: "{{ range 'a' }}<{{ . }}>{{ else }}E{{ end }}",
    error: "template: root:1:9: executing \"root\" at <'a'>: range can't iterate over 97",
  },
  {
    expr: "{{ eq | ne | replace_all nil }}",
    error: 'template: root:1:3: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  { expr: "{{ if ne 0 2 | or false false nil }}T{{ else }}F{{ end }}", out: "T" },
  { expr: '{{ "" }}', out: "" },
  {
    expr: "{{ build_name 'a' 1 \"%[2]v %[1]v\" }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  {
    expr: "{{ packer_version }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: error calling packer_version: packer_version not available',
  },
  {
    expr: "{{ range vault (sed -3.75) 0x10 . }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  {
    expr: '{{ if lower (ne "a-b-c") }}T{{ else }}F{{ end }}',
    error: 'template: root:1:13: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: '{{ if build_name | gt "%#v %T" | aws_secretsmanager (user "é" 1e2) (user) (env nil) }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  {
    expr: '{{ if template_dir . 1e2 "" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: "{{ if packer_version }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <packer_version>: error calling packer_version: packer_version not available',
  },
  {
    expr: '{{ range upper "%x %X %o" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:15: executing "root" at <"%x %X %o">: range can\'t iterate over %X %X %O',
  },
  { expr: "{{ print true 1 }}", out: "true 1" },
  {
    expr: "{{ split }}",
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: "{{ upper }}",
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  {
    expr: "{{ 'a' | printf }}",
    error: 'template: root:1:9: executing "root" at <printf>: wrong type for value; expected string; got int',
  },
  {
    expr: '{{ nil | gt "%#v %T" (slice false "%*d") }}',
    error: 'template: root:1:3: executing "root" at <nil>: nil is not a command',
  },
  {
    expr: '{{ $v := "%*d" | js "%e %g %.3g" | index 65 2 1 }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:35: executing "root" at <index 65 2 1>: error calling index: can\'t index item of type int',
  },
  { expr: "{{ $ }}", out: "<no value>" },
  { expr: "{{ or 0.000012 3.5 }}", out: "1.2e-05" },
  {
    expr: '{{ if template_dir "%!" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  {
    expr: "{{ build_name (call 1e2) }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 1',
  },
  {
    expr: '{{ with gt 1 3.5 "héllo" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  { expr: '{{ or 0.000012 "é" }}', out: "1.2e-05" },
  {
    expr: '{{ range replace -1 255 (slice "%08.3f" "%!") | replace_all (lt 1e21 "%q" `x`) }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:9: executing "root" at <replace>: wrong number of args for replace: want 4 got 3',
  },
  {
    expr: "{{ lower }}",
    error: 'template: root:1:3: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  {
    expr: "{{ not }}",
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  { expr: "{{ 255 }}", out: "255" },
  {
    expr: '{{ replace "%*d" 1.0 | env true }}',
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  { expr: '{{ with "%e %g %.3g" }}[{{ . }}]{{ end }}', out: "[%e %g %.3g]" },
  {
    expr: "{{ lt $ 2 .Foo }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 3',
  },
  { expr: "{{ with html | lower }}[{{ . }}]{{ end }}", out: "" },
  {
    expr: '{{ len "%*d" "-" "%5.2f|%-4d|%+v" | le 0 (slice 2 .) 0.000012 }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: '{{ aws_secretsmanager 1e2 "%e %g %.3g" | template_dir (replace "%08.3f" "%#v %T" "%!") 1e2 $ | env 255 }}',
    error: 'template: root:1:22: executing "root" at <1e2>: expected string; found 1e2',
  },
  {
    expr: '{{ range "%08.3f" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"%08.3f">: range can\'t iterate over %08.3f',
  },
  {
    expr: '{{ "%!" | ge 0.000012 "%d-%s" | ne }}',
    error: 'template: root:1:10: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  {
    expr: '{{ eq 0 | and true "%q" | urlquery -1 (printf "%08.3f" (and "%v" "%d-%s" "%!")) -1 }}',
    error:
      'template: root:1:3: executing "root" at <eq 0>: error calling eq: missing argument for comparison',
  },
  { expr: "{{ not 1e21 }}", out: "false" },
  { expr: "{{ 2 }}", out: "2" },
  { expr: "{{ template_dir }}", out: "/tmp/ip" },
  { expr: "{{ not 3.5 }}", out: "false" },
  { expr: '{{ if print nil "-" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ "%v" | slice (replace "%#v %T" nil) 0 | printf 2 \'a\' nil }}',
    error:
      'template: root:1:17: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  {
    expr: "{{ with replace_all (js -3.75 0.000012 1) `x` }}[{{ . }}]{{ end }}",
    error:
      'template: root:1:8: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 2',
  },
  {
    expr: '{{ "" | template_dir false }}',
    error:
      'template: root:1:8: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  { expr: "{{ with 0.000012 }}[{{ . }}]{{ end }}", out: "[1.2e-05]" },
  { expr: '{{ and `x` "%q %c %U" }}', out: "%q %c %U" },
  { expr: '{{ "%5.2f|%-4d|%+v" }}', out: "%5.2f|%-4d|%+v" },
  { expr: "{{ if 'a' }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ printf }}",
    error:
      'template: root:1:3: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  {
    expr: "{{ range sed $ }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  { expr: '{{ if "%v" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: "{{ gt }}",
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 0',
  },
  { expr: '{{ "%*d" }}', out: "%*d" },
  {
    expr: "{{ sed }}",
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 0',
  },
  {
    expr: "{{ call (lower (ne)) }}",
    error: 'template: root:1:16: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: '{{ template_dir (sed (lower) "%q %c %U" "%s%s%s") (ne "%s%s%s") }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: "{{ upper (template_dir 0x10) }}",
    error:
      'template: root:1:10: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  { expr: "{{ -1 }}", out: "-1" },
  {
    expr: "{{ packer_version (env) -3.75 $ }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 3',
  },
  {
    expr: '{{ ge nil 1 "%x %X %o" }}',
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  {
    expr: '{{ true | build "%v" }}',
    error: 'template: root:1:10: executing "root" at <build>: wrong number of args for build: want 1 got 2',
  },
  { expr: "{{ html nil 0x10 }}", out: "&lt;no value&gt;16" },
  {
    expr: '{{ vault "%x %X %o" }}',
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  {
    expr: "{{ range call nil 0.000012 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <call nil 0.000012>: error calling call: call of nil',
  },
  {
    expr: '{{ if le "%e %g %.3g" "" "%x %X %o" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <le>: wrong number of args for le: want 2 got 3',
  },
  {
    expr: '{{ with "%v" | packer_version true }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:15: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  {
    expr: "{{ if ge 1e21 .Foo 0.000012 }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  {
    expr: '{{ if html (len "%x %X %o" 1.0 .) .Foo }}T{{ else }}F{{ end }}',
    error: 'template: root:1:12: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: "{{ if index }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  { expr: "{{ urlquery (println) }}", out: "%0A" },
  {
    expr: '{{ print (index "é" 1.0) "%q %c %U" (lower "%[2]v %[1]v") }}',
    error:
      'template: root:1:10: executing "root" at <index "é" 1.0>: error calling index: cannot index slice/array with type float64',
  },
  {
    expr: "{{ env 255 }}",
    error: 'template: root:1:7: executing "root" at <255>: expected string; found 255',
  },
  {
    expr: '{{ with lt "%08.3f" 0.000012 (aws_secretsmanager) }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <lt>: wrong number of args for lt: want 2 got 3',
  },
  { expr: '{{ 1 | print `x` "%q %c %U" "a-b-c" }}', out: "x%q %c %Ua-b-c1" },
  {
    expr: '{{ with build_name . | split (index "é" "%d-%s") }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 1',
  },
  {
    expr: '{{ range "héllo" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"héllo">: range can\'t iterate over héllo',
  },
  { expr: "{{ if 1e2 }}T{{ else }}F{{ end }}", out: "T" },
  { expr: "{{ 0x10 }}", out: "16" },
  {
    expr: '{{ printf | index | html "é" }}',
    error:
      'template: root:1:3: executing "root" at <printf>: wrong number of args for printf: want at least 1 got 0',
  },
  {
    expr: "{{ if user }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <user>: wrong number of args for user: want 1 got 0',
  },
  { expr: '{{ or "%d-%s" 0 }}', out: "%d-%s" },
  {
    expr: '{{ eq 2 "%d-%s" }}',
    error:
      'template: root:1:3: executing "root" at <eq 2 "%d-%s">: error calling eq: incompatible types for comparison',
  },
  {
    expr: '{{ range "%d-%s" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"%d-%s">: range can\'t iterate over %d-%s',
  },
  { expr: "{{ `x` }}", out: "x" },
  { expr: '{{ or "%s%s%s" 2 (template_dir 0 2 255) }}', out: "%s%s%s" },
  { expr: '{{ or (slice "") -3.75 `x` }}', out: "-3.75" },
  {
    expr: "{{ env }}",
    error: 'template: root:1:3: executing "root" at <env>: wrong number of args for env: want 1 got 0',
  },
  { expr: '{{ html "%08.3f" }}', out: "%08.3f" },
  { expr: "{{ 0.000012 }}", out: "1.2e-05" },
  { expr: "{{ nil }}", error: 'template: root:1:3: executing "root" at <nil>: nil is not a command' },
  {
    expr: '{{ call .Foo "%e %g %.3g" (env) }}',
    error: 'template: root:1:27: executing "root" at <env>: wrong number of args for env: want 1 got 0',
  },
  { expr: '{{ "é" }}', out: "é" },
  {
    expr: '{{ consul_key -3.75 (ge "%e %g %.3g" "%v" 1e21) -1 }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  {
    expr: "{{ lower | build_name (lower .Foo) }}",
    error: 'template: root:1:3: executing "root" at <lower>: wrong number of args for lower: want 1 got 0',
  },
  { expr: "{{ if .Foo }}T{{ else }}F{{ end }}", out: "F" },
  { expr: "{{ if 1e21 }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: '{{ js "%q %c %U" (lt -3.75 (call `x` 1 255) "-") | template_dir }}',
    error: 'template: root:1:18: executing "root" at <lt>: wrong number of args for lt: want 2 got 3',
  },
  {
    expr: '{{ "%!" | split 0 | slice "%q %c %U" }}',
    error: 'template: root:1:10: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: '{{ $v := build 3.5 0 0x10 }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <build>: wrong number of args for build: want 1 got 3',
  },
  { expr: "{{ with -1 }}[{{ . }}]{{ end }}", out: "[-1]" },
  {
    expr: "{{ user 255 }}",
    error: 'template: root:1:8: executing "root" at <255>: expected string; found 255',
  },
  {
    expr: '{{ slice 1e2 "é" "%s%s%s" }}',
    error:
      'template: root:1:3: executing "root" at <slice 1e2 "é" "%s%s%s">: error calling slice: can\'t slice item of type float64',
  },
  {
    expr: "{{ 2 | len false 3.5 (print) | build_name }}",
    error: 'template: root:1:7: executing "root" at <len>: wrong number of args for len: want 1 got 4',
  },
  {
    expr: '{{ index "%!" "%q" }}',
    error:
      'template: root:1:3: executing "root" at <index "%!" "%q">: error calling index: cannot index slice/array with type string',
  },
  {
    expr: '{{ $v := not 1e21 false "%s%s%s" | ne "%08.3f" 1 | consul_key }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: '{{ range "%!" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"%!">: range can\'t iterate over %!',
  },
  { expr: "{{ if -3.75 }}T{{ else }}F{{ end }}", out: "T" },
  { expr: '{{ "%x %X %o" }}', out: "%x %X %o" },
  { expr: "{{ 1 }}", out: "1" },
  {
    expr: '{{ and "a-b-c" (env "%x %X %o" 255 255) 0.000012 }}',
    error: 'template: root:1:16: executing "root" at <env>: wrong number of args for env: want 1 got 3',
  },
  {
    expr: '{{ range slice "%v" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:15: executing "root" at <"%v">: range can\'t iterate over %v',
  },
  {
    expr: '{{ if "%!" | split "a-b-c" | not (packer_version) }}T{{ else }}F{{ end }}',
    error: 'template: root:1:13: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: "{{ range or 0x10 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:12: executing "root" at <0x10>: range can\'t iterate over 16',
  },
  {
    expr: '{{ $v := printf "%s%s%s" "%[2]v %[1]v" nil }}{{ $v }}|{{ printf "%T" $v }}',
    out: "%[2]v %[1]v%!s(<nil>)%!s(MISSING)|string",
  },
  { expr: "{{ println 0.000012 }}", out: "1.2e-05" },
  {
    expr: "{{ ne 3.5 }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: '{{ packer_version "%x %X %o" (packer_version) "%q" }}',
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 3',
  },
  {
    expr: "{{ 2 | vault 'a' | len (replace_all) \"héllo\" }}",
    error: "template: root:1:13: executing \"root\" at <'a'>: expected string; found 'a'",
  },
  {
    expr: "{{ with ne }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: "{{ -1 | lt | user }}",
    error: 'template: root:1:8: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: '{{ "%v" | lt (packer_version 1.0 (template_dir .Foo 2)) "%08.3f" }}',
    error: 'template: root:1:10: executing "root" at <lt>: wrong number of args for lt: want 2 got 3',
  },
  {
    expr: "{{ with replace_all .Foo 'a' }}[{{ . }}]{{ end }}",
    error:
      'template: root:1:8: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 2',
  },
  {
    expr: '{{ "héllo" | split (packer_version) }}',
    error: 'template: root:1:14: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: '{{ "%08.3f" | le }}',
    error: 'template: root:1:14: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  {
    expr: '{{ replace (js "%08.3f" "%08.3f") }}',
    error:
      'template: root:1:3: executing "root" at <replace>: wrong number of args for replace: want 4 got 1',
  },
  {
    expr: '{{ call -1 "%#v %T" | or true 3.5 "%08.3f" }}',
    error:
      'template: root:1:3: executing "root" at <call -1 "%#v %T">: error calling call: non-function of type int',
  },
  { expr: "{{ true }}", out: "true" },
  {
    expr: '{{ "%!" | eq }}',
    error: 'template: root:1:10: executing "root" at <eq>: error calling eq: missing argument for comparison',
  },
  {
    expr: '{{ with template_dir | lower "%d-%s" (user $ $ "%5.2f|%-4d|%+v") "%q" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:23: executing "root" at <lower>: wrong number of args for lower: want 1 got 4',
  },
  { expr: '{{ "%s%s%s" }}', out: "%s%s%s" },
  {
    expr: "{{ call (ge true $) }}",
    error:
      'template: root:1:9: executing "root" at <ge true $>: error calling ge: invalid type for comparison',
  },
  { expr: '{{ "%!" | js }}', out: "%!" },
  {
    expr: '{{ with user 3.5 (ne "%08.3f" "%[2]v %[1]v") \'a\' }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  {
    expr: "{{ if call (split 255 255) true true }}T{{ else }}F{{ end }}",
    error: 'template: root:1:12: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: "{{ range vault $ 2 3.5 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  {
    expr: '{{ print (lt) "%e %g %.3g" }}',
    error: 'template: root:1:10: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  { expr: '{{ printf "%v" 3.5 1.0 }}', out: "3.5%!(EXTRA float64=1)" },
  {
    expr: '{{ range "%*d" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"%*d">: range can\'t iterate over %*d',
  },
  {
    expr: '{{ if split 2 "%#v %T" }}T{{ else }}F{{ end }}',
    error: 'template: root:1:6: executing "root" at <split>: wrong number of args for split: want 3 got 2',
  },
  {
    expr: "{{ len . | eq }}",
    error:
      'template: root:1:3: executing "root" at <len .>: error calling len: reflect: call of reflect.Value.Type on zero Value',
  },
  {
    expr: '{{ $v := or "%[2]v %[1]v" (index) 255 }}{{ $v }}|{{ printf "%T" $v }}',
    out: "%[2]v %[1]v|string",
  },
  { expr: '{{ upper "%x %X %o" }}', out: "%X %X %O" },
  {
    expr: "{{ if consul_key 1e2 | replace }}T{{ else }}F{{ end }}",
    error: 'template: root:1:17: executing "root" at <1e2>: expected string; found 1e2',
  },
  {
    expr: '{{ eq 1e21 "a-b-c" }}',
    error:
      'template: root:1:3: executing "root" at <eq 1e21 "a-b-c">: error calling eq: incompatible types for comparison',
  },
  { expr: "{{ if `x` | len }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: '{{ range "" | or 1e21 $ | template_dir }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:26: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  {
    expr: '{{ packer_version "" }}',
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 1',
  },
  {
    expr: '{{ not 2 "%[2]v %[1]v" | html 1e2 .Foo | printf "%s%s%s" 255 }}',
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  {
    expr: '{{ if "%v" | ne .Foo false | call }}T{{ else }}F{{ end }}',
    error: 'template: root:1:13: executing "root" at <ne>: wrong number of args for ne: want 2 got 3',
  },
  { expr: "{{ with .Foo }}[{{ . }}]{{ end }}", out: "" },
  { expr: '{{ "%v" }}', out: "%v" },
  {
    expr: "{{ build_name }}",
    error:
      'template: root:1:3: executing "root" at <build_name>: error calling build_name: build_name not available',
  },
  {
    expr: "{{ split 65 }}",
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
    expr: "{{ if le 1 (replace 0) (env 1e2 -3.75 -3.75) }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <le>: wrong number of args for le: want 2 got 3',
  },
  {
    expr: "{{ index }}",
    error:
      'template: root:1:3: executing "root" at <index>: wrong number of args for index: want at least 1 got 0',
  },
  { expr: '{{ "héllo" }}', out: "héllo" },
  {
    expr: '{{ with not (replace . "%x %X %o") | println 65 1e21 | ne 1.0 }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:13: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  {
    expr: "{{ with eq true }}[{{ . }}]{{ end }}",
    error:
      'template: root:1:8: executing "root" at <eq true>: error calling eq: missing argument for comparison',
  },
  {
    expr: '{{ if build_name "%[2]v %[1]v" (split "a-b-c") (env -3.75) }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  { expr: "{{ html }}", out: "" },
  {
    expr: '{{ range -3.75 | build_name 65 -3.75 (html) | ne 0x10 3.5 (index "%#v %T") }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:17: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 4',
  },
  { expr: '{{ if "é" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ js (packer_version "%e %g %.3g" "%*d") }}',
    error:
      'template: root:1:7: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  { expr: '{{ html 65 "-" 1.0 }}', out: "65-1" },
  {
    expr: "{{ with gt false -3.75 (lower) }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  { expr: '{{ not "é" }}', out: "false" },
  { expr: "{{ 3.5 }}", out: "3.5" },
  {
    expr: "{{ index 0 0.000012 }}",
    error:
      'template: root:1:3: executing "root" at <index 0 0.000012>: error calling index: can\'t index item of type int',
  },
  {
    expr: '{{ $v := template_dir "%q %c %U" (build_name 1e2 "-" 2) (not "%!" 2) | lower "é" | or (upper "%d-%s") }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 3',
  },
  {
    expr: '{{ with packer_version (slice "%s%s%s" "%q %c %U") -3.75 | replace (eq -1) "%s%s%s" (packer_version) | vault "a-b-c" false }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  {
    expr: "{{ with split }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: '{{ upper 65 "%x %X %o" 0x10 }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: "{{ le }}",
    error: 'template: root:1:3: executing "root" at <le>: wrong number of args for le: want 2 got 0',
  },
  {
    expr: "{{ range template_dir }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <template_dir>: range can\'t iterate over /tmp/ip',
  },
  {
    expr: "{{ println (replace) }}",
    error:
      'template: root:1:12: executing "root" at <replace>: wrong number of args for replace: want 4 got 0',
  },
  {
    expr: "{{ if sed . | vault 1e21 }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <sed>: wrong number of args for sed: want 2 got 1',
  },
  {
    expr: "{{ with aws_secretsmanager }}[{{ . }}]{{ end }}",
    error:
      'template: root:1:8: executing "root" at <aws_secretsmanager>: error calling aws_secretsmanager: AWS Secrets Manager is only allowed in the variables section',
  },
  {
    expr: '{{ replace_all (user "%5.2f|%-4d|%+v" "%e %g %.3g" "%#v %T") }}',
    error:
      'template: root:1:3: executing "root" at <replace_all>: wrong number of args for replace_all: want 3 got 1',
  },
  {
    expr: "{{ with len (build_name 2 'a') }}[{{ . }}]{{ end }}",
    error:
      'template: root:1:13: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  {
    expr: "{{ eq }}",
    error: 'template: root:1:3: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  {
    expr: '{{ consul_key -1 1e2 "%v" | consul_key | slice (println (consul_key . 65)) (println 65 "%5.2f|%-4d|%+v") 0x10 }}',
    error:
      'template: root:1:3: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 3',
  },
  {
    expr: "{{ if not }}T{{ else }}F{{ end }}",
    error: 'template: root:1:6: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: '{{ ge "%*d" | upper }}',
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  {
    expr: '{{ lt (aws_secretsmanager "%e %g %.3g") }}',
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: '{{ if -1 | build_name 1.0 "é" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:11: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 3',
  },
  { expr: "{{ 1e21 }}", out: "1e+21" },
  {
    expr: "{{ range lower nil 1 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: '{{ range html "é" | html 65 "a-b-c" | consul_key (env "%*d" 0 "é") }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:39: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  {
    expr: '{{ range build (template_dir -1) "%q" (upper 0 -3.75 "%v") | index "%s%s%s" false | upper $ `x` nil }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <build>: wrong number of args for build: want 1 got 3',
  },
  {
    expr: "{{ or }}",
    error: 'template: root:1:3: executing "root" at <or>: wrong number of args for or: want at least 1 got 0',
  },
  {
    expr: "{{ range 0.000012 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <0.000012>: range can\'t iterate over 1.2e-05',
  },
  {
    expr: '{{ and (len 2 .Foo) 1e2 "%08.3f" }}',
    error: 'template: root:1:8: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  { expr: '{{ urlquery "%[2]v %[1]v" 0 }}', out: "%25%5B2%5Dv+%25%5B1%5Dv0" },
  {
    expr: "{{ aws_secretsmanager (html) 1e21 }}",
    error: 'template: root:1:29: executing "root" at <1e21>: expected string; found 1e21',
  },
  { expr: "{{ with 1 }}[{{ . }}]{{ end }}", out: "[1]" },
  {
    expr: '{{ gt (not 0 (printf) "%q") }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 1',
  },
  {
    expr: '{{ "%e %g %.3g" | template_dir "%*d" | ge . 65 "é" }}',
    error:
      'template: root:1:18: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 2',
  },
  {
    expr: "{{ slice -3.75 `x` }}",
    error:
      'template: root:1:3: executing "root" at <slice -3.75 `x`>: error calling slice: can\'t slice item of type float64',
  },
  {
    expr: "{{ ne 2 }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 1',
  },
  {
    expr: '{{ with call "%#v %T" \'a\' | or nil "%x %X %o" | slice }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <call "%#v %T" \'a\'>: error calling call: non-function of type string',
  },
  {
    expr: '{{ $v := "%!" | or 1e21 (call false) \'a\' }}{{ $v }}|{{ printf "%T" $v }}',
    out: "1e+21|float64",
  },
  {
    expr: "{{ packer_version \"héllo\" 'a' 0x10 }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 3',
  },
  {
    expr: '{{ with ge (ne) `x` (index "%5.2f|%-4d|%+v" 0 "%v") | html | replace_all (index $) "%x %X %o" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  { expr: '{{ ge "é" "%q" }}', out: "true" },
  {
    expr: '{{ build_name (template_dir (printf "%[2]v %[1]v" "%v") 2 1.0) (js) }}',
    error:
      'template: root:1:3: executing "root" at <build_name>: wrong number of args for build_name: want 0 got 2',
  },
  { expr: "{{ println }}", out: "" },
  {
    expr: '{{ if consul_key (printf) "%s%s%s" }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 2',
  },
  {
    expr: '{{ if -1 | ge (le 2 1.0) "%e %g %.3g" "%q" | packer_version 1e21 \'a\' `x` }}T{{ else }}F{{ end }}',
    error: 'template: root:1:11: executing "root" at <ge>: wrong number of args for ge: want 2 got 4',
  },
  { expr: "{{ 'a' }}", out: "97" },
  {
    expr: '{{ range len (env) "%5.2f|%-4d|%+v" | build_name "%!" (not "%s%s%s") (println) }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: '{{ eq 65 1e2 | html "%s%s%s" }}',
    error:
      'template: root:1:3: executing "root" at <eq 65 1e2>: error calling eq: incompatible types for comparison',
  },
  { expr: '{{ $v := "é" }}{{ $v }}|{{ printf "%T" $v }}', out: "é|string" },
  { expr: '{{ print "%d-%s" -3.75 }}', out: "%d-%s-3.75" },
  {
    expr: '{{ build (upper) "%*d" "%#v %T" | build_name }}',
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 3',
  },
  {
    expr: '{{ sed 65 0x10 "%08.3f" }}',
    error: 'template: root:1:3: executing "root" at <sed>: wrong number of args for sed: want 2 got 3',
  },
  {
    expr: "{{ ge . (vault) 3.5 }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  {
    expr: '{{ range "-" | aws_secretsmanager 255 1e2 | call }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:34: executing "root" at <255>: expected string; found 255',
  },
  {
    expr: "{{ if index (lt 0x10 65) nil }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:6: executing "root" at <index (lt 0x10 65) nil>: error calling index: can\'t index item of type bool',
  },
  { expr: '{{ 3.5 | print "%q" }}', out: "%q3.5" },
  { expr: "{{ with . }}[{{ . }}]{{ end }}", out: "" },
  {
    expr: "{{ vault true }}",
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  { expr: "{{ or 1e2 }}", out: "100" },
  { expr: '{{ if or "-" }}T{{ else }}F{{ end }}', out: "T" },
  { expr: '{{ "-" }}', out: "-" },
  { expr: '{{ $v := -3.75 }}{{ $v }}|{{ printf "%T" $v }}', out: "-3.75|float64" },
  {
    expr: "{{ 1 | template_dir }}",
    error:
      'template: root:1:7: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  {
    expr: "{{ packer_version | replace_all | index }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: error calling packer_version: packer_version not available',
  },
  { expr: '{{ $v := len (html "%5.2f|%-4d|%+v") }}{{ $v }}|{{ printf "%T" $v }}', out: "14|int" },
  { expr: '{{ $v := 1e2 }}{{ $v }}|{{ printf "%T" $v }}', out: "100|float64" },
  {
    expr: '{{ if replace (sed) "%08.3f" | user }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <replace>: wrong number of args for replace: want 4 got 2',
  },
  { expr: "{{ with -3.75 }}[{{ . }}]{{ end }}", out: "[-3.75]" },
  { expr: '{{ $v := print `x` }}{{ $v }}|{{ printf "%T" $v }}', out: "x|string" },
  { expr: "{{ and 65 0x10 }}", out: "16" },
  {
    expr: '{{ range "%x %X %o" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <"%x %X %o">: range can\'t iterate over %x %X %o',
  },
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
    expr: '{{ build (not "" "%d-%s") }}',
    error: 'template: root:1:10: executing "root" at <not>: wrong number of args for not: want 1 got 2',
  },
  { expr: "{{ -3.75 }}", out: "-3.75" },
  { expr: '{{ lower "%v" }}', out: "%v" },
  {
    expr: '{{ split "%e %g %.3g" | ge "%q %c %U" | urlquery }}',
    error: 'template: root:1:3: executing "root" at <split>: wrong number of args for split: want 3 got 1',
  },
  { expr: '{{ with "%!" }}[{{ . }}]{{ end }}', out: "[%!]" },
  {
    expr: '{{ range env 2 255 0x10 | ge -3.75 $ "%v" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <env>: wrong number of args for env: want 1 got 3',
  },
  {
    expr: '{{ with vault "" "" true | print 1e2 "%!" | replace }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <vault>: wrong number of args for vault: want 2 got 3',
  },
  {
    expr: '{{ .Foo | consul_key true "%v" 255 }}',
    error:
      'template: root:1:10: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 4',
  },
  {
    expr: "{{ lower true }}",
    error: 'template: root:1:9: executing "root" at <true>: expected string; found true',
  },
  {
    expr: '{{ len nil "héllo" }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: '{{ "%5.2f|%-4d|%+v" | len .Foo | and 1.0 (call "%#v %T" "é") }}',
    error: 'template: root:1:22: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: '{{ if le true (gt false "" 0.000012) }}T{{ else }}F{{ end }}',
    error: 'template: root:1:15: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  { expr: '{{ if and 1e2 "%q" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ $v := eq 0.000012 | build "%[2]v %[1]v" "%*d" . }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <eq 0.000012>: error calling eq: missing argument for comparison',
  },
  {
    expr: '{{ or "héllo" (println .) (not 1e2) | vault false | template_dir "%08.3f" }}',
    error: 'template: root:1:45: executing "root" at <false>: expected string; found false',
  },
  {
    expr: "{{ with upper }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <upper>: wrong number of args for upper: want 1 got 0',
  },
  { expr: '{{ with 0x10 | js "%x %X %o" $ }}[{{ . }}]{{ end }}', out: "[%x %X %o\\u003Cno value\\u003E16]" },
  {
    expr: "{{ ge }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 0',
  },
  {
    expr: "{{ slice (split) }}",
    error: 'template: root:1:10: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: "{{ packer_version (build 65 (upper)) 3.5 }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  {
    expr: "{{ build 0.000012 }}",
    error: 'template: root:1:9: executing "root" at <0.000012>: expected string; found 0.000012',
  },
  {
    expr: '{{ vault | len "%q %c %U" $ }}',
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 0',
  },
  {
    expr: '{{ range false | user | build_name . "%x %X %o" "%#v %T" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:17: executing "root" at <user>: wrong type for value; expected string; got bool',
  },
  {
    expr: '{{ $v := consul_key }}{{ $v }}|{{ printf "%T" $v }}',
    error:
      'template: root:1:9: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: '{{ len (urlquery) 1e21 (slice "-" "%s%s%s" false) }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 3',
  },
  {
    expr: '{{ sed (println "%x %X %o") `x` }}',
    error:
      'template: root:1:3: executing "root" at <sed (println "%x %X %o") `x`>: error calling sed: template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine',
  },
  {
    expr: '{{ range "%5.2f|%-4d|%+v" }}<{{ . }}>{{ else }}E{{ end }}',
    error:
      'template: root:1:9: executing "root" at <"%5.2f|%-4d|%+v">: range can\'t iterate over %5.2f|%-4d|%+v',
  },
  { expr: '{{ if "%*d" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: "{{ with lt }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  { expr: '{{ println 255 "%s%s%s" }}', out: "255 %s%s%s" },
  {
    expr: '{{ if index "é" 0x10 (lower -3.75 "-") }}T{{ else }}F{{ end }}',
    error: 'template: root:1:23: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: '{{ range lower false "%08.3f" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <lower>: wrong number of args for lower: want 1 got 2',
  },
  {
    expr: '{{ upper 3.5 255 "%x %X %o" }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: "{{ with ge }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <ge>: wrong number of args for ge: want 2 got 0',
  },
  {
    expr: '{{ js 0x10 `x` (lt "%q") }}',
    error: 'template: root:1:16: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: "{{ html (consul_key) }}",
    error:
      'template: root:1:9: executing "root" at <consul_key>: wrong number of args for consul_key: want 1 got 0',
  },
  {
    expr: '{{ template_dir "%!" | and | user "%[2]v %[1]v" "%q %c %U" (vault 1e21 "%08.3f") }}',
    error:
      'template: root:1:3: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  { expr: "{{ 0 }}", out: "0" },
  { expr: "{{ eq -3.75 $ }}", out: "false" },
  { expr: '{{ $v := "%[2]v %[1]v" }}{{ $v }}|{{ printf "%T" $v }}', out: "%[2]v %[1]v|string" },
  {
    expr: "{{ build | printf }}",
    error: 'template: root:1:3: executing "root" at <build>: wrong number of args for build: want 1 got 0',
  },
  {
    expr: '{{ printf 2 (split (consul_key "%e %g %.3g") 0.000012) "%!" }}',
    error: 'template: root:1:10: executing "root" at <2>: expected string; found 2',
  },
  {
    expr: "{{ env $ | user 1e21 1 }}",
    error: 'template: root:1:7: executing "root" at <$>: invalid value; expected string',
  },
  {
    expr: '{{ index "héllo" $ . }}',
    error:
      'template: root:1:3: executing "root" at <index "héllo" $ .>: error calling index: cannot index slice/array with nil',
  },
  {
    expr: "{{ slice nil }}",
    error: 'template: root:1:3: executing "root" at <slice nil>: error calling slice: slice of untyped nil',
  },
  {
    expr: '{{ upper (upper 255 "%q %c %U" "%5.2f|%-4d|%+v") "%q %c %U" nil }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: "{{ .Foo | user 1.0 0x10 nil | js -3.75 false }}",
    error: 'template: root:1:10: executing "root" at <user>: wrong number of args for user: want 1 got 4',
  },
  {
    expr: '{{ index "" .Foo | build "héllo" (and) (js "%q %c %U" "%v" (len "%!")) | call .Foo (call 2 false) }}',
    error:
      'template: root:1:3: executing "root" at <index "" .Foo>: error calling index: cannot index slice/array with nil',
  },
  { expr: "{{ if template_dir }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: "{{ lt 65 }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 1',
  },
  {
    expr: "{{ packer_version `x` 2 | le 1e2 }}",
    error:
      'template: root:1:3: executing "root" at <packer_version>: wrong number of args for packer_version: want 0 got 2',
  },
  {
    expr: "{{ if 1 | template_dir }}T{{ else }}F{{ end }}",
    error:
      'template: root:1:10: executing "root" at <template_dir>: wrong number of args for template_dir: want 0 got 1',
  },
  {
    expr: "{{ with eq }}[{{ . }}]{{ end }}",
    error: 'template: root:1:8: executing "root" at <eq>: wrong number of args for eq: want at least 1 got 0',
  },
  { expr: "{{ if 0x10 }}T{{ else }}F{{ end }}", out: "T" },
  {
    expr: '{{ not (print "%q %c %U") "%e %g %.3g" (html 1e21) }}',
    error: 'template: root:1:3: executing "root" at <not>: wrong number of args for not: want 1 got 3',
  },
  {
    expr: '{{ ge "%*d" }}',
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 1',
  },
  { expr: '{{ -3.75 | js "%5.2f|%-4d|%+v" "%08.3f" }}', out: "%5.2f|%-4d|%+v%08.3f-3.75" },
  {
    expr: "{{ vault -1 | replace }}",
    error: 'template: root:1:3: executing "root" at <vault>: wrong number of args for vault: want 2 got 1',
  },
  {
    expr: "{{ ne | upper }}",
    error: 'template: root:1:3: executing "root" at <ne>: wrong number of args for ne: want 2 got 0',
  },
  {
    expr: '{{ env "" | replace "%!" -1 }}',
    error:
      'template: root:1:3: executing "root" at <env "">: error calling env: env vars are not allowed here',
  },
  {
    expr: '{{ len "%!" 255 | aws_secretsmanager }}',
    error: 'template: root:1:3: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: '{{ if len (len "%[2]v %[1]v") }}T{{ else }}F{{ end }}',
    error:
      'template: root:1:6: executing "root" at <len (len "%[2]v %[1]v")>: error calling len: len of type int',
  },
  {
    expr: '{{ html "%s%s%s" | slice (gt) }}',
    error: 'template: root:1:26: executing "root" at <gt>: wrong number of args for gt: want 2 got 0',
  },
  {
    expr: "{{ print (split) }}",
    error: 'template: root:1:10: executing "root" at <split>: wrong number of args for split: want 3 got 0',
  },
  {
    expr: '{{ call (not) | env (replace_all (env "%!") "a-b-c" $) }}',
    error: 'template: root:1:9: executing "root" at <not>: wrong number of args for not: want 1 got 0',
  },
  {
    expr: "{{ if upper 1e21 }}T{{ else }}F{{ end }}",
    error: 'template: root:1:12: executing "root" at <1e21>: expected string; found 1e21',
  },
  {
    expr: "{{ range -1 }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <-1>: range can\'t iterate over -1',
  },
  {
    expr: "{{ lt }}",
    error: 'template: root:1:3: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  {
    expr: '{{ with aws_secretsmanager .Foo "%!" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:27: executing "root" at <.Foo>: invalid value; expected string',
  },
  { expr: '{{ if "%x %X %o" }}T{{ else }}F{{ end }}', out: "T" },
  { expr: "{{ with 255 }}[{{ . }}]{{ end }}", out: "[255]" },
  {
    expr: '{{ println "%*d" (le "%s%s%s" 0) | html "a-b-c" . "-" }}',
    error:
      'template: root:1:18: executing "root" at <le "%s%s%s" 0>: error calling le: incompatible types for comparison',
  },
  {
    expr: '{{ upper (packer_version) 0.000012 (ne "%#v %T" (println "")) }}',
    error: 'template: root:1:3: executing "root" at <upper>: wrong number of args for upper: want 1 got 3',
  },
  {
    expr: "{{ 0.000012 | aws_secretsmanager }}",
    error:
      'template: root:1:14: executing "root" at <aws_secretsmanager>: wrong type for value; expected string; got float64',
  },
  {
    expr: "{{ lower -1 }}",
    error: 'template: root:1:9: executing "root" at <-1>: expected string; found -1',
  },
  {
    expr: '{{ gt (le "%5.2f|%-4d|%+v") (call $ "%q %c %U") (aws_secretsmanager 1.0) | user 0.000012 0x10 "%!" }}',
    error: 'template: root:1:3: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  { expr: '{{ "%q %c %U" }}', out: "%q %c %U" },
  { expr: '{{ "a-b-c" }}', out: "a-b-c" },
  {
    expr: '{{ with lt | lt (lt 255) | build_name "%e %g %.3g" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  {
    expr: '{{ consul_key "%v" }}',
    error:
      'template: root:1:3: executing "root" at <consul_key "%v">: error calling consul_key: consul_key is not allowed here',
  },
  {
    expr: '{{ user . (call "%#v %T" . "%#v %T") `x` }}',
    error: 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 3',
  },
  {
    expr: '{{ range -1 | urlquery | gt (packer_version "%[2]v %[1]v" 0x10) "%[2]v %[1]v" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:25: executing "root" at <gt>: wrong number of args for gt: want 2 got 3',
  },
  {
    expr: '{{ with sed "héllo" "a-b-c" | gt }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:8: executing "root" at <sed "héllo" "a-b-c">: error calling sed: template function `sed` is deprecated use `replace` or `replace_all` instead.Documentation: https://www.packer.io/docs/templates/engine',
  },
  {
    expr: "{{ range lt }}<{{ . }}>{{ else }}E{{ end }}",
    error: 'template: root:1:9: executing "root" at <lt>: wrong number of args for lt: want 2 got 0',
  },
  {
    expr: "{{ ge `x` (and .Foo (html \"-\" .)) 'a' }}",
    error: 'template: root:1:3: executing "root" at <ge>: wrong number of args for ge: want 2 got 3',
  },
  {
    expr: '{{ range len (ge \'a\' "%q") "%#v %T" }}<{{ . }}>{{ else }}E{{ end }}',
    error: 'template: root:1:9: executing "root" at <len>: wrong number of args for len: want 1 got 2',
  },
  {
    expr: '{{ with ne "%x %X %o" "" "%08.3f" }}[{{ . }}]{{ end }}',
    error: 'template: root:1:8: executing "root" at <ne>: wrong number of args for ne: want 2 got 3',
  },
  { expr: '{{ if "%e %g %.3g" }}T{{ else }}F{{ end }}', out: "T" },
  {
    expr: '{{ $v := le "%d-%s" | gt (aws_secretsmanager false) | consul_key "%!" . "%d-%s" }}{{ $v }}|{{ printf "%T" $v }}',
    error: 'template: root:1:9: executing "root" at <le>: wrong number of args for le: want 2 got 1',
  },
  { expr: "{{ js 1 (println) . }}", out: "1\\u000A\\u003Cno value\\u003E" },
  {
    expr: '{{ with or (replace "héllo") (index "%q %c %U" "a-b-c") (consul_key 1e21 "" 0) }}[{{ . }}]{{ end }}',
    error:
      'template: root:1:12: executing "root" at <replace>: wrong number of args for replace: want 4 got 1',
  },
];
