// Observed behaviour of Packer 1.6.6: complex constants.
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
  { expr: "{{ 1+2i }}", out: "(1+2i)" },
  { expr: "{{ 2i }}", out: "(0+2i)" },
  { expr: "{{ 0i }}", out: "(0+0i)" },
  { expr: "{{ 1.5-2.5i }}", out: "(1.5-2.5i)" },
  { expr: "{{ 1e3+1e-3i }}", out: "(1000+0.001i)" },
  { expr: "{{ 0x1+2i }}", error: 'template: root:1: strconv.ParseFloat: parsing "0x1": invalid syntax' },
  { expr: "{{ 1+2 }}", error: 'template: root:1: bad number syntax: "1+2"' },
  { expr: "{{ 1+i }}", error: "template: root:1: syntax error scanning complex number" },
  { expr: '{{ printf "%v|%d|%T" 1+2i 1+2i 1+2i }}', out: "(1+2i)|%!d(complex128=(1+2i))|complex128" },
  { expr: "{{ eq 1+2i 1+2i }}", out: "true" },
  {
    expr: "{{ eq 1+2i 1 }}",
    error:
      'template: root:1:3: executing "root" at <eq 1+2i 1>: error calling eq: incompatible types for comparison',
  },
  {
    expr: "{{ lt 1+2i 2+3i }}",
    error:
      'template: root:1:3: executing "root" at <lt 1+2i 2+3i>: error calling lt: invalid type for comparison',
  },
  { expr: "{{ if 0i }}y{{ else }}n{{ end }}", out: "n" },
  {
    expr: '{{ split "a" "-" 1+0i }}',
    error:
      'template: root:1:3: executing "root" at <split "a" "-" 1+0i>: error calling split: the substring 1 was unavailable using the separator value, -, only 1 values were found',
  },
  { expr: '{{ split "a" "-" 0i }}', out: "a" },
  { expr: "{{ 1+0i }}", out: "(1+0i)" },
  { expr: "{{ print 1+0i 2i }}", out: "(1+0i) (0+2i)" },
  { expr: "{{ not 0i }}", out: "true" },
];
