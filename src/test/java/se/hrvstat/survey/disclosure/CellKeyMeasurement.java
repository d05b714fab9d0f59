package se.hrvstat.survey.disclosure;

import java.nio.file.*;
import java.util.*;

/**
 * Measurement behind the Cell Key Method section of docs/disclosure-control.md (not a test): the
 * municipality table of known persons (returning municipalities x sector, and their totals over
 * sectors, latest submission per municipality and sector) perturbed with two ptables.
 * Run: {@code java -cp target/classes:target/test-classes se.hrvstat.survey.disclosure.CellKeyMeasurement
 * sample-data/municipal/2024/returns.csv}. The secret is a fixed test secret, so the figures vary
 * a little with the production secret.
 */
public final class CellKeyMeasurement {
    private CellKeyMeasurement() {
    }

  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    // latest submission per (kommun, sector)
    Map<String,String> latest = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) { String[] f = l.split(","); String k=f[1]+"|"+f[2];
      if (latest.get(k)==null || f[7].compareTo(latest.get(k))>0) latest.put(k,f[7]); }
    Map<String,long[]> cells = new TreeMap<>(); // kommun|sector and kommun|ALL -> {count, keysum}
    CellKeys keys = new CellKeys("measure-secret");
    for (String l : lines.subList(1, lines.size())) { String[] f = l.split(",");
      if (!f[5].equals("personer") || !f[7].equals(latest.get(f[1]+"|"+f[2]))) continue;
      long v = Long.parseLong(f[6]); long ks = keys.keySum(String.join("|", f[0],f[1],f[2],f[3],f[4],f[5]), v);
      for (String c : new String[]{f[1]+"|"+f[2], f[1]+"|alla"}) { long[] x = cells.computeIfAbsent(c, z -> new long[2]); x[0]+=v; x[1]=CellKeys.add(x[1], ks);} }
    for (int[] dv : new int[][]{{2,1},{3,2}}) {
      PerturbationTable t = PerturbationTable.maximumEntropy(dv[0], dv[1]);
      int n=0, small=0, smallSame=0, sup=0; double abs=0; int nonzero=0;
      for (long[] x : cells.values()) { n++; long p = t.perturb(x[0], CellKeys.cellKey(x[1])); abs += Math.abs(p-x[0]);
        if (x[0]>=1 && x[0]<=4) { small++; if (p==x[0]) smallSame++; sup++; } if (x[0]>0) nonzero++; }
      System.out.printf("D=%d V=%d: cells %d (nonzero %d), primary-sensitive 1-4: %d, CKM publishes all %d, mean |dev| %.3f, P(true 1-4 unchanged) %.3f%n",
        dv[0], dv[1], n, nonzero, small, n, abs/n, small==0?0:(double)smallSame/small);
    }
  }
}
