/** IP network functions as Terraform defines them: cidrhost, cidrnetmask, cidrsubnet, cidrsubnets. */
import { isIPv4, isIPv6 } from "node:net";
import { FunctionError } from "../function.js";
import { type HclFunction, NUMBER, p, STRING } from "./helpers.js";

interface Net {
  addr: bigint;
  bits: number;
  prefix: number;
}

function parseIp(s: string): { addr: bigint; bits: number } | undefined {
  if (isIPv4(s)) {
    const parts = s.split(".").map(Number);
    return { addr: parts.reduce((a, x) => (a << 8n) | BigInt(x), 0n), bits: 32 };
  }
  if (isIPv6(s)) {
    let [head, tail] = s.includes("::") ? s.split("::") : [s, undefined];
    const expand = (x: string): string[] => {
      if (x === "") return [];
      const groups = x.split(":");
      const last = groups[groups.length - 1];
      if (last.includes(".")) {
        const v4 = last.split(".").map(Number);
        groups.splice(-1, 1, ((v4[0] << 8) | v4[1]).toString(16), ((v4[2] << 8) | v4[3]).toString(16));
      }
      return groups;
    };
    const h = expand(head);
    const t = tail === undefined ? [] : expand(tail);
    head = "";
    const all = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
    return { addr: all.reduce((a, x) => (a << 16n) | BigInt(Number.parseInt(x, 16)), 0n), bits: 128 };
  }
  return undefined;
}

function parseCidr(s: string, arg: number): Net {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  const ip = m ? parseIp(m[1]) : undefined;
  if (!m || !ip || Number(m[2]) > ip.bits)
    throw new FunctionError(`invalid CIDR expression: invalid CIDR address: ${s}`, arg);
  const prefix = Number(m[2]);
  const mask = ((1n << BigInt(prefix)) - 1n) << BigInt(ip.bits - prefix);
  return { addr: ip.addr & mask, bits: ip.bits, prefix };
}

function formatIp(addr: bigint, bits: number): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join(".");
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((addr >> BigInt(i * 16)) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

function subnet(net: Net, newbits: number, num: number): Net {
  if (!Number.isInteger(newbits) || !Number.isInteger(num))
    throw new FunctionError("newbits and netnum must be whole numbers");
  const prefix = net.prefix + newbits;
  if (prefix > net.bits)
    throw new FunctionError(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
  const max = 1n << BigInt(newbits);
  if (BigInt(num) >= max || num < 0)
    throw new FunctionError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${num}`);
  return { addr: net.addr | (BigInt(num) << BigInt(net.bits - prefix)), bits: net.bits, prefix };
}

/** The IP network functions, by name. */
export const networkFunctions: Record<string, HclFunction> = {
  cidrhost: {
    params: [p("prefix", STRING), p("hostnum", NUMBER)],
    impl: ([c, n]) => {
      const net = parseCidr(c as string, 0);
      const size = 1n << BigInt(net.bits - net.prefix);
      if (!Number.isInteger(n)) throw new FunctionError("hostnum must be a whole number", 1);
      let h = BigInt(n as number);
      if (h < 0n) h += size;
      if (h < 0n || h >= size)
        throw new FunctionError(`prefix of ${net.prefix} does not accommodate a host numbered ${n}`, 1);
      return formatIp(net.addr + h, net.bits);
    },
  },
  cidrnetmask: {
    params: [p("prefix", STRING)],
    impl: ([c]) => {
      const net = parseCidr(c as string, 0);
      if (net.bits !== 32) throw new FunctionError("only IPv4 networks are supported", 0);
      return formatIp(((1n << BigInt(net.prefix)) - 1n) << BigInt(32 - net.prefix), 32);
    },
  },
  cidrsubnet: {
    params: [p("prefix", STRING), p("newbits", NUMBER), p("netnum", NUMBER)],
    impl: ([c, b, n]) => {
      const s = subnet(parseCidr(c as string, 0), b as number, n as number);
      return `${formatIp(s.addr, s.bits)}/${s.prefix}`;
    },
  },
  cidrsubnets: {
    params: [p("prefix", STRING)],
    variadic: p("newbits", NUMBER),
    impl: ([c, ...bits]) => {
      const net = parseCidr(c as string, 0);
      let next = net.addr;
      return (bits as number[]).map((b, i) => {
        const prefix = net.prefix + b;
        if (b < 1 || prefix > net.bits)
          throw new FunctionError(
            `would extend prefix to ${prefix} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`,
            i + 1,
          );
        const size = 1n << BigInt(net.bits - prefix);
        const start = ((next + size - 1n) / size) * size;
        if (start + size > net.addr + (1n << BigInt(net.bits - net.prefix)))
          throw new FunctionError(
            `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${formatIp(next, net.bits)}`,
            i + 1,
          );
        next = start + size;
        return `${formatIp(start, net.bits)}/${prefix}`;
      });
    },
  },
};
