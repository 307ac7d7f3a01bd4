// Observed with Packer 1.6.6: `packer console` on
// {{ timestamp }}|{{ isotime ".000000000" }}|{{ strftime "FORMAT" }}. Columns: unix seconds,
// nanoseconds, format, strftime output.

export const OBSERVED_STRFTIME: [number, number, string, string][] = [
  [
    1795241551,
    470464636,
    "%Y-%m-%d %H:%M:%S|%a %A %b %B %c %C %d %D %e %f %F %h %I %j %k %l %L %m %M %n %p %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Z %z %Q %% x%",
    "2026-11-21 06:12:31|Sat Saturday Nov November %c %C 21 %D %e %f %F %h 06 %j %k %l .470 11 12 %n AM %r %R %s 31 %t %T %u %U %V %w %W %x %X 26 UTC +0000 %Q % x%",
  ],
  [
    1795241551,
    902125651,
    "%E %G %g %i %J %K %N %O %o %P %q %v %x %0 %- %1",
    "%E %G %g %i %J %K %N %O %o %P %q %v %x %0 %- %1",
  ],
  [1795241552, 313327500, "2006 Jan %Y 15:04 Monday", "2006 Jan 2026 15:04 Monday"],
  [1795241552, 617860023, "%Y%", "2026%"],
  [1795241552, 931352161, "%%%Y%%%", "%2026%%"],
  [1795241553, 146309886, "%", "%"],
  [1795241553, 539060106, "%%", "%"],
  [1795241553, 812817614, "abc", "abc"],
  [1795241554, 62576398, "%Yx%mx%dT%H%M%SZ", "2026x11x21T061234Z"],
  [1795241554, 364427779, "%L%L", ".364.364"],
];
