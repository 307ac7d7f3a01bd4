/**
 * IP addresses of instances. Every address an instance gets is a distinct 127.0.0.0/8 address, so a
 * real SSH server can listen on each one on this machine:
 *
 * - public IPs (RunInstances with bandwidth, AllocatePublicIpAddress): 127.10.x.y
 * - elastic IPs (AllocateEipAddress): 127.11.x.y
 * - classic-network inner IPs: 127.12.x.y
 * - VPC private IPs: 127.(20+n/256).(n%256).h, where n numbers the vSwitch and h is the host's
 *   position inside the vSwitch CIDR (so one vSwitch's instances share a /24 and keep their order).
 *
 * Addresses are never reused within one emulator, so a stale SSH server can never answer for a new
 * instance.
 */

/** Hands out the addresses above; one pool per emulator (all accounts and regions share it). */
export class AddressPool {
  private counters = new Map<string, number>();
  private vswitchSeq = 0;

  /**
   * Starts this pool in its own range, so several emulators on one machine (parallel tests) never
   * hand out the same address: slot `k` (0–63) starts public, EIP and inner IPs at the
   * `k*1000+1`-th address and vSwitch blocks at the `k*700`-th. Slot 0 is the layout above. Call it
   * before any address is handed out (the machines layer claims a slot per emulator).
   */
  useSlot(slot: number): void {
    if (!Number.isInteger(slot) || slot < 0 || slot > 63)
      throw new Error(`address slot out of range: ${slot}`);
    for (const kind of ["public", "eip", "inner"]) this.counters.set(kind, slot * 1000);
    this.vswitchSeq = slot * 700;
  }

  private next(kind: string, max: number): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    if (n > max) throw new Error(`address pool ${kind} exhausted`);
    this.counters.set(kind, n);
    return n;
  }

  private static flat(second: number, n: number): string {
    // n = 1.. → 127.<second>.<hi>.<lo>, skipping .0 and .255 in the last octet
    const lo = ((n - 1) % 254) + 1;
    const hi = Math.floor((n - 1) / 254);
    return `127.${second}.${hi}.${lo}`;
  }

  /** A public IP (127.10.x.y). */
  publicIp(): string {
    return AddressPool.flat(10, this.next("public", 254 * 256));
  }

  /** An elastic IP (127.11.x.y). */
  eip(): string {
    return AddressPool.flat(11, this.next("eip", 254 * 256));
  }

  /** A classic-network inner IP (127.12.x.y). */
  innerIp(): string {
    return AddressPool.flat(12, this.next("inner", 254 * 256));
  }

  /** A block for a new vSwitch: the first three octets of its instances' private IPs. */
  vswitchBlock(): string {
    const n = this.vswitchSeq++;
    if (n >= 200 * 256) throw new Error("address pool for vSwitches exhausted");
    return `127.${20 + Math.floor(n / 256)}.${n % 256}`;
  }
}
