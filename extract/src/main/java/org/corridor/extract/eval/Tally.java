package org.corridor.extract.eval;

/** True positives, false positives and false negatives of one measure, with precision, recall and F1. */
public final class Tally {
    private int tp;
    private int fp;
    private int fn;

    void hit() {
        tp++;
    }

    void falsePositive() {
        fp++;
    }

    void miss() {
        fn++;
    }

    public int truePositives() {
        return tp;
    }

    public int falsePositives() {
        return fp;
    }

    public int falseNegatives() {
        return fn;
    }

    public double precision() {
        return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
