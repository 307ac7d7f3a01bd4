// Observed behaviour of Packer 1.6.6: Go strings are bytes (invalid UTF-8 from escapes and slicing).
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
    expr: '{{ printf "%q|%x|%X|% x" "\\xff" "\\xc3" "a\\xffb" "\\xe2\\x82" }}',
    out: '"\\xff"|c3|61FF62|e2 82',
  },
  {
    expr: '{{ slice "héllo" 1 3 }}|{{ len (slice "héllo" 1 2) }}|{{ print (slice "é" 0 1) (slice "é" 1 2) }}',
    out: "é|1|é",
  },
  { expr: '{{ len (upper "\\xff") }}|{{ len (lower "a\\xc3") }}', out: "3|4" },
  { expr: '{{ js "\\xff" | len }}|{{ urlquery "\\xff\\xc3" }}|{{ html "\\xff" | len }}', out: "1|%FF%C3|1" },
  { expr: '{{ lt "\\xff" "é" }}|{{ eq "\\xc3\\xa9" "é" }}|{{ len "\\xc3\\xa9" }}', out: "false|true|2" },
  { expr: '{{ printf "%.1s|%5.2q" "\\xffabc" "\\xfe\\xff" }}', out: '�|"\\xfe\\xff"' },
  { expr: '{{ split "a\\xffb" "\\xff" 1 }}|{{ split "\\xff\\xfe" "" 1 | len }}', out: "b|1" },
  { expr: '{{ printf "%q" (printf "%c" 255) }}', out: '"ÿ"' },
  { expr: '{{ index "\\xff" 0 }}|{{ index "é" 1 }}', out: "255|169" },
];
