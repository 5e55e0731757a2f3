package org.corridor.analyze.community;

import java.util.ArrayList;
import java.util.List;
import org.corridor.analyze.graph.Graph;
import org.corridor.analyze.structure.Partition;

/**
 * Runs a community detection with N seeds and keeps the partition of highest modularity, with a
 * stability report: the spread of modularity over the runs and how much each run's partition
 * agrees with the best one (normalised mutual information, Danon et al. 2005; 1 = identical).
 * Seeds are {@code seed, seed + 1, ...}, so the whole report is reproducible.
 */
public record CommunityReport(String algorithm, Partition best, double modularity, long bestSeed, List<Run> runs) {
    public CommunityReport {
        runs = List.copyOf(runs);
    }

    public record Run(long seed, double modularity, int communities, double nmiToBest) {
    }

    public static CommunityReport of(Graph graph, CommunityDetection detection, int runCount, long seed) {
        List<Partition> partitions = new ArrayList<>();
        List<Double> qs = new ArrayList<>();
        int bestIndex = 0;
        for (int i = 0; i < Math.max(1, runCount); i++) {
            Partition p = detection.detect(graph, seed + i);
            double q = Modularity.of(graph, p);
            partitions.add(p);
            qs.add(q);
            if (q > qs.get(bestIndex) + 1e-15) {
                bestIndex = i;
            }
        }
        Partition best = partitions.get(bestIndex);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            runs.add(new Run(seed + i, qs.get(i), partitions.get(i).groupCount(), nmi(partitions.get(i), best)));
        }
        return new CommunityReport(detection.name(), best, qs.get(bestIndex), seed + bestIndex, runs);
    }

    public double meanModularity() {
        return runs.stream().mapToDouble(Run::modularity).average().orElse(0);
    }

    public double minModularity() {
        return runs.stream().mapToDouble(Run::modularity).min().orElse(0);
    }

    public double meanNmi() {
        return runs.stream().mapToDouble(Run::nmiToBest).average().orElse(1);
    }

    static double nmi(Partition a, Partition b) {
        int n = a.size();
        if (n == 0) {
            return 1;
        }
        java.util.Map<Long, Integer> joint = new java.util.HashMap<>();
        int[] sa = a.groupSizes();
        int[] sb = b.groupSizes();
        for (int v = 0; v < n; v++) {
            joint.merge((long) a.group(v) * sb.length + b.group(v), 1, Integer::sum);
        }
        double mi = 0;
        for (var e : joint.entrySet()) {
            int x = (int) (e.getKey() / sb.length);
            int y = (int) (e.getKey() % sb.length);
            double pxy = (double) e.getValue() / n;
            mi += pxy * Math.log(pxy / ((double) sa[x] / n * sb[y] / n));
        }
        double ha = entropy(sa, n);
        double hb = entropy(sb, n);
        return ha + hb == 0 ? 1 : 2 * mi / (ha + hb);
    }

    private static double entropy(int[] sizes, int n) {
        double h = 0;
        for (int s : sizes) {
            if (s > 0) {
                double p = (double) s / n;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
