import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/template/hcl2/evaluate.js";
import { packerFunctions } from "../../../src/template/hcl2/functions/index.js";
import { parseHclExpression } from "../../../src/template/hcl2/parser.js";
import { toJson } from "../../../src/template/hcl2/values.js";

const fns = packerFunctions({ cwd: "/", now: new Date("2024-01-02T03:04:05Z"), env: { HOME_X: "h" } });

function ev(src: string, general = true) {
  const r = parseHclExpression(src, "x.hcl");
  if (!r.expr) throw new Error(r.diagnostics.map((d) => d.summary).join("; "));
  const out = evaluate(r.expr, {
    variables: new Map(),
    functions: general ? fns.general : fns.variableDefaults,
  });
  return { value: toJson(out.value), errors: out.diagnostics.map((d) => `${d.summary}; ${d.detail}`) };
}

// Values from go-cty's and Terraform's function documentation.
const cases: [string, unknown][] = [
  ["1 + 2 * 3 - 4 / 2", 5],
  ['"5" + 1', 6],
  ["5 % 3 == 2 && !false", true],
  ['1 == "1"', false],
  ["[for x in [1, 2, 3] : x * 2 if x > 1]", [4, 6]],
  ["{for k, v in {a = 1, b = 2} : v => k}", { 1: "a", 2: "b" }],
  ['{for s in ["a", "bb", "c"] : length(s) => s...}', { 1: ["a", "c"], 2: ["bb"] }],
  ['"a%{for x in [1, 2]} ${x}%{endfor} b"', "a 1 2 b"],
  ['"%{if true}yes%{else}no%{endif}"', "yes"],
  ["[{a = 1}, {a = 2}][*].a", [1, 2]],
  ["[{a = 1}, {a = 2}].*.a", [1, 2]],
  ["null[*]", []],
  ['chomp("hello\\n\\n")', "hello"],
  ['format("Hello, %s!", "Ander")', "Hello, Ander!"],
  ['format("There are %d lights", 4)', "There are 4 lights"],
  ['formatlist("Hello, %s!", ["Valentina", "Ander"])', ["Hello, Valentina!", "Hello, Ander!"]],
  ['indent(2, "[\\n  foo,\\n  bar,\\n]")', "[\n    foo,\n    bar,\n  ]"],
  ['join(", ", ["foo", "bar", "baz"])', "foo, bar, baz"],
  ['lower("HELLO")', "hello"],
  ['upper("hello")', "HELLO"],
  ['title("hello world")', "Hello World"],
  ['replace("1 + 2 + 3", "+", "-")', "1 - 2 - 3"],
  ['replace("hello world", "/w.*d/", "everybody")', "hello everybody"],
  ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', "aaabbbccc"],
  ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ["2019", "02", "01"]],
  ['regexall("[a-z]+", "1234abcd5678efgh9")', ["abcd", "efgh"]],
  ['regex_replace("hello world", "o", "0")', "hell0 w0rld"],
  ['split(",", "foo,bar,baz")', ["foo", "bar", "baz"]],
  ['strrev("hello")', "olleh"],
  ['substr("hello world", 1, 4)', "ello"],
  ['trimspace("  hello\\n\\n")', "hello"],
  ['trim("?!hello?!", "!?")', "hello"],
  ['trimprefix("helloworld", "hello")', "world"],
  ['trimsuffix("helloworld", "world")', "hello"],
  ["abs(-12.4)", 12.4],
  ["ceil(4.1)", 5],
  ["floor(4.9)", 4],
  ["log(16, 2)", 4],
  ["max(12, 54, 3)", 54],
  ["max([12, 54, 3]...)", 54],
  ["min(12, 54, 3)", 3],
  ['parseint("FF", 16)', 255],
  ['parseint("-10", 2)', -2],
  ["pow(3, 2)", 9],
  ["signum(-13)", -1],
  ['chunklist(["a", "b", "c", "d", "e"], 2)', [["a", "b"], ["c", "d"], ["e"]]],
  ['coalesce("", "b")', "b"],
  ['coalescelist([], ["c"])', ["c"]],
  ['compact(["a", "", "b"])', ["a", "b"]],
  ['concat(["a", ""], ["b", "c"])', ["a", "", "b", "c"]],
  ['contains(["a", "b", "c"], "a")', true],
  ['distinct(["a", "b", "a", "c", "d", "b"])', ["a", "b", "c", "d"]],
  ['element(["a", "b", "c"], 3)', "a"],
  ['flatten([["a", "b"], [], ["c"]])', ["a", "b", "c"]],
  ['index(["a", "b", "c"], "b")', 1],
  ["keys({a = 1, c = 2, d = 3})", ["a", "c", "d"]],
  ['length("héllo")', 5],
  ['lookup({a = "ay", b = "bee"}, "c", "what?")', "what?"],
  ['merge({a = "b", c = "d"}, {e = "f", c = "z"})', { a: "b", c: "z", e: "f" }],
  ["range(3)", [0, 1, 2]],
  ["range(1, 4)", [1, 2, 3]],
  ["range(0, 10, 3)", [0, 3, 6, 9]],
  ["reverse([1, 2, 3])", [3, 2, 1]],
  ['slice(["a", "b", "c", "d"], 1, 3)', ["b", "c"]],
  ['sort(["e", "d", "a", "x"])', ["a", "d", "e", "x"]],
  ["sum([10, 13, 6, 4.5])", 33.5],
  ["values({a = 3, c = 2, d = 1})", [3, 2, 1]],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  ['setunion(["a", "b"], ["b", "c"])', ["a", "b", "c"]],
  ['setintersection(["a", "b"], ["b", "c"])', ["b"]],
  [
    'setproduct(["a", "b"], ["x"])',
    [
      ["a", "x"],
      ["b", "x"],
    ],
  ],
  ['transpose({a = ["1", "2"], b = ["2", "3"]})', { 1: ["a"], 2: ["a", "b"], 3: ["b"] }],
  ['base64encode("Hello World")', "SGVsbG8gV29ybGQ="],
  ['base64decode("SGVsbG8gV29ybGQ=")', "Hello World"],
  ['jsonencode({hello = "world"})', '{"hello":"world"}'],
  ['jsondecode("{\\"hello\\": \\"world\\"}")', { hello: "world" }],
  ['yamldecode("hello: world")', { hello: "world" }],
  ['yamlencode({a = "b"})', '"a": "b"\n'],
  [
    'csvdecode("a,b,c\\n1,2,3\\n4,5,6")',
    [
      { a: "1", b: "2", c: "3" },
      { a: "4", b: "5", c: "6" },
    ],
  ],
  ['urlencode("Hello World!")', "Hello+World%21"],
  ['md5("hello world")', "5eb63bbbe01eeed093cb22bb8f5acdc3"],
  ['sha1("hello world")', "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"],
  ['sha256("hello world")', "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"],
  ['uuidv5("dns", "www.terraform.io")', "a5008fae-b28c-5ba5-96cd-82b4c53552d6"],
  ['uuidv5("url", "https://www.terraform.io/")', "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"],
  ['cidrhost("10.12.112.0/20", 16)', "10.12.112.16"],
  ['cidrhost("10.12.112.0/20", 268)', "10.12.113.12"],
  ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', "fd00:fd12:3456:7890::22"],
  ['cidrnetmask("172.16.0.0/12")', "255.240.0.0"],
  ['cidrsubnet("172.16.0.0/12", 4, 2)', "172.18.0.0/16"],
  ['cidrsubnet("10.1.2.0/24", 4, 15)', "10.1.2.240/28"],
  ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]],
  ["timestamp()", "2024-01-02T03:04:05Z"],
  ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', "02 Jan 2018 23:12 UTC"],
  ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', "Tuesday, 02-Jan-18 23:12:01 UTC"],
  ['formatdate("h:mm aa", "2018-01-02T23:12:01-08:00")', "23:12 pm"],
  ['formatdate("YYYY.MMDD.hh:mm:ss", timestamp())', "2024.0102.03:04:05"],
  ['timeadd("2017-11-22T00:00:00Z", "10m")', "2017-11-22T00:10:00Z"],
  ['legacy_isotime("2006-01-02T15:04:05Z07:00")', "2024-01-02T03:04:05Z"],
  ['legacy_strftime("%Y-%m-%d")', "2024-01-02"],
  ["tostring(42)", "42"],
  ['tonumber("42")', 42],
  ['tobool("true")', true],
  ['tolist(["a", "b"])', ["a", "b"]],
  ['toset(["a", "b", "a"])', ["a", "b"]],
  ["tomap({a = 1, b = 2})", { a: 1, b: 2 }],
  ['can(1 + "x")', false],
  ["can(1 + 1)", true],
  ['try(nope.x, "fallback")', "fallback"],
  ['basename("foo/bar/baz.txt")', "baz.txt"],
  ['dirname("foo/bar/baz.txt")', "foo/bar"],
  ['abspath("a/b")', "/a/b"],
  ['fileexists("/etc/hostname-does-not-exist")', false],
];

describe("Packer's HCL2 function library and expressions", () => {
  it.each(cases)("%s", (src, want) => {
    const r = ev(src);
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual(want);
  });

  it("bcrypt gives a $2a$ hash of the requested cost", () => {
    const r = ev('bcrypt("hello", 4)');
    expect(String(r.value)).toMatch(/^\$2a\$04\$.{53}$/);
  });

  it("uuidv4 gives a version-4 UUID", () => {
    expect(String(ev("uuidv4()").value)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("env exists only in variable defaults", () => {
    expect(ev('env("HOME_X")', false).value).toBe("h");
    expect(ev('env("HOME_X")').errors).toEqual([
      'Call to unknown function; There is no function named "env".',
    ]);
  });

  it("functions needing another service say so", () => {
    expect(ev('vault("/secret/data/x", "k")').errors[0]).toContain(
      "vault() is not available in image-build: it reads HashiCorp Vault",
    );
    expect(ev('aws_secretsmanager("a", "b")').errors[0]).toContain("AWS Secrets Manager");
  });

  it("reports bad arguments, unknown variables and division by zero", () => {
    expect(ev('upper(["x"])').errors).toEqual([
      'Invalid function argument; Invalid value for "str" parameter: string required.',
    ]);
    expect(ev("nope").errors).toEqual(['Unknown variable; There is no variable named "nope".']);
    expect(ev("1 / 0").errors).toEqual(["Operation failed; Error during operation: can't divide by zero."]);
    expect(ev('"a" + 1').errors).toEqual([
      "Invalid operand; Unsuitable value for left operand: a number is required.",
    ]);
    expect(ev("{a = 1}.b").errors).toEqual([
      'Unsupported attribute; This object does not have an attribute named "b".',
    ]);
  });
});
